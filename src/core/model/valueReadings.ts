/**
 * How the vocabulary cells of a file were read, for the app's value-mapping step: each distinct
 * sector (alliance type) as written, the code it was read as and how many rows held it; and the
 * reader's choices (raw value → code, or kept as a custom value) that the import applies.
 */
import { LINK_TYPES, SECTORS, type Dataset, type RawValueCount } from './types';
import { canonicalSector, parseLinkType } from './values';

/** Which vocabulary a mapping or a reading is about. */
export type Vocabulary = 'sector' | 'linkType';

/**
 * Per vocabulary, a raw value as written in the file (trimmed) → the canonical code to read it
 * as, or null to keep it as a custom value even where the vocabulary knows it.
 */
export type ValueMapping = Partial<Record<Vocabulary, ReadonlyMap<string, string | null>>>;

export interface ValueReading {
  /** As written in the file, trimmed. */
  raw: string;
  /** The canonical code it was read as, or the raw value itself when kept as a custom one. */
  readAs: string;
  custom: boolean;
  /** True when a mapping, not the vocabulary, decided the reading. */
  mapped: boolean;
  /** Organisations (links) whose cell held it. */
  count: number;
}

export type ValueReadings = Record<Vocabulary, ValueReading[]>;

const CODES: Record<Vocabulary, readonly string[]> = { sector: SECTORS, linkType: LINK_TYPES };

/** The vocabulary's own reading of a non-empty trimmed value: a code, or null for a custom one. */
const VOCABULARY: Record<Vocabulary, (raw: string) => string | null> = {
  sector: canonicalSector,
  linkType: (raw) => {
    const read = parseLinkType(raw);
    return read !== undefined && CODES.linkType.includes(read) ? read : null;
  },
};

/** Throws, naming importDataset, when a mapping names a code that does not exist. */
export function checkValueMapping(mapping: ValueMapping | undefined): void {
  for (const vocabulary of ['sector', 'linkType'] as const) {
    for (const [raw, code] of mapping?.[vocabulary] ?? []) {
      if (code === null || CODES[vocabulary].includes(code)) continue;
      throw new TypeError(
        `importDataset: valueMapping.${vocabulary} maps ${JSON.stringify(raw)} to ${JSON.stringify(code)}, which is not one of ${CODES[vocabulary].join(', ')} (or null, to keep the value as written).`,
      );
    }
  }
}

/**
 * Reads one non-empty trimmed value: the mapping's choice where it has one, else the
 * vocabulary's. `code` is null for a value kept as written.
 */
export function readValue(
  vocabulary: Vocabulary,
  raw: string,
  mapping: ValueMapping | undefined,
): { code: string | null; mapped: boolean } {
  const chosen = mapping?.[vocabulary];
  if (chosen?.has(raw)) return { code: chosen.get(raw) ?? null, mapped: true };
  return { code: VOCABULARY[vocabulary](raw), mapped: false };
}

/** Distinct values kept per column: beyond them a column is no vocabulary anyone would map. */
const MAX_DISTINCT = 10_000;

/** Counts the distinct raw values of one vocabulary column while the rows are read. */
export class RawValueTally {
  private readonly counts = new Map<string, number>();

  add(raw: string): void {
    const count = this.counts.get(raw);
    if (count !== undefined) this.counts.set(raw, count + 1);
    else if (this.counts.size < MAX_DISTINCT) this.counts.set(raw, 1);
  }

  values(): RawValueCount[] {
    return Array.from(this.counts, ([raw, count]) => ({ raw, count }));
  }
}

function readingsOf(
  vocabulary: Vocabulary,
  counts: readonly RawValueCount[],
  mapping: ValueMapping | undefined,
): ValueReading[] {
  return counts
    .map(({ raw, count }): ValueReading => {
      const { code, mapped } = readValue(vocabulary, raw, mapping);
      return { raw, readAs: code ?? raw, custom: code === null, mapped, count };
    })
    .sort((a, b) => b.count - a.count || (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0));
}

function countValues(values: Iterable<string | null>): RawValueCount[] {
  const tally = new RawValueTally();
  for (const value of values) if (value !== null) tally.add(value);
  return tally.values();
}

/**
 * The distinct sectors and alliance types of a dataset as written, what each is read as (with
 * `mapping`, as an import with that `valueMapping` would read it) and how many hold it, the most
 * held first. A dataset that kept no raw values (built by other means) is read from its values.
 */
export function valueReadings(
  dataset: Pick<Dataset, 'organizations' | 'links' | 'rawValues'>,
  mapping?: ValueMapping,
): ValueReadings {
  const raw = dataset.rawValues ?? {
    sector: countValues(dataset.organizations.map((o) => o.sector)),
    linkType: countValues(dataset.links.map((l) => l.type)),
  };
  return {
    sector: readingsOf('sector', raw.sector, mapping),
    linkType: readingsOf('linkType', raw.linkType, mapping),
  };
}

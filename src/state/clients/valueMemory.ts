/**
 * The readings the reader chose in the value-mapping step, remembered on this machine (the
 * browser's localStorage) for the next import holding the same values: a sector written
 * "Economía popular" read as a movement once is read so again. Nothing leaves the machine;
 * where storage is refused (private mode, a full disk) the choices hold for this visit only.
 */
import type { ValueMapping, Vocabulary } from '../../core/model/valueReadings';

const KEY = 'alliance-atlas:value-mapping:v1';
const VOCABULARIES: readonly Vocabulary[] = ['sector', 'linkType'];

type Stored = Partial<Record<Vocabulary, [string, string | null][]>>;

let inMemory: ValueMapping = {};

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Every reading remembered, per vocabulary (raw value → code, or null: kept as written). */
export function rememberedValueMapping(): ValueMapping {
  const text = (() => {
    try {
      return storage()?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  })();
  if (text === null) return inMemory;
  try {
    const stored = JSON.parse(text) as Stored;
    const mapping: ValueMapping = {};
    for (const vocabulary of VOCABULARIES) {
      const entries = stored[vocabulary];
      if (!Array.isArray(entries)) continue;
      mapping[vocabulary] = new Map(
        entries.filter(
          (e): e is [string, string | null] =>
            Array.isArray(e) &&
            typeof e[0] === 'string' &&
            (typeof e[1] === 'string' || e[1] === null),
        ),
      );
    }
    return mapping;
  } catch {
    return inMemory;
  }
}

/** Adds these choices to the ones remembered (a later choice for a value replaces the earlier). */
export function rememberValueMapping(choices: ValueMapping): ValueMapping {
  const known = rememberedValueMapping();
  const merged: ValueMapping = {};
  for (const vocabulary of VOCABULARIES) {
    merged[vocabulary] = new Map([...(known[vocabulary] ?? []), ...(choices[vocabulary] ?? [])]);
  }
  inMemory = merged;
  const stored: Stored = Object.fromEntries(
    VOCABULARIES.map((vocabulary) => [vocabulary, [...(merged[vocabulary] ?? [])]]),
  );
  try {
    storage()?.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Storage refused: the choices hold for this visit (inMemory).
  }
  return merged;
}

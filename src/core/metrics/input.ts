/**
 * The analysis input (README, the metrics): what the whole metric suite runs from, built once per
 * dataset. Organisations are positions in the dataset's order; the analysis graph is a CSR
 * adjacency (one undirected tie per linked pair, self links dropped, tie weight = the sum of the
 * pair's link weights, isolated organisations included); sectors are indices. Everything is a
 * typed array, so the input goes to a worker by transfer, and an organisation id never reaches
 * the engine: `constructor` or `__proto__` is as good an id as any. The ids travel along, packed
 * as UTF-16 code units, only to key the results.
 */
import type { Dataset } from '../model/types';
import { csrFromTies, groupIndex, type Csr, type OrganizationGroups } from './csr';

/** Organisation ids as one run of UTF-16 code units: id i is text[ends[i − 1] .. ends[i]). */
export interface PackedIds {
  text: Uint16Array;
  ends: Int32Array;
}

export interface AnalysisInput extends Csr {
  ids: PackedIds;
  groups: OrganizationGroups;
}

export function packIds(ids: readonly string[]): PackedIds {
  let length = 0;
  for (const id of ids) length += id.length;
  const text = new Uint16Array(length);
  const ends = new Int32Array(ids.length);
  let at = 0;
  ids.forEach((id, i) => {
    for (let c = 0; c < id.length; c += 1) text[at++] = id.charCodeAt(c);
    ends[i] = at;
  });
  return { text, ends };
}

/** Code unit by code unit (a lone surrogate comes back as it went). */
export function unpackIds(ids: PackedIds): string[] {
  const out = new Array<string>(ids.ends.length);
  let start = 0;
  for (let i = 0; i < ids.ends.length; i += 1) {
    const end = ids.ends[i] as number;
    let id = '';
    for (let from = start; from < end; from += 4096) {
      id += String.fromCharCode(...ids.text.subarray(from, Math.min(end, from + 4096)));
    }
    out[i] = id;
    start = end;
  }
  return out;
}

/** Organisations, or links, handled between two yields of `analysisInputSteps`. */
export const INPUT_SLICE = 16_384;

/**
 * Builds the analysis input a slice at a time: it yields the fraction done after every
 * INPUT_SLICE organisations or links, so that the page can let other work in between (a
 * million links take a few hundred milliseconds in all). The result is the generator's return
 * value. A link to an organisation not in the dataset, or a weight that is not a positive
 * number, is refused with an error naming the link.
 */
export function* analysisInputSteps(dataset: Dataset): Generator<number, AnalysisInput, void> {
  const fn = 'buildAnalysisInput';
  const { organizations, links } = dataset;
  const n = organizations.length;
  const work = n + links.length || 1;
  const position = new Map<string, number>();
  const sectors = new Array<string | null>(n);
  for (let i = 0; i < n; i += 1) {
    const organization = organizations[i] as Dataset['organizations'][number];
    if (position.has(organization.id)) {
      throw new Error(`${fn}: organisation id "${organization.id}" appears twice in the dataset.`);
    }
    position.set(organization.id, i);
    sectors[i] = organization.sector === '' ? null : organization.sector;
    if ((i + 1) % INPUT_SLICE === 0) yield (i + 1) / work;
  }
  // Pairs keyed by position (low · n + high): exact up to 9e7 organisations.
  const tieOf = new Map<number, number>();
  let capacity = 1024;
  let sources = new Int32Array(capacity);
  let targets = new Int32Array(capacity);
  let weights = new Float64Array(capacity);
  let m = 0;
  for (let l = 0; l < links.length; l += 1) {
    const link = links[l] as Dataset['links'][number];
    const source = position.get(link.source);
    const target = position.get(link.target);
    if (source === undefined || target === undefined) {
      const id = source === undefined ? link.source : link.target;
      throw new Error(
        `${fn}: link ${link.key} names organisation "${id}", which is not in the dataset.`,
      );
    }
    if (!(Number.isFinite(link.weight) && link.weight > 0)) {
      throw new Error(
        `${fn}: link ${link.key} has weight ${link.weight}; weights must be positive numbers.`,
      );
    }
    if (source !== target) {
      const pair = source < target ? source * n + target : target * n + source;
      const tie = tieOf.get(pair);
      if (tie !== undefined) weights[tie] = (weights[tie] as number) + link.weight;
      else {
        if (m === capacity) {
          capacity *= 2;
          sources = grown(sources, capacity);
          targets = grown(targets, capacity);
          weights = grown(weights, capacity);
        }
        tieOf.set(pair, m);
        sources[m] = source;
        targets[m] = target;
        weights[m] = link.weight;
        m += 1;
      }
    }
    if ((l + 1) % INPUT_SLICE === 0) yield (n + l + 1) / work;
  }
  const csr = csrFromTies(fn, {
    n,
    sources: sources.subarray(0, m),
    targets: targets.subarray(0, m),
    weights: weights.subarray(0, m),
    sectors,
  });
  yield (n + links.length) / work;
  return {
    ...csr,
    ids: packIds(organizations.map((o) => o.id)),
    groups: groupsOf(dataset, position),
  };
}

/** World region, country and part in an international alliance of each organisation. */
function groupsOf(dataset: Dataset, position: Map<string, number>): OrganizationGroups {
  const regions = groupIndex(dataset.organizations.map((o) => o.worldRegion));
  const countries = groupIndex(dataset.organizations.map((o) => o.country));
  const international = new Uint8Array(dataset.organizations.length);
  for (const link of dataset.links) {
    if (link.scope !== 'international') continue;
    international[position.get(link.source) as number] = 1;
    international[position.get(link.target) as number] = 1;
  }
  return {
    worldRegion: regions.index,
    worldRegionNames: regions.names,
    country: countries.index,
    countryNames: countries.names,
    international,
  };
}

function grown<T extends Int32Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}

/** The whole input at once, on the calling thread (command line, tests, the page without workers). */
export function buildAnalysisInput(dataset: Dataset): AnalysisInput {
  const steps = analysisInputSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The buffers to transfer with an input (they are detached on this side afterwards). */
export function inputBuffers(input: AnalysisInput): ArrayBuffer[] {
  return [
    input.offsets,
    input.neighbors,
    input.weights,
    input.sector,
    input.ids.text,
    input.ids.ends,
    input.groups.worldRegion,
    input.groups.country,
    input.groups.international,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** A copy whose buffers can be transferred while this one stays usable. */
export function copyInput(input: AnalysisInput): AnalysisInput {
  return {
    offsets: input.offsets.slice(),
    neighbors: input.neighbors.slice(),
    weights: input.weights.slice(),
    sector: input.sector.slice(),
    sectorNames: [...input.sectorNames],
    totalWeight: input.totalWeight,
    ids: { text: input.ids.text.slice(), ends: input.ids.ends.slice() },
    groups: {
      worldRegion: input.groups.worldRegion.slice(),
      worldRegionNames: [...input.groups.worldRegionNames],
      country: input.groups.country.slice(),
      countryNames: [...input.groups.countryNames],
      international: input.groups.international.slice(),
    },
  };
}

/**
 * Text folding for matching what people type against reference names: "Côte-d'Ivoire",
 * "COTE D IVOIRE" and "Cote d’Ivoire" must meet on one key.
 */

const MARKS = /\p{M}/gu;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Lower case, without accents, words separated by single spaces. */
export function foldWords(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
}

/** Lower case, without accents or any separator: "EE. UU." and "EEUU" give the same key. */
export function foldKey(raw: string): string {
  return foldWords(raw).replace(/ /g, '');
}

/**
 * Place names compared "without case or accents" (README, the data format): spacing is evened out,
 * punctuation kept, since "Saint-Denis" and "Saint Denis" are usually written one way per file.
 */
export function foldPlace(raw: string): string {
  return raw.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

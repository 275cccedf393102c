/**
 * Ids that only look alike: the same letters once invisible characters are dropped and accents
 * are composed one way (NFC). `café` typed on two systems may be two strings; a zero-width space
 * pasted from a web page makes `coop1` and `coop\u200b1` two ids.
 */

/**
 * Zero-width and formatting characters, the soft hyphen, the BOM, direction marks, variation
 * selectors: what Unicode says a renderer draws as nothing.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

export function foldId(id: string): string {
  return id.normalize('NFC').replace(INVISIBLE, '');
}

/**
 * What a generated file may contain. The clean profile leaves out every input the import is
 * known to mishandle, so any failure on it is a new defect; each other case turns one on.
 */
import type { CellOptions } from './cells';
import type { HeaderOptions } from './headers';

export interface Profile extends CellOptions, HeaderOptions {
  /** Line endings that change from row to row. */
  mixedEndings: boolean;
  /** Rows whose only cell holds nothing but `,` `;` `|` and spaces. */
  separatorOnlyRows: boolean;
  /** One NUL character in a cell. */
  nul: boolean;
  /** UTF-16 without a BOM. */
  utf16NoBom: boolean;
  /** Ragged rows with up to 3,000 extra values. */
  manyExtras: boolean;
  /** Hundreds of organisations with one name, and links that name them: in this share of files. */
  namesakes: number;
}

export const CLEAN: Profile = {
  huge: true,
  farScripts: false,
  verticalTabs: false,
  protoHeader: false,
  columnNHeader: false,
  hugeHeader: 0,
  wide: true,
  mixedEndings: false,
  separatorOnlyRows: false,
  nul: false,
  utf16NoBom: false,
  manyExtras: false,
  namesakes: 0,
};

export const EVERYTHING: Profile = {
  ...CLEAN,
  protoHeader: true,
  columnNHeader: true,
  // The costly inputs only now and then, to keep the mix quick.
  hugeHeader: 1,
  mixedEndings: true,
  separatorOnlyRows: true,
  nul: true,
  utf16NoBom: true,
  manyExtras: true,
  namesakes: 0.05,
  farScripts: true,
  verticalTabs: true,
};

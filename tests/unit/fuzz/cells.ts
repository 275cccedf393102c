/**
 * Cell values for the generated files: ordinary words in the app's three languages, and the odd
 * ones spreadsheets and scripts produce (numbers, dates, built-in property names, Unicode
 * look-alikes, delimiters and quotes inside values, huge values).
 */
import fc from 'fast-check';

export const BUILT_IN_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
];

export const ODD_NUMBERS = [
  '1e309',
  '-1e309',
  '-0',
  '0',
  '1,5',
  '1.5',
  'NaN',
  'Infinity',
  '-Infinity',
  ' 2 ',
  '+3',
  '.5',
  ',5',
  '5.',
  '1e3',
  '1e-400',
  '0x10',
  '1_000',
  '1 000',
  '3,000.5',
  '3.000,5',
  '−1',
  '２',
  '00012',
  '90',
  '-90.0000001',
  '180',
  '181',
  '9'.repeat(400),
];

export const ODD_DATES = [
  '2019',
  '2019.0',
  '2019-03',
  '2019-13',
  '2019-02-29',
  '2020-02-29',
  '29/02/2020',
  '31/04/2021',
  '03/15/2019',
  '15.03.2019',
  '15-03-2019',
  '2019-03-15T10:00:00Z',
  '2019-03-15 25:99',
  '2019-3-5',
  '0000',
  '9999-12-31',
  '19',
  '2019/03/15',
  '１９９９',
  'mañana',
  '-2019',
  '2019-00-10',
  '00/00/0000',
];

export const WORDS = [
  'Cooperativa de Consumo La Milpa',
  'Red Oaxaqueña',
  'Coopérative Le Rucher',
  'Économie sociale',
  'Fundación Pan y Paz',
  'São Paulo',
  'Zürich',
  'Bogotá D.C.',
  'Œuvre commune',
  '“Comillas” ‘simples’',
  'Año – 5 € … ž Ÿ',
  'Ñandú',
  'Ciudad de México',
  'coop',
  'ngo',
  'university',
  'x',
  'A',
];

/** Text that is not Latin: UTF-16 of it has few zero bytes. */
export const FAR_SCRIPTS = [
  '協同組合ネットワーク',
  '社会的連帯経済',
  '合作社联合会',
  '사회적경제',
  'Ελλάδα',
  'Москва',
];

/** Ids that differ only by normalisation, invisible characters or width. */
export const LOOK_ALIKES = [
  'é',
  'e\u0301',
  'Å',
  'A\u030a',
  '\u212b',
  'ab',
  'a\u200bb',
  'a\u200db',
  'ab\u200b',
  '\u2060ab',
  'ａｂ',
  'ﬁ',
  'fi',
  'ı',
  'I',
  'İ',
];

/** Characters that need care in CSV or in trimming. */
const TRICKY = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  '""',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u200b',
  '\ufeff',
  'é',
  'e\u0301',
  '漢',
  '😀',
  "'",
  '\\',
  '#',
  '=',
  'a',
  'b',
  '1',
];

export const SECTORS = [
  'cooperative',
  'Cooperativa',
  'ONG',
  'sindicato',
  'gobierno',
  'movement',
  'Custom Sector',
  'coop ',
  'ÉCONOMIE',
];
export const COUNTRIES = [
  'MX',
  'mx',
  'México',
  'France',
  'FRA',
  'CO',
  'Narnia',
  'ZZ',
  'Côte d’Ivoire',
  'Korea',
];
export const SCOPES = [
  'local',
  'Nacional',
  'regional',
  'international',
  'unknown',
  'n/a',
  'galactic',
  '',
];
export const BOOLEANS = ['true', 'FALSE', 'sí', 'oui', '1', '0', 'yes', 'maybe', 'Directed', ''];
export const LINK_TYPES = [
  'partnership',
  'alianza',
  'funding',
  'Directed',
  'Undirected',
  'custom type',
  '',
];
export const THEMES = ['food;housing', 'care|care', ';;', ' a ; b ', 'covid_recovery', ''];

/** Values with delimiters, quotes, line breaks and look-alike characters inside. */
export const trickyText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...TRICKY), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

export interface CellOptions {
  /** Values of 50,000–100,000 characters. */
  huge: boolean;
  /** Text far from Latin, as makes BOM-less UTF-16 hard to recognise. */
  farScripts: boolean;
  /** Line breaks inside cells written as vertical tabs, as FileMaker exports them. */
  verticalTabs: boolean;
}

/** A value of `min`–`max` characters (by default 50,000–100,000), a short pattern repeated. */
export function hugeText(min = 50_000, max = 100_000): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.oneof(fc.constantFrom('x', 'ab ', 'é', '漢字', 'a,b;c|d\t', 'line\n', '"q"'), trickyText),
      fc.integer({ min, max }),
    )
    .map(([unit, length]) => {
      const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      // Never cut a surrogate pair in two: a lone surrogate cannot be written in UTF-8.
      return /[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) : text;
    });
}

/** One cell in a few thousand is huge: about one file in forty holds one. */
function rarelyHuge(usual: fc.Arbitrary<string>, options: CellOptions): fc.Arbitrary<string> {
  if (!options.huge) return usual;
  return fc.oneof({ weight: 2000, arbitrary: usual }, { weight: 1, arbitrary: hugeText() });
}

/** Any cell value. */
export function cellText(options: CellOptions): fc.Arbitrary<string> {
  const arbitraries: fc.WeightedArbitrary<string>[] = [
    { weight: 30, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 8, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
    { weight: 8, arbitrary: fc.constantFrom(...ODD_DATES) },
    { weight: 6, arbitrary: fc.constantFrom(...BUILT_IN_NAMES) },
    { weight: 6, arbitrary: fc.constantFrom(...LOOK_ALIKES) },
    { weight: 14, arbitrary: trickyText },
    { weight: 10, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 5, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 4, arbitrary: fc.constant('') },
  ];
  if (options.farScripts)
    arbitraries.push({ weight: 40, arbitrary: fc.constantFrom(...FAR_SCRIPTS) });
  if (options.verticalTabs)
    arbitraries.push({ weight: 20, arbitrary: fc.constantFrom('first line\vsecond', 'a\vb\vc') });
  return rarelyHuge(fc.oneof(...arbitraries), options);
}

/** The base of an organisation id, before padding. */
export function idText(options: CellOptions): fc.Arbitrary<string> {
  const arbitraries: fc.WeightedArbitrary<string>[] = [
    { weight: 24, arbitrary: fc.nat({ max: 40 }).map((n) => `t${String(n).padStart(2, '0')}`) },
    { weight: 6, arbitrary: fc.nat({ max: 9999 }).map((n) => `t${n}`) },
    { weight: 8, arbitrary: fc.constantFrom(...LOOK_ALIKES) },
    { weight: 6, arbitrary: fc.constantFrom(...BUILT_IN_NAMES) },
    { weight: 4, arbitrary: fc.constantFrom('007', '7', '7.0', '-0', '0', 'NaN') },
    { weight: 6, arbitrary: trickyText },
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  ];
  if (options.farScripts)
    arbitraries.push({ weight: 20, arbitrary: fc.constantFrom(...FAR_SCRIPTS) });
  return rarelyHuge(fc.oneof(...arbitraries), options);
}

/** Spaces and similar around an id: the import trims them, so the id collides with the bare one. */
export const padding: fc.Arbitrary<[string, string]> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<[string, string]>(['', '']) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<[string, string]>(
      [' ', ''],
      ['', '  '],
      ['\t', ' '],
      ['\u00a0', '\u3000'],
    ),
  },
);

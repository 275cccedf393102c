/**
 * What the three catalogues share: French typography by one rule, and the same values named in
 * each language's version of a sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';
import i18next from 'i18next';
import { importDataset } from '../../../src/core/model/importDataset';
import { EXPORT_ERROR_PARAMS, type ExportErrorCode } from '../../../src/core/export/files';
import {
  GROUPED_CODES,
  UnusableInputError,
  UNUSABLE_PARAMS,
  type UnusableCode,
} from '../../../src/core/issues/issues';

/** Every sentence of a catalogue, by its dotted key. */
function sentences(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of sentences(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The text a reader sees around the values: i18next's {{values}} and $t(nestings) taken out. */
function prose(text: string): string {
  return text.replace(/\$t\([^)]*\)/g, '…').replace(/\{\{[^}]*\}\}/g, '…');
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('the French catalogue', () => {
  const all = [...sentences(fr)];

  // The Imprimerie nationale's rule: a no-break space before the colon, a narrow one before
  // ; ? ! and inside « »; never a plain space, which lets the sign start the next line.
  it('puts a no-break space before : and a narrow one before ; ? ! and inside « »', () => {
    const wrong: string[] = [];
    for (const [key, text] of all) {
      const seen = prose(text);
      for (const match of seen.matchAll(/(.?)([:;?!»])/gu)) {
        const [, before, sign] = match;
        const wanted = sign === ':' ? NBSP : NNBSP;
        if (before !== wanted) wrong.push(`${key}: ${JSON.stringify(before)}${sign}`);
      }
      for (const match of seen.matchAll(/«(.?)/gu)) {
        if (match[1] !== NNBSP) wrong.push(`${key}: «${JSON.stringify(match[1])}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('holds the punctuation after a label: the components add none of their own', () => {
    // `{t('x')}:` would give "Couleur:" in French; the colon comes from punctuation.colon.
    const added: string[] = [];
    for (const file of readdirSync('src/ui', { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = readFileSync(`src/ui/${file}`, 'utf8');
      for (const match of source.matchAll(/\bt\((?:[^()]|\([^()]*\))*\)\}[:;?!]/g)) {
        added.push(`${file}: ${match[0]}`);
      }
    }
    expect(added).toEqual([]);
  });

  it('writes apostrophes as ’, never as the typewriter’s straight one', () => {
    expect(all.filter(([, text]) => prose(text).includes("'")).map(([key]) => key)).toEqual([]);
  });
});

/** The values a sentence names ({{x}}, with or without a format) and the sentences it nests. */
function named(text: string): string[] {
  const values = [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const nested = [...text.matchAll(/\$t\(([\w.]+)/g)].map((m) => `$t(${m[1]})`);
  return [...new Set([...values, ...nested])].sort();
}

/** Plural forms compare with `other` where a language has a form English lacks (`many`). */
function counterpart(key: string, catalogue: Map<string, string>): string | undefined {
  return catalogue.get(key) ?? catalogue.get(key.replace(/_(zero|two|few|many)$/, '_other'));
}

describe('the three catalogues', () => {
  const catalogues = { en: sentences(en), es: sentences(es), fr: sentences(fr) };

  it('name the same values in each language’s version of a sentence', () => {
    const differing: string[] = [];
    for (const language of ['es', 'fr'] as const) {
      for (const [key, text] of catalogues[language]) {
        const english = counterpart(key, catalogues.en);
        if (english === undefined) continue;
        const [theirs, ours] = [named(text).join(' '), named(english).join(' ')];
        if (theirs !== ours) differing.push(`${language} ${key}: ${theirs} ≠ en ${ours}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('say why a file is unusable with every value the import gives, in every language', () => {
    for (const code of Object.keys(UNUSABLE_PARAMS) as UnusableCode[]) {
      const wanted = [
        ...(code === 'no_file' ? [] : ['{{file}}']),
        ...UNUSABLE_PARAMS[code].map((p) => `{{${p}}}`),
      ].sort();
      for (const [language, catalogue] of Object.entries(catalogues)) {
        const text = catalogue.get(`unusable.${code}`);
        expect(text, `${language} unusable.${code}`).toBeDefined();
        expect(named(text!), `${language} unusable.${code}`).toEqual(wanted);
      }
    }
  });
});

describe('what a format cannot hold', () => {
  it('is said with every value the export gives, in every language', () => {
    const catalogues = { en: sentences(en), es: sentences(es), fr: sentences(fr) };
    for (const code of Object.keys(EXPORT_ERROR_PARAMS) as ExportErrorCode[]) {
      const wanted = EXPORT_ERROR_PARAMS[code].map((p) => `{{${p}}}`).sort();
      for (const [language, catalogue] of Object.entries(catalogues)) {
        const text = catalogue.get(`exportError.${code}`);
        expect(text, `${language} exportError.${code}`).toBeDefined();
        expect(named(text!), `${language} exportError.${code}`).toEqual(wanted);
      }
    }
  });
});

describe('a notice said once for several rows', () => {
  it('has its sentence, and the count of its rows, in every language', () => {
    for (const [language, catalogue] of Object.entries({ en, es, fr })) {
      const all = sentences(catalogue);
      for (const code of GROUPED_CODES)
        expect(all.get(`issueGroup.${code}`), `${language} ${code}`).toBeDefined();
      expect(all.get('issueGroup.rows_other'), language).toMatch(/\{\{count\}\}.*\{\{rows\}\}/);
    }
  });

  it('reads in the app with its first rows', async () => {
    const t = i18next.createInstance();
    await t.init({
      resources: { fr: { translation: fr } },
      lng: 'fr',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    const d = importDataset([
      { name: 'o.csv', bytes: new TextEncoder().encode('id\na\n') },
      { name: 'l.csv', bytes: new TextEncoder().encode('source,target\na,z\nz,a\na,z\n') },
    ]);
    const group = d.issues.find((i) => i.code === 'unknown_endpoint')!;
    const text = `${t.t(`issueGroup.${group.code}`, group.params)} ${t.t('issueGroup.rows', { count: group.rows!.length, rows: group.params.rows })}`;
    expect(text).toBe(
      'Aucune organisation n’a l’identifiant «\u202fz\u202f»\u202f; une organisation provisoire a été créée et les liens qui le nomment y ont été rattachés. 3 lignes\u00a0: 2, 3, 4',
    );
  });
});

describe('an unusable file in English', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['no file', []],
    ['white space only', [{ name: 'a.csv', bytes: bytes(' \n \n') }]],
    [
      'a PNG',
      [{ name: 'a.csv', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]) }],
    ],
    ['no known column', [{ name: 'a.csv', bytes: bytes('foo,bar\n1,2\n') }]],
    ['no header row', [{ name: 'a.csv', bytes: bytes('a,b\nb,c\n') }]],
    ['an adjacency matrix', [{ name: 'a.csv', bytes: bytes(',a,b\na,0,1\nb,1,0\n') }]],
    ['spaces between unknown columns', [{ name: 'a.csv', bytes: bytes('foo bar\n1 2\n') }]],
    ['a links file without ends', [{ name: 'links.csv', bytes: bytes('foo,bar\n1,2\n') }]],
    ['a source without a target', [{ name: 'x.csv', bytes: bytes('source,bar\n1,2\n') }]],
    [
      'two links files',
      [
        { name: 'a.csv', bytes: bytes('source,target\n1,2\n') },
        { name: 'b.csv', bytes: bytes('source,target\n1,2\n') },
      ],
    ],
  ])('reads in the app as the import words it (%s)', async (_, files) => {
    const t = i18next.createInstance();
    await t.init({
      resources: { en: { translation: en } },
      lng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    let error: unknown;
    try {
      importDataset(files);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnusableInputError);
    const { code, params, file, message } = error as UnusableInputError;
    const kind = params.kind === undefined ? {} : { kind: t.t(`binaryKind.${params.kind}`) };
    expect(t.t(`unusable.${code}`, { ...params, ...kind, file })).toBe(message);
  });
});

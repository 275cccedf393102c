/**
 * What the three catalogues share: French typography by one rule, and the same values named in
 * each language's version of a sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';

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

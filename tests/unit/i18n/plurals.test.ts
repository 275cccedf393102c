/**
 * Every sentence that names a number of things takes the plural form of the reader's language
 * (i18next `_one`, `_other`, and `_many`, which Spanish and French use for millions).
 */
import i18next, { type i18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';

const catalogues = { en, es, fr } as const;
type Language = keyof typeof catalogues;

async function translator(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [language]: { translation: catalogues[language] } },
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Every sentence of a catalogue, by its dotted key. */
function sentences(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : sentences(value as object, `${prefix}${key}.`),
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe.each(Object.keys(catalogues) as Language[])('the %s catalogue', (language) => {
  const all = sentences(catalogues[language]);

  it('has plural forms for every sentence that interpolates a count', () => {
    const singular = all.filter(([key, text]) => /\{\{count\b/.test(text) && !PLURAL.test(key));
    expect(singular.map(([key]) => key)).toEqual([]);
  });

  it('has every plural form the language selects, millions included', () => {
    const rules = new Intl.PluralRules(language);
    const needed = new Set([0, 1, 2, 5, 21, 1_000_000].map((n) => rules.select(n)));
    const bases = new Set(
      all.map(([key]) => key.replace(PLURAL, '')).filter((base, i) => PLURAL.test(all[i]![0])),
    );
    const missing = [...bases].flatMap((base) =>
      [...needed]
        .filter((form) => !all.some(([key]) => key === `${base}_${form}`))
        .map((form) => `${base}_${form}`),
    );
    expect(missing).toEqual([]);
  });

  it.each([0, 1, 2, 1_000_000])('gives a sentence, not its key, for %i', async (count) => {
    const t = (await translator(language)).t;
    for (const key of ['stats.organizations', 'issue.custom_sector', 'path.found']) {
      expect(t(key, { count, steps: count, value: 'x' })).not.toMatch(/^[a-z_.]+$/);
    }
  });
});

describe('counts in sentences', () => {
  it.each([
    ['fr', 'issue.custom_sector', { value: 'x', count: 1 }, '(1 organisation)'],
    ['fr', 'issue.custom_sector', { value: 'x', count: 2 }, '(2 organisations)'],
    ['es', 'issue.custom_sector', { value: 'x', count: 1 }, '(1 organización)'],
    ['en', 'issue.custom_sector', { value: 'x', count: 1 }, '(1 organisation)'],
    ['en', 'issue.unknown_endpoint_summary', { count: 1 }, '1 organisation was created'],
    ['fr', 'issue.unknown_endpoint_summary', { count: 1 }, '1 organisation a été créée'],
    ['es', 'issue.unknown_endpoint_summary', { count: 1 }, 'Se creó 1 organización'],
    ['en', 'issue.ragged_row', { values: 1, columns: 3 }, 'has 1 value for 3 columns'],
    ['fr', 'issue.ragged_row', { values: 3, columns: 1 }, 'a 3 valeurs pour 1 colonne'],
    ['es', 'issue.ragged_row', { values: 1, columns: 1 }, 'tiene 1 valor para 1 columna'],
    ['en', 'path.found', { count: 1, steps: 1 }, '1 shortest chain of 1 step'],
    ['es', 'path.found', { count: 2, steps: 1 }, '2 cadenas más cortas de 1 paso'],
    ['es', 'path.found', { count: 2, steps: 3 }, '2 cadenas más cortas de 3 pasos'],
    ['fr', 'stats.organizations', { count: 1_000_000 }, '1 000 000 organisations'],
    ['es', 'stats.alliances', { count: 1_000_000 }, '1.000.000 alianzas'],
  ] as const)('%s %s %o reads “%s”', async (language, key, params, expected) => {
    const t = (await translator(language)).t;
    const text = t(key, params).replace(/[\u202f\u00a0]/g, ' ');
    // The words expected, and not the start of a longer one ("1 step" is not "1 steps").
    const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(text).toMatch(new RegExp(`${escaped}(?!\\p{L})`, 'u'));
  });
});

/**
 * Themes are named in the reader's language where the code is one the app knows (every theme
 * of the illustrative network is), and shown as written otherwise; data never becomes a key.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/core/model/importDataset';
import { THEMES } from '../../../src/core/model/types';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';
import { codeKey } from '../../../src/ui/catalogue';
import { THEMES as GENERATED_THEMES } from '../../../datasets/generator/alliances';
import { PROTOTYPE_NAMES } from '../hostile/hostile';

const illustrative = importDataset([
  { name: 'organizations.csv', bytes: readFileSync('datasets/illustrative/organizations.csv') },
  { name: 'links.csv', bytes: readFileSync('datasets/illustrative/links.csv') },
]);
const themesOfIllustrative = new Set([
  ...illustrative.organizations.flatMap((o) => o.themes),
  ...illustrative.links.flatMap((l) => l.themes),
]);

describe('themes', () => {
  it('of the illustrative network and the generator are all codes the app knows', () => {
    expect(themesOfIllustrative.size).toBeGreaterThan(5);
    for (const theme of [...themesOfIllustrative, ...GENERATED_THEMES]) {
      expect(codeKey('theme', theme), theme).toBe(`theme.${theme}`);
    }
  });

  it.each([
    ['en', en, 'Public procurement'],
    ['es', es, 'Compras públicas'],
    ['fr', fr, 'Commande publique'],
  ])('are named in %s, each differently and never as its code', (language, catalogue, example) => {
    const t = i18next.createInstance();
    void t.init({
      resources: { [language]: { translation: catalogue } },
      lng: language,
      initAsync: false,
    });
    expect(t.t(codeKey('theme', 'public_procurement')!)).toBe(example);
    const names = THEMES.map((theme) => t.t(codeKey('theme', theme)!));
    expect(new Set(names).size).toBe(THEMES.length);
    for (const [i, name] of names.entries()) {
      expect(name).not.toBe(THEMES[i]);
      expect(name).not.toMatch(/^theme\.|_/);
    }
  });

  it('that the app does not know are no key: they are shown as written', () => {
    for (const value of [...PROTOTYPE_NAMES, 'agroecología_urbana', 'theme.care', 'care:x', '']) {
      expect(codeKey('theme', value), value).toBeNull();
    }
  });
});

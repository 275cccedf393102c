/**
 * Add files: a second set of files, imported as usual, added to the network. Organisations are
 * merged by id, the network's values kept where the files differ (one message each, with the
 * file, row and column of the value not used), placeholders replaced by real rows, links
 * appended under unique keys, and nothing of either side lost.
 */
import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { appendDataset } from '../../../src/core/model/appendDataset';
import { importWithOrigin } from '../../../src/core/model/importDataset';
import type { DatasetOrigin } from '../../../src/core/model/origin';
import type { Dataset, Link, Organization } from '../../../src/core/model/types';
import { writeProjectFile } from '../../../src/core/export/projectFile';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { csv } from '../../fixtures/import/bytes';

const NETWORK = importWithOrigin([
  csv(
    'organizations.csv',
    [
      'id,name,sector,country,city,website',
      'a,Alfa,cooperative,MX,Puebla,https://a.example',
      'b,Beta,union,,,',
      'c,Gamma,academia,MX,Puebla,',
    ].join('\n'),
  ),
  csv('links.csv', 'source,target,type\na,b,partnership\nb,z,trade\n'),
]).dataset;

const ADDED = importWithOrigin([
  csv(
    'mas.csv',
    [
      'id,nombre,sector,país,ciudad,website,founded',
      'b,Beta,union,AR,Rosario,https://b.example,1990',
      'a,Alfa Coop,cooperative,MX,Puebla,https://a.example,2001',
      'z,Zeta,finance,MX,,,',
      'd,Delta,movement,FR,Paris,,',
    ].join('\n'),
  ),
  csv(
    'mas-links.csv',
    'source,target,type\nd,a,funding\nb,a,partnership\nd,q,research\nc,d,policy\n',
  ),
]);

function append(current = NETWORK, added = ADDED) {
  return appendDataset(current, added.dataset, added.origin, 'mas.csv + mas-links.csv');
}

const byId = (d: Dataset, id: string): Organization => d.organizations.find((o) => o.id === id)!;

describe('appendDataset', () => {
  it('merges organisations by id and adds the new ones, link ends unknown to both as placeholders', () => {
    const { dataset } = append();
    expect(dataset.organizations.map((o) => [o.id, o.placeholder])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
      ['z', false],
      ['d', false],
      ['q', true],
    ]);
    expect(dataset.name).toBe(NETWORK.name);
    // A field empty in the network takes the added file's value.
    expect(byId(dataset, 'b')).toMatchObject({ country: 'AR', city: 'Rosario', sector: 'union' });
  });

  it('keeps the network’s value where the files differ, one message naming file, row and column', () => {
    const { dataset, issues } = append();
    expect(byId(dataset, 'a').name).toBe('Alfa');
    const conflicts = issues.filter((i) => i.code === 'conflicting_value');
    expect(conflicts).toEqual([
      {
        level: 'warning',
        file: 'mas.csv',
        row: 3,
        column: 'nombre',
        code: 'conflicting_value',
        message:
          'Organisation "a" already has "Alfa" in column "nombre"; the value "Alfa Coop" on row 3 of mas.csv was not used.',
        params: { id: 'a', column: 'nombre', kept: 'Alfa', ignored: 'Alfa Coop' },
      },
    ]);
    // The same conflict is in the dataset's messages, after the network's own.
    expect(dataset.issues.slice(0, NETWORK.issues.length)).toEqual(NETWORK.issues);
    expect(dataset.issues).toContainEqual(conflicts[0]);
  });

  it('merges the columns the app does not know the same way, and adds the new ones', () => {
    const { dataset, issues } = append();
    expect(dataset.organizationColumns).toEqual(['website', 'founded']);
    expect({ ...byId(dataset, 'a').attributes }).toEqual({
      website: 'https://a.example',
      founded: '2001',
    });
    expect({ ...byId(dataset, 'b').attributes }).toEqual({
      website: 'https://b.example',
      founded: '1990',
    });
    const other = importWithOrigin([csv('web.csv', 'id,website\na,https://alfa.example\n')]);
    const merged = appendDataset(NETWORK, other.dataset, other.origin);
    expect(byId(merged.dataset, 'a').attributes.website).toBe('https://a.example');
    expect(merged.issues.find((i) => i.code === 'conflicting_value')).toMatchObject({
      file: 'web.csv',
      row: 2,
      column: 'website',
      params: { kept: 'https://a.example', ignored: 'https://alfa.example' },
    });
    expect(issues.filter((i) => i.code === 'conflicting_value')).toHaveLength(1);
  });

  it('replaces a placeholder by the real row, and derives its links’ scope again', () => {
    expect(byId(NETWORK, 'z').placeholder).toBe(true);
    expect(NETWORK.links.find((l) => l.target === 'z')!.scope).toBe('unknown');
    const { dataset } = append();
    expect(byId(dataset, 'z')).toMatchObject({
      name: 'Zeta',
      sector: 'finance',
      country: 'MX',
      placeholder: false,
      row: 4,
    });
    // b is now in Argentina, z in Mexico: the same world region.
    expect(dataset.links.find((l) => l.target === 'z')!.scope).toBe('regional');
  });

  it('appends the links under keys of their own, and notes a pair the network already links', () => {
    const { dataset, issues } = append();
    expect(dataset.links.map((l) => [l.source, l.target, l.key])).toEqual([
      ['a', 'b', 'L2'],
      ['b', 'z', 'L3'],
      ['d', 'a', 'L2+1'],
      ['b', 'a', 'L3+1'],
      ['d', 'q', 'L4'],
      ['c', 'd', 'L5'],
    ]);
    expect(issues.filter((i) => i.code === 'pair_already_linked')).toEqual([
      {
        level: 'info',
        file: 'mas-links.csv',
        row: 3,
        column: null,
        code: 'pair_already_linked',
        message:
          'Row 3 links a pair the network already links ("b" and "a"); both links are kept and the metrics count one tie with their weights summed.',
        params: { source: 'b', target: 'a' },
      },
    ]);
  });

  it('keeps the added files’ import messages that still hold, after a summary', () => {
    const { issues } = append();
    expect(issues[0]).toMatchObject({
      level: 'info',
      code: 'files_appended',
      file: 'mas.csv + mas-links.csv',
      params: { added: 2, merged: 3, links: 4 },
    });
    // `c` is in the network, `q` in neither.
    const unknown = issues.filter((i) => i.code === 'unknown_endpoint').map((i) => i.params.value);
    expect(unknown).toEqual(['q']);
  });

  it('says its summary in the reader’s language, with each count in its plural form', async () => {
    const t = i18next.createInstance();
    await t.init({
      resources: { en: { translation: en }, es: { translation: es } },
      lng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    const summary = append().issues[0]!;
    expect(t.t('issue.files_appended', summary.params)).toBe(
      'Added to the network: 2 new organisations, 3 merged by id and 4 new links.',
    );
    expect(t.t('issue.files_appended', { lng: 'es', added: 1, merged: 0, links: 1 })).toBe(
      'Añadido a la red: 1 organización nueva, 0 fusionadas por id y 1 vínculo nuevo.',
    );
  });

  it('leaves both datasets as they were', () => {
    const before = structuredClone({ network: NETWORK, added: ADDED });
    append();
    append();
    expect({ network: NETWORK, added: ADDED }).toEqual(before);
  });

  it('names the project file, without rows, for what an added project file holds', () => {
    const project = importWithOrigin([csv('saved.json', writeProjectFile(ADDED.dataset))]);
    const { issues } = appendDataset(NETWORK, project.dataset, project.origin);
    expect(issues.find((i) => i.code === 'conflicting_value')).toMatchObject({
      file: 'saved.json',
      row: null,
      column: 'name',
    });
    expect(issues.filter((i) => i.code === 'pair_already_linked')).toEqual([
      expect.objectContaining({ file: 'saved.json', row: null, params: { count: 1 } }),
    ]);
  });
});

/** Small datasets built directly: ids from a few letters so that the two sides share some. */
const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '__proto__', 'constructor');
const VALUE = fc.option(fc.constantFrom('x', 'y', ''), { nil: null });

function organization(id: string, placeholder: boolean, value: string | null, row: number) {
  const attributes = Object.create(null) as Record<string, string>;
  if (value !== null) attributes['extra'] = value;
  return {
    id,
    name: placeholder ? id : `${id} ${value ?? ''}`,
    sector: placeholder ? null : value,
    country: null,
    region: null,
    city: value,
    lat: null,
    lon: null,
    scope: null,
    worldRegion: null,
    themes: value ? [value] : [],
    aliases: [],
    placeholder,
    attributes,
    row: placeholder ? null : row,
  } satisfies Organization;
}

const DATASET = fc
  .record({
    organizations: fc.uniqueArray(fc.tuple(ID, fc.boolean(), VALUE), {
      selector: ([id]) => id,
      maxLength: 6,
    }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(1, 2)), { maxLength: 8 }),
  })
  .map(({ organizations, links }): Dataset => {
    const orgs = organizations.map(([id, placeholder, value], i) =>
      organization(id, placeholder, value, i + 2),
    );
    return {
      name: 'n',
      organizations: orgs,
      links:
        orgs.length === 0
          ? []
          : links.map(([s, t, weight], i): Link => ({
              key: `L${i + 2}`,
              source: orgs[s % orgs.length]!.id,
              target: orgs[t % orgs.length]!.id,
              type: null,
              weight,
              directed: false,
              since: null,
              until: null,
              scope: 'unknown',
              scopeExplicit: false,
              themes: [],
              attributes: {},
              row: i + 2,
            })),
      organizationColumns: ['extra'],
      linkColumns: [],
      issues: [],
    };
  });

const ORIGIN: DatasetOrigin = {
  organizations: { table: 'o.csv', columns: { name: 'name' }, rows: true },
  links: { table: 'l.csv', columns: {}, rows: true },
};

/** A link as the files gave it: everything but its key and its derived scope. */
const asGiven = ({ key: _key, scope: _scope, ...rest }: Link) => JSON.stringify(rest);

describe('appendDataset loses nothing', () => {
  it('holds every organisation and every link of both, every value of the network, unique keys', () => {
    fc.assert(
      fc.property(DATASET, DATASET, (current, incoming) => {
        const { dataset } = appendDataset(current, incoming, ORIGIN);
        const ids = dataset.organizations.map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const o of [...current.organizations, ...incoming.organizations]) {
          expect(ids).toContain(o.id);
        }
        expect(dataset.links.map(asGiven)).toEqual(
          [...current.links, ...incoming.links].map(asGiven),
        );
        expect(new Set(dataset.links.map((l) => l.key)).size).toBe(dataset.links.length);
        for (const link of dataset.links) {
          expect(ids).toContain(link.source);
          expect(ids).toContain(link.target);
        }
        for (const kept of current.organizations) {
          if (kept.placeholder) continue;
          const out = dataset.organizations.find((o) => o.id === kept.id)!;
          for (const field of ['name', 'sector', 'city', 'themes'] as const) {
            if (kept[field] !== null && kept[field].length > 0)
              expect(out[field]).toEqual(kept[field]);
          }
          for (const [key, value] of Object.entries(kept.attributes)) {
            if (value !== '') expect(out.attributes[key]).toBe(value);
          }
        }
      }),
    );
  });
});

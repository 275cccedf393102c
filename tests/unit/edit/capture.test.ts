/**
 * Live capture: an alliance typed in the projector's short form becomes one edit — the new
 * organisations it names and the alliance — read as the import reads rows, and one undo takes it
 * all back.
 */
import { describe, expect, it } from 'vitest';
import { organizationNamed } from '../../../src/core/edit/capture';
import { readCapture } from '../../../src/core/edit/readForms';
import { applyEdit, invertEdit } from '../../../src/core/edit/edits';
import { importDataset } from '../../../src/core/model/importDataset';
import type { Dataset } from '../../../src/core/model/types';
import { csv } from '../../fixtures/import/bytes';

const NETWORK: Dataset = importDataset([
  csv(
    'organizations.csv',
    [
      'id,name,sector,country,city,aliases',
      'a,Alfa Cooperativa,cooperative,MX,Puebla,ACP',
      'b,Beta,union,MX,Puebla,',
      'c,Gamma,academia,FR,Lyon,',
    ].join('\n'),
  ),
  csv('links.csv', 'source,target,type,since\na,b,partnership,2019\n'),
]);

const shape = (d: Dataset) => ({ organizations: d.organizations, links: d.links });

describe('live capture', () => {
  it('an alliance between two organisations of the network: one alliance, its scope derived', () => {
    const { edit, issues } = readCapture(NETWORK, {
      source: { id: 'a' },
      target: { id: 'c' },
      type: 'investigación',
      year: '2024',
    });
    expect(issues).toEqual([]);
    const after = applyEdit(NETWORK, edit!);
    expect(after.organizations).toEqual(NETWORK.organizations);
    const link = after.links.at(-1)!;
    expect(link).toMatchObject({ source: 'a', target: 'c', type: 'research', since: '2024' });
    expect(link.scope).toBe('international');
    expect(after.links.length).toBe(NETWORK.links.length + 1);
  });

  it('new organisations come with the alliance, read as an import reads them; one undo takes all back', () => {
    const { edit, issues } = readCapture(NETWORK, {
      source: {
        name: 'Red Nueva',
        sector: 'cooperativa',
        city: 'Puebla',
        country: 'México',
      },
      target: { name: 'Otra', sector: 'gobierno', city: 'Lima', country: 'PE' },
      type: 'colaboración',
      year: '2025',
    });
    expect(issues).toEqual([]);
    const after = applyEdit(NETWORK, edit!);
    const added = after.organizations.slice(NETWORK.organizations.length);
    expect(added.map((o) => [o.name, o.sector, o.country, o.city])).toEqual([
      ['Red Nueva', 'cooperative', 'MX', 'Puebla'],
      ['Otra', 'government', 'PE', 'Lima'],
    ]);
    // Two distinct new ids, and the alliance between them.
    expect(new Set(added.map((o) => o.id)).size).toBe(2);
    expect(after.links.at(-1)).toMatchObject({
      source: added[0]!.id,
      target: added[1]!.id,
      type: 'partnership',
      // Mexico and Peru: two countries of one world region.
      scope: 'regional',
    });
    expect(shape(applyEdit(after, invertEdit(edit!)))).toEqual(shape(NETWORK));
  });

  it('bad input gets the import’s message, named by part; an error makes no edit', () => {
    const warned = readCapture(NETWORK, {
      source: { id: 'a' },
      target: { name: 'Nueva', sector: '', city: '', country: 'Narnia' },
      type: '',
      year: '',
    });
    // An unknown country is a warning, as on import: the capture is made, the message shown.
    expect(warned.edit).not.toBeNull();
    expect(warned.issues.map(({ part, issue }) => [part, issue.level, issue.column])).toEqual([
      ['target', 'warning', 'country'],
    ]);
    const refused = readCapture(NETWORK, {
      source: { id: 'a' },
      target: { id: 'b' },
      type: '',
      year: 'ayer',
    });
    expect(refused.issues.map(({ part, issue }) => [part, issue.column])).toContainEqual([
      'alliance',
      'since',
    ]);
    const ghost = readCapture(NETWORK, {
      source: { id: 'a' },
      target: { id: 'zz' },
      type: '',
      year: '',
    });
    expect(ghost.edit).toBeNull();
    expect(ghost.issues[0]).toMatchObject({ part: 'alliance', issue: { level: 'error' } });
  });

  it('names an organisation by its name, other name or id, case and accents aside; never by a guess', () => {
    expect(organizationNamed(NETWORK, ' alfa cooperativa ')?.id).toBe('a');
    expect(organizationNamed(NETWORK, 'acp')?.id).toBe('a');
    expect(organizationNamed(NETWORK, 'C')?.id).toBe('c');
    expect(organizationNamed(NETWORK, 'Alfa')).toBeNull();
    expect(organizationNamed(NETWORK, '')).toBeNull();
  });
});

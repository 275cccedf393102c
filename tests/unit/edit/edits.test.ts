/**
 * Edits as commands: applied, then undone by their inverse, they give back the dataset as it
 * was (records, order, derived scopes); a removed organisation takes its alliances with it and
 * gets them back on undo; the marks say what the edits did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  editMarks,
  invertEdit,
  linkEdit,
  linkRemoval,
  newLinkKey,
  newOrganizationId,
  organizationEdit,
  organizationRemoval,
  type Edit,
} from '../../../src/core/edit/edits';
import { importDataset } from '../../../src/core/model/importDataset';
import type { Dataset } from '../../../src/core/model/types';
import { csv } from '../../fixtures/import/bytes';

const NETWORK: Dataset = importDataset([
  csv(
    'organizations.csv',
    [
      'id,name,sector,country,city,website',
      'a,Alfa,cooperative,MX,Puebla,https://a.example',
      'b,Beta,union,MX,Puebla,',
      'c,Gamma,academia,FR,Lyon,',
      '__proto__,Proto,network,AR,,',
    ].join('\n'),
  ),
  csv(
    'links.csv',
    'source,target,type\na,b,partnership\nb,c,trade\na,c,funding\nc,__proto__,network\n',
  ),
]);

/** The records and their order, without the import's messages. */
const shape = (d: Dataset) => ({ organizations: d.organizations, links: d.links });

describe('edits', () => {
  it('an edited organisation stays where it stands and its alliances take their new scope', () => {
    const a = NETWORK.organizations[0]!;
    const moved = { ...a, country: 'FR', city: 'Lyon', worldRegion: 'europe' as const };
    const edited = applyEdit(NETWORK, organizationEdit(NETWORK, moved));
    expect(edited.organizations[0]).toEqual(moved);
    // a–b: France and Mexico; a–c: both in Lyon; b–c untouched.
    expect(edited.links.find((l) => l.key === 'L2')?.scope).toBe('international');
    expect(edited.links.find((l) => l.key === 'L4')?.scope).toBe('local');
    expect(edited.links.find((l) => l.key === 'L3')).toBe(NETWORK.links[1]);
    // The input is left alone.
    expect(NETWORK.organizations[0]).toBe(a);
    expect(NETWORK.links.find((l) => l.key === 'L2')?.scope).toBe('local');
  });

  it('keeps the lists an edit does not change, and every record it does not touch', () => {
    const b = NETWORK.organizations[1]!;
    // A new name: the alliances are the same list (what is counted from them need not be again).
    const renamed = applyEdit(NETWORK, organizationEdit(NETWORK, { ...b, name: 'Beta nueva' }));
    expect(renamed.links).toBe(NETWORK.links);
    expect(renamed.organizations).not.toBe(NETWORK.organizations);
    renamed.organizations.forEach((o, i) => {
      if (o.id !== 'b') expect(o).toBe(NETWORK.organizations[i]);
    });
    // A move within the same city keeps every alliance's scope, and so the list.
    const same = applyEdit(
      NETWORK,
      organizationEdit(NETWORK, { ...b, city: 'Puebla', country: 'MX' }),
    );
    expect(same.links).toBe(NETWORK.links);
  });

  it('a removed organisation takes its alliances; undone, both come back where they were', () => {
    const removal = organizationRemoval(NETWORK, 'c')!;
    expect(removal.links.map((c) => c.before?.key)).toEqual(['L5', 'L4', 'L3']);
    const removed = applyEdit(NETWORK, removal);
    expect(removed.organizations.map((o) => o.id)).toEqual(['a', 'b', '__proto__']);
    expect(removed.links.map((l) => l.key)).toEqual(['L2']);
    expect(shape(applyEdit(removed, invertEdit(removal)))).toEqual(shape(NETWORK));
  });

  it('added records go at the end under an id and a key no record has', () => {
    const id = newOrganizationId(NETWORK);
    const key = newLinkKey(NETWORK);
    expect(NETWORK.organizations.some((o) => o.id === id)).toBe(false);
    expect(NETWORK.links.some((l) => l.key === key)).toBe(false);
    const added = applyEdit(
      NETWORK,
      organizationEdit(NETWORK, { ...NETWORK.organizations[0]!, id, name: 'Nueva', row: null }),
    );
    expect(added.organizations.at(-1)?.id).toBe(id);
    const linked = applyEdit(added, linkEdit(added, { ...NETWORK.links[0]!, key, target: id }));
    expect(linked.links.at(-1)).toMatchObject({ key, source: 'a', target: id, scope: 'local' });
  });

  it('any sequence of edits, undone in reverse order, gives back the dataset', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('rename'), pick: fc.nat(), name: fc.string() }),
      fc.record({ kind: fc.constant('remove'), pick: fc.nat() }),
      fc.record({ kind: fc.constant('removeLink'), pick: fc.nat() }),
      fc.record({ kind: fc.constant('add'), name: fc.string() }),
      fc.record({ kind: fc.constant('link'), from: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let dataset = NETWORK;
        const done: Edit[] = [];
        for (const s of steps) {
          const orgs = dataset.organizations;
          const org = orgs.length > 0 ? orgs[('pick' in s ? s.pick : 0) % orgs.length] : undefined;
          let edit: Edit | null = null;
          if (s.kind === 'rename' && org)
            edit = organizationEdit(dataset, { ...org, name: s.name });
          else if (s.kind === 'remove' && org) edit = organizationRemoval(dataset, org.id);
          else if (s.kind === 'removeLink' && dataset.links.length > 0)
            edit = linkRemoval(dataset, dataset.links[s.pick % dataset.links.length]!.key);
          else if (s.kind === 'add')
            edit = organizationEdit(dataset, {
              ...NETWORK.organizations[1]!,
              id: newOrganizationId(dataset),
              name: s.name,
              row: null,
            });
          else if (s.kind === 'link' && orgs.length > 0)
            edit = linkEdit(dataset, {
              ...NETWORK.links[0]!,
              key: newLinkKey(dataset),
              source: orgs[s.from % orgs.length]!.id,
              target: orgs[s.to % orgs.length]!.id,
            });
          if (!edit) continue;
          dataset = applyEdit(dataset, edit);
          done.push(edit);
        }
        for (const edit of done.slice().reverse()) dataset = applyEdit(dataset, invertEdit(edit));
        expect(shape(dataset)).toEqual(shape(NETWORK));
      }),
    );
  });

  it('marks say what the edits did, an organisation added then removed leaving none', () => {
    const b = NETWORK.organizations[1]!;
    const renamed = organizationEdit(NETWORK, { ...b, name: 'Beta 2' });
    const one = applyEdit(NETWORK, renamed);
    const added = organizationEdit(one, { ...b, id: 'x', row: null });
    const two = applyEdit(one, added);
    const removedLink = linkRemoval(two, 'L2')!;
    const three = applyEdit(two, removedLink);
    const gone = organizationRemoval(three, 'x')!;
    const marks = editMarks([renamed, added, removedLink, gone]);
    expect([...marks.organizations]).toEqual([['b', 'edited']]);
    expect([...marks.links]).toEqual([['L2', 'removed']]);
    expect([...editMarks([renamed, added]).organizations]).toEqual([
      ['b', 'edited'],
      ['x', 'added'],
    ]);
  });
});

/**
 * Positions after an edit: every organisation that was there stays where it stood; one added
 * stands near its partners; one with none stands under the drawing; none on top of another.
 */
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  organizationEdit,
  linkEdit,
  organizationRemoval,
} from '../../../src/core/edit/edits';
import { keptPlacement } from '../../../src/core/layout/keptPlacement';
import { importDataset } from '../../../src/core/model/importDataset';
import { csv } from '../../fixtures/import/bytes';

const NETWORK = importDataset([
  csv('organizations.csv', 'id,name\na,A\nb,B\nc,C\n'),
  csv('links.csv', 'source,target\na,b\nb,c\n'),
]);
const POSITIONS = Float32Array.from([0, 0, 100, 0, 200, 100]);

describe('kept placement', () => {
  it('keeps every position, removed ones taken out', () => {
    const removed = applyEdit(NETWORK, organizationRemoval(NETWORK, 'b')!);
    expect([...keptPlacement(NETWORK.organizations, POSITIONS, removed)]).toEqual([0, 0, 200, 100]);
  });

  it('puts one added near its partners, and one alone under the drawing', () => {
    const base = { ...NETWORK.organizations[0]!, row: null };
    let edited = applyEdit(NETWORK, organizationEdit(NETWORK, { ...base, id: 'd' }));
    edited = applyEdit(edited, organizationEdit(edited, { ...base, id: 'e' }));
    edited = applyEdit(
      edited,
      linkEdit(edited, { ...NETWORK.links[0]!, key: 'A1', source: 'd', target: 'c' }),
    );
    edited = applyEdit(
      edited,
      linkEdit(edited, { ...NETWORK.links[0]!, key: 'A2', source: 'd', target: 'b' }),
    );
    const next = keptPlacement(NETWORK.organizations, POSITIONS, edited);
    expect([...next.slice(0, 6)]).toEqual([...POSITIONS]);
    const [dx, dy, ex, ey] = [next[6]!, next[7]!, next[8]!, next[9]!];
    // Near the middle of b (100, 0) and c (200, 100), not on it.
    expect(Math.hypot(dx - 150, dy - 50)).toBeCloseTo(40, 3);
    // e has no partner: under the lowest organisation.
    expect(ey).toBeGreaterThan(100);
    expect(ex).toBeGreaterThanOrEqual(0);
  });
});

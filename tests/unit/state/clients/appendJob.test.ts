/**
 * Add files where no worker runs it: the network goes over in parts, each once the one before is
 * received, and comes back merged, as the core's appendDataset gives it; a cancelled run leaves
 * the network as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendDataset } from '../../../../src/core/model/appendDataset';
import { importDataset, importWithOrigin } from '../../../../src/core/model/importDataset';
import { startAppend } from '../../../../src/state/clients/importClient';

const bytes = (text: string) => new TextEncoder().encode(text);

/** More organisations and links than one message carries, each way. */
function network(size: number) {
  const rows = Array.from({ length: size }, (_, i) => `o${i},Org ${i},cooperative,MX`);
  const links = Array.from({ length: 2 * size }, (_, i) => `o${i % size},o${(i * 7 + 1) % size}`);
  return importDataset(
    [
      { name: 'organizations.csv', bytes: bytes(['id,name,sector,country', ...rows].join('\n')) },
      { name: 'links.csv', bytes: bytes(['source,target', ...links].join('\n')) },
    ],
    { datasetName: 'big' },
  );
}

const added = [
  { name: 'more.csv', bytes: bytes('id,name,city\no1,Other name,Puebla\nnew,New one,\n') },
  { name: 'more-links.csv', bytes: bytes('source,target\nnew,o1\no0,o1\n') },
];

beforeEach(() => {
  vi.stubGlobal('Worker', undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Add files on this thread', () => {
  it('gives what appendDataset gives, the network sent and received in parts', async () => {
    const current = network(12_000);
    const progress: number[] = [];
    const outcome = await startAppend(current, added, { datasetName: 'more' }, (f) =>
      progress.push(f),
    ).result;
    const incoming = importWithOrigin(added, { datasetName: 'more' });
    const expected = appendDataset(current, incoming.dataset, incoming.origin, 'more');
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.dataset.name).toBe('big');
    expect(outcome.dataset.organizations).toEqual(expected.dataset.organizations);
    expect(outcome.dataset.links).toEqual(expected.dataset.links);
    expect(outcome.issues).toEqual(expected.issues);
    expect(outcome.issues.map((i) => i.code)).toEqual([
      'files_appended',
      'conflicting_value',
      'pair_already_linked',
    ]);
    expect(progress.at(-1)).toBe(1);
  });

  it('leaves the network as it was when cancelled', async () => {
    const current = network(12_000);
    const before = structuredClone(current);
    const running = startAppend(current, added, {}, () => undefined);
    running.cancel();
    expect(await running.result).toEqual({ type: 'cancelled' });
    expect(current).toEqual(before);
  });
});

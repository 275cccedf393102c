import { describe, expect, it } from 'vitest';
import {
  NO_KEY,
  orderByLabel,
  orderByText,
  rankValues,
  runToEnd,
  shownRows,
} from '../../../../src/state/selectors/rankings';

const values = Float64Array.from([0.5, Number.NaN, 0.9, 0.5, 0.1, Number.NaN, 0.9]);

describe('rankValues', () => {
  it('ranks the highest 1st, equal values alike, rows without a value unranked', () => {
    const { ranks } = rankValues(values);
    expect([...ranks]).toEqual([3, 0, 1, 3, 5, 0, 1]);
  });

  it('orders ascending, equal values in row order, rows without a value last', () => {
    const { ordering } = rankValues(values);
    expect([...ordering.order]).toEqual([4, 0, 3, 2, 6, 1, 5]);
    expect(ordering.known).toBe(5);
    expect(ordering.key[1]).toBe(NO_KEY);
  });

  it('agrees with a plain sort on many random values', () => {
    const many = Float64Array.from({ length: 5000 }, (_, i) =>
      i % 7 === 0 ? Number.NaN : Math.round(Math.sin(i) * 100) / 10,
    );
    const { ranks, ordering } = rankValues(many);
    const rows = [...many.keys()].filter((r) => !Number.isNaN(many[r]!));
    const plain = [...rows].sort((a, b) => many[a]! - many[b]! || a - b);
    expect([...ordering.order.subarray(0, ordering.known)]).toEqual(plain);
    for (const row of rows.slice(0, 200)) {
      expect(ranks[row]).toBe(rows.filter((r) => many[r]! > many[row]!).length + 1);
    }
  });
});

describe('shownRows', () => {
  const { ordering } = rankValues(values);

  it('walks descending by runs: equal values keep the row order, no value stays last', () => {
    expect([...shownRows(ordering, 7, true, null)]).toEqual([2, 6, 0, 3, 4, 1, 5]);
  });

  it('keeps only the rows asked for, in the order shown', () => {
    expect([...shownRows(ordering, 7, false, (row) => row % 2 === 0)]).toEqual([4, 0, 2, 6]);
    expect([...shownRows(null, 7, false, (row) => row > 4)]).toEqual([5, 6]);
  });
});

describe('orderByLabel and orderByText', () => {
  const collator = new Intl.Collator('es');

  it('orders labels by the collation, no label last, equal labels sharing a key', () => {
    const ordering = orderByLabel(['México', null, 'Argentina', 'méxico', 'Ñandú'], (a, b) =>
      new Intl.Collator('es', { sensitivity: 'base' }).compare(a, b),
    );
    expect([...ordering.order]).toEqual([2, 0, 3, 4, 1]);
    expect(ordering.key[0]).toBe(ordering.key[3]);
  });

  it('sorts names as a collator does, stably, in slices', () => {
    const names = Array.from({ length: 3001 }, (_, i) =>
      ['Ñu', 'nube', 'Álamo', 'alba', 'Zeta', 'zeta'][i % 6]!.concat(String(i % 17)),
    );
    const steps = orderByText(names, collator.compare, 1000);
    let slices = 0;
    let step = steps.next();
    while (!step.done) {
      slices += 1;
      step = steps.next();
    }
    expect(slices).toBeGreaterThan(10);
    const plain = [...names.keys()].sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b);
    expect([...step.value.order]).toEqual(plain);
    expect(runToEnd(orderByText(['b', 'a', 'b'], collator.compare)).key).toEqual(
      Uint32Array.from([1, 0, 1]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  brokerageBySector,
  degreeHistogram,
  degreeHistogramOf,
  ratioMatrix,
  ratioMatrixOf,
  ratioPosition,
} from '../../../../src/state/selectors/mixing';

describe('the sector-mixing ratio matrix', () => {
  it('divides observed by expected cell by cell, null where nothing was expected', () => {
    const mixing = {
      sectors: ['cooperative', 'government', null],
      observed: [
        [2, 1, 0],
        [1, 0, 3],
        [0, 3, 0],
      ],
      expected: [
        [1, 2, 0.5],
        [2, 0, 1.5],
        [0.5, 1.5, 0.25],
      ],
    };
    expect(ratioMatrix(mixing)).toEqual([
      [2, 0.5, 0],
      [0.5, null, 2],
      [0, 2, 0],
    ]);
    expect(ratioMatrixOf(mixing)).toBe(ratioMatrixOf(mixing));
  });

  it('places ratios on a log2 scale centred on 1, clamped to ¼…4', () => {
    expect(ratioPosition(1)).toBe(0);
    expect(ratioPosition(2)).toBe(1);
    expect(ratioPosition(0.5)).toBe(-1);
    expect(ratioPosition(16)).toBe(2);
    expect(ratioPosition(0)).toBe(-2);
  });
});

describe('the brokerage profile of sectors', () => {
  it('sums each role over the organisations of each sector asked for', () => {
    const organizations = [
      { id: 'g1', sector: 'government' },
      { id: 'g2', sector: 'government' },
      { id: 'g3', sector: 'government' }, // no brokerage values: counted, adds nothing
      { id: 'i1', sector: 'international' },
      { id: 'c1', sector: 'cooperative' },
      { id: 'x', sector: null },
    ];
    const brokerage = {
      g1: { coordinator: 1, consultant: 0, representative: 2, liaison: 3 },
      g2: { coordinator: 4, consultant: 1, representative: 0, liaison: 5 },
      i1: { coordinator: 0, consultant: 2, representative: 1, liaison: 7 },
      c1: { coordinator: 9, consultant: 9, representative: 9, liaison: 9 },
    };
    expect(brokerageBySector(organizations, brokerage, ['government', 'international'])).toEqual([
      {
        sector: 'government',
        organizations: 3,
        roles: { coordinator: 5, consultant: 1, representative: 2, liaison: 8 },
      },
      {
        sector: 'international',
        organizations: 1,
        roles: { coordinator: 0, consultant: 2, representative: 1, liaison: 7 },
      },
    ]);
  });

  it('gives zeros for a sector without organisations or before the metrics', () => {
    expect(
      brokerageBySector([{ id: 'a', sector: 'government' }], undefined, ['government']),
    ).toEqual([
      {
        sector: 'government',
        organizations: 1,
        roles: { coordinator: 0, consultant: 0, representative: 0, liaison: 0 },
      },
    ]);
  });
});

describe('the degree histogram', () => {
  it('has one bin per degree while they are few, degree 0 included', () => {
    expect(degreeHistogram([0, 2, 2, 3, null, 2, NaN])).toEqual([
      { from: 0, to: 0, count: 1 },
      { from: 1, to: 1, count: 0 },
      { from: 2, to: 2, count: 3 },
      { from: 3, to: 3, count: 1 },
    ]);
  });

  it('groups degrees in bins of equal whole width beyond maxBins degrees', () => {
    // Degrees 0…9 in at most 4 bins: width ⌈10 / 4⌉ = 3 → 0–2, 3–5, 6–8, 9–11.
    expect(degreeHistogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9], 4)).toEqual([
      { from: 0, to: 2, count: 3 },
      { from: 3, to: 5, count: 3 },
      { from: 6, to: 8, count: 3 },
      { from: 9, to: 11, count: 2 },
    ]);
    expect(degreeHistogram([])).toEqual([]);
  });

  it('bins 50,000 organisations once per metrics record', () => {
    const degree: Record<string, number | null> = {};
    for (let i = 0; i < 50_000; i++) degree[`o${i}`] = i % 100;
    const bins = degreeHistogramOf(degree);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(50_000);
    expect(bins).toHaveLength(25); // width ⌈100 / 30⌉ = 4
    expect(degreeHistogramOf(degree)).toBe(bins);
  });
});

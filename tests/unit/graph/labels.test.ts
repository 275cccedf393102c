/**
 * A projector's names are whole: set on lines broken at spaces, as Cytoscape's `text-wrap: wrap`
 * breaks them, so that the room they are given is the room they take.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapName } from '../../../src/ui/graph/labels';

/** One unit per character: widths are easy to reason about. */
const widthOf = (text: string) => text.length;

describe('wrapName', () => {
  it('breaks at the last space that keeps a line within the width', () => {
    expect(wrapName('Dirección General de Economía Social', 20, widthOf)).toEqual([
      'Dirección General de',
      'Economía Social',
    ]);
    expect(wrapName('Short', 20, widthOf)).toEqual(['Short']);
  });

  it('gives a word longer than a line a line of its own, uncut', () => {
    expect(wrapName('A Supercalifragilistic b', 8, widthOf)).toEqual([
      'A',
      'Supercalifragilistic',
      'b',
    ]);
  });

  it('keeps every word, in order: the lines joined are the name', () => {
    const words = fc.array(fc.stringMatching(/^[a-zé]{1,12}$/), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (list, width) => {
        const name = list.join(' ');
        const lines = wrapName(name, width, widthOf);
        expect(lines.join(' ')).toBe(name);
        // No line is longer than the width unless it is one word.
        for (const line of lines)
          if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(width);
      }),
      { seed: 3 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../src/cli/json';

function written(value: unknown): string {
  const parts: string[] = [];
  writeJson(value, (text) => parts.push(text));
  return parts.join('');
}

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('writes a report-like object piece by piece, a piece per array element', () => {
    const value = { summary: { a: 1 }, links: [{ s: 'a' }, { s: 'b' }], empty: [], none: {} };
    const parts: string[] = [];
    writeJson(value, (text) => parts.push(text));
    expect(parts.join('')).toBe(JSON.stringify(value, null, 2));
    expect(parts.some((p) => p.includes('"a"') && p.includes('"b"'))).toBe(false);
  });

  it('keeps keys named like built-in properties', () => {
    const value = JSON.parse('{"__proto__": "x", "constructor": {"valueOf": [1]}}');
    expect(written(value)).toBe(JSON.stringify(value, null, 2));
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { codeKey } from '../../../src/ui/catalogue';
import { isolate, shorten, SHORT_TEXT, UserText } from '../../../src/ui/UserText';
import { PROTOTYPE_NAMES } from './hostile';

const RTL = 'Cooperativa \u202Eel Sur 42';

describe('text from the data among the app’s words', () => {
  it('is isolated inside a string by FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE', () => {
    expect(isolate(RTL)).toBe(`\u2068${RTL}\u2069`);
    expect(`Highlight “${isolate(RTL)}” (3)`).toMatch(
      /\u2068Cooperativa \u202Eel Sur 42\u2069” \(3\)$/,
    );
  });

  it('is isolated in HTML by a <bdi>, as text, never markup', () => {
    expect(renderToStaticMarkup(createElement(UserText, { text: RTL }))).toBe(
      `<bdi class="user-text">${RTL}</bdi>`,
    );
    expect(
      renderToStaticMarkup(createElement(UserText, { text: '<img src=x onerror=alert(1)>' })),
    ).toBe('<bdi class="user-text">&lt;img src=x onerror=alert(1)&gt;</bdi>');
  });

  it('is shortened where room is scarce, whole in the title', () => {
    const long = 'Longname'.repeat(1250);
    const html = renderToStaticMarkup(createElement(UserText, { text: long, short: true }));
    expect(html).toBe(
      `<bdi class="user-text short" title="${long}">${long.slice(0, SHORT_TEXT - 1)}…</bdi>`,
    );
  });

  it('is shortened by characters as a reader counts them', () => {
    expect(shorten('short')).toBe('short');
    expect(shorten('x'.repeat(SHORT_TEXT))).toBe('x'.repeat(SHORT_TEXT));
    expect(shorten('abcdef', 4)).toBe('abc…');
    // An emoji (two code units) and a flag (four) are never cut in two.
    expect(shorten('🌍🌍🌍🌍🌍', 3)).toBe('🌍🌍…');
    expect(shorten('🇲🇽🇲🇽🇲🇽', 2)).toBe('🇲🇽…');
    expect(shorten('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
  });
});

describe('codes named from the catalogue', () => {
  it('are the app’s own codes only', () => {
    expect(codeKey('sector', 'union')).toBe('sector.union');
    expect(codeKey('linkType', 'membership')).toBe('linkType.membership');
    expect(codeKey('worldRegion', 'oceania')).toBe('worldRegion.oceania');
    expect(codeKey('scope', 'unknown')).toBe('scope.unknown');
    for (const value of [...PROTOTYPE_NAMES, 'union.x', 'translation:sector.union', '']) {
      expect(codeKey('sector', value)).toBeNull();
      expect(codeKey('linkType', value)).toBeNull();
    }
  });
});

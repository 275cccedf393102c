/**
 * Codes of the app's own vocabularies (sectors, scopes, world regions, alliance types, themes) are named
 * from the catalogue; any other value is the data's own and is shown as written. The value is
 * checked against the closed list before it becomes part of a catalogue key, so text from a file
 * is never parsed as a key (i18next reads `.` and `:` in keys as separators).
 */
import { LINK_TYPES, SCOPES, SECTORS, THEMES, WORLD_REGIONS } from '../core/model/types';

export type CodeKind = 'sector' | 'scope' | 'worldRegion' | 'linkType' | 'theme';

const CODES: ReadonlyMap<CodeKind, ReadonlySet<string>> = new Map<CodeKind, ReadonlySet<string>>([
  ['sector', new Set(SECTORS)],
  ['scope', new Set([...SCOPES, 'unknown'])],
  ['worldRegion', new Set(WORLD_REGIONS)],
  ['linkType', new Set(LINK_TYPES)],
  ['theme', new Set(THEMES)],
]);

/** `sector.union` for a known code; null for a value of the data's own. */
export function codeKey(kind: CodeKind, value: string): string | null {
  return CODES.get(kind)?.has(value) ? `${kind}.${value}` : null;
}

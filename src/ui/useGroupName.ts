import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ColourEncoding } from '../core/looks/encodings';
import { countryName } from '../state/selectors/names';
import { useLanguage, type Language } from '../i18n';
import { codeKey, type CodeKind } from './catalogue';

export type GroupName = (
  encoding:
    ColourEncoding | 'linkType' | 'sectors' | 'countries' | 'worldRegions' | 'themes' | 'linkTypes',
  value: string,
) => string;

/** The name shown for a group of an encoding or a filter ('' = none given). */
export function useGroupName(): GroupName {
  const { t } = useTranslation();
  return groupNamer(t, useLanguage());
}

/** The same outside a component (a picture of the view). */
export function groupNamer(t: TFunction, language: Language): GroupName {
  return (encoding, value) => {
    if (value === '') return t('explore.none');
    // The app's codes are named in the reader's language; the data's own values as written.
    const code = (kind: CodeKind) => {
      const key = codeKey(kind, value);
      return key === null ? value : t(key);
    };
    switch (encoding) {
      case 'sector':
      case 'sectors':
        return code('sector');
      case 'scope':
        return code('scope');
      case 'worldRegion':
      case 'worldRegions':
        return code('worldRegion');
      case 'linkType':
      case 'linkTypes':
        return code('linkType');
      case 'country':
      case 'countries':
        return countryName(value, language);
      case 'community':
        // Numbered from 1 on screen; `analyze --json` numbers them from 0.
        return t('keys.community', { value: Number(value) + 1 });
      case 'theme':
      case 'themes':
        return code('theme');
    }
  };
}

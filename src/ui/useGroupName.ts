import { useTranslation } from 'react-i18next';
import type { ColourEncoding } from '../state/exploreSlice';
import { countryName } from '../state/names';
import type { Language } from '../state/viewSlice';

/** The name shown for a group of an encoding or a filter ('' = none given). */
export function useGroupName(): (
  encoding:
    ColourEncoding | 'linkType' | 'sectors' | 'countries' | 'worldRegions' | 'themes' | 'linkTypes',
  value: string,
) => string {
  const { t, i18n } = useTranslation();
  return (encoding, value) => {
    if (value === '') return t('explore.none');
    const known = (key: string) => (i18n.exists(key) ? t(key) : value);
    switch (encoding) {
      case 'sector':
      case 'sectors':
        return known(`sector.${value}`);
      case 'scope':
        return known(`scope.${value}`);
      case 'worldRegion':
      case 'worldRegions':
        return known(`worldRegion.${value}`);
      case 'linkType':
      case 'linkTypes':
        return known(`linkType.${value}`);
      case 'country':
      case 'countries':
        return countryName(value, i18n.language as Language);
      case 'community':
        // Numbered from 1 on screen; `analyze --json` numbers them from 0.
        return t('keys.community', { value: Number(value) + 1 });
      case 'theme':
      case 'themes':
        return value.replace(/_/g, ' ');
    }
  };
}

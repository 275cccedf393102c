import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../state/useAtlas';
import { isTyping } from './keys';
import { OrganizationPicker } from './OrganizationPicker';

/**
 * The header's search: the organisation chosen is selected, centred and highlighted. `/`
 * anywhere but in a field puts the cursor in it, as on most sites with a search.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const selected = useAtlas((s) => s.selectedOrganization);
  useEffect(() => {
    const press = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
      if (!input || atlasState().editing !== null) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    window.addEventListener('keydown', press);
    return () => window.removeEventListener('keydown', press);
  }, []);
  return (
    <OrganizationPicker
      testId="search-input"
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      chosen={selected}
      onChoose={(hit) => atlasState().selectOrganization(hit.id)}
    />
  );
}

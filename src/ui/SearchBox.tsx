import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../state/useAtlas';
import { OrganizationPicker } from './OrganizationPicker';

/** The header's search: the organisation chosen is selected, centred and highlighted. */
export function SearchBox() {
  const { t } = useTranslation();
  const selected = useAtlas((s) => s.selectedOrganization);
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

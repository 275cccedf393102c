import { useTranslation } from 'react-i18next';
import { atlasState } from '../state/useAtlas';
import { OrganizationPicker } from './OrganizationPicker';

/** The header's search: the organisation chosen is selected, centred and highlighted. */
export function SearchBox() {
  const { t } = useTranslation();
  return (
    <OrganizationPicker
      testId="search-input"
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      onChoose={(hit) => atlasState().selectOrganization(hit.id)}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { useAtlas } from '../state/useAtlas';
import { useLanguage, type Language } from '../i18n';
import { AreaSwitch } from './AreaSwitch';
import { NAMED_DATASETS } from './datasetName';
import { WorkspaceMenu } from './WorkspaceMenu';
import { ExportMenu } from './ExportMenu';
import { ImportControl } from './ImportControl';
import { SearchBox } from './SearchBox';
import { UserText } from './UserText';

/** The order of the menu (the app's first readers write Spanish). */
const MENU: Language[] = ['es', 'en', 'fr'];

export function Header() {
  const { t, i18n } = useTranslation();
  const datasetName = useAtlas((s) => s.datasetName);
  const language = useLanguage();

  function choose(next: Language) {
    void i18n.changeLanguage(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  }

  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.name')}</h1>
        <span className="dataset-name" data-testid="dataset-name">
          {datasetName === null ? (
            t('dataset.loading')
          ) : NAMED_DATASETS.has(datasetName) ? (
            t(datasetName)
          ) : (
            <UserText text={datasetName} short />
          )}
        </span>
      </div>
      <AreaSwitch />
      <SearchBox />
      <ImportControl />
      <ExportMenu />
      <WorkspaceMenu />
      <label className="language">
        <span className="visually-hidden">{t('language.label')}</span>
        <select
          data-testid="language-select"
          value={language}
          onChange={(event) => choose(event.target.value as Language)}
        >
          {MENU.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}

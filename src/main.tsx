import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initialLanguage, setupI18n } from './i18n';
import { registerAppUpdates } from './state/clients/appUpdates';
import { keepTheViewInTheUrlOf } from './state/store';
import { atlasState, initAtlasStore } from './state/useAtlas';
import { App } from './ui/App';
import './ui/styles.css';

const language = initialLanguage(window.location.search, navigator.languages ?? []);
const i18n = setupI18n(language);
keepTheViewInTheUrlOf(initAtlasStore(), window);
// Offline after the first load; a new version is announced, never applied on its own.
registerAppUpdates({
  offlineReady: () => atlasState().announceOfflineReady(),
  updateReady: () => atlasState().announceUpdate(),
});

const root = document.getElementById('root');
if (!root) throw new Error('main: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);

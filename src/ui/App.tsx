import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../state/useAtlas';
import { LARGE_NETWORK } from './graph/elements';
import { GraphView } from './graph/GraphView';
import { ColumnMapping } from './ColumnMapping';
import { Header } from './Header';
import { ImportMessages } from './ImportMessages';
import { LinksOnlyConfirm } from './LinksOnlyConfirm';
import { Legend } from './Legend';
import { DetailsPanel } from './DetailsPanel';
import { StatusBar } from './StatusBar';
import { AnalysisStatus } from './AnalysisStatus';
import { ScopeSwitch } from './ScopeSwitch';
import { shownSet } from '../state/selectors/explore';
import { ExploreToolbar } from './ExploreToolbar';
import { Notices } from './Notices';
import { OfflineReady } from './AppUpdate';
import { RestoreChoice } from './RestoreChoice';
import { nextName } from '../core/workspace/workspace';
import { AnalyseArea } from './analyse/AnalyseArea';
import { THEMES } from '../core/looks/themes';
import { EditDialog } from './edit/EditDialog';
import { useUndoKeys } from './edit/EditBar';
import { PresentArea } from './present/PresentArea';
import { PresentMode } from './present/PresentMode';

export function App() {
  const { t } = useTranslation();
  const dataset = useAtlas((s) => s.dataset);
  const large = (dataset?.organizations.length ?? 0) > LARGE_NETWORK;
  const visible = useAtlas(shownSet);
  const area = useAtlas((s) => s.area);
  const presenting = useAtlas((s) => s.presenting);
  const theme = useAtlas((s) => s.theme);
  useUndoKeys();

  useEffect(() => {
    void atlasState().openWorkspaces(nextName(t('workspace.base'), []));
    // Once, on opening: the first workspace's name is in the language the page opened in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      className={presenting ? 'app presenting' : 'app'}
      data-testid={presenting ? 'present-mode' : undefined}
    >
      <Header />
      <ImportMessages />
      <ColumnMapping />
      <LinksOnlyConfirm />
      <RestoreChoice />
      <main className="explore" aria-label={t('graph.label')}>
        {dataset && <ExploreToolbar />}
        <Notices />
        <div className="workspace" data-area={area}>
          {/* The theme's own background behind the network (black for a projector). */}
          <div className="graph-area" style={{ background: THEMES[theme].background }}>
            <GraphView key={large ? 'large' : 'small'} large={large} />
            {dataset && <ScopeSwitch />}
            {dataset && <Legend dataset={dataset} />}
            <DetailsPanel />
            {presenting && <PresentMode />}
          </div>
          {dataset && area === 'analyse' && <AnalyseArea />}
          {dataset && area === 'present' && !presenting && <PresentArea />}
        </div>
      </main>
      <EditDialog />
      {dataset && (
        <footer className="app-footer">
          <StatusBar
            visibleOrganizations={visible?.organizations.size ?? dataset.organizations.length}
            totalOrganizations={dataset.organizations.length}
            visibleLinks={visible?.links.size ?? dataset.links.length}
            totalLinks={dataset.links.length}
          />
          <OfflineReady />
          <AnalysisStatus />
        </footer>
      )}
    </div>
  );
}

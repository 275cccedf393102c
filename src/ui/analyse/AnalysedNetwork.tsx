import { useTranslation } from 'react-i18next';
import { filterArguments } from '../../core/explore/filterArguments';
import { useLanguage } from '../../i18n';
import { isNarrowed } from '../../state/selectors/explore';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { formatCount } from './format';

/**
 * What the Analyse area measures: the whole network, or the part the Explore layer and filters
 * keep (then with the way back to the whole, and the command line that gives the same figures).
 */
export function AnalysedNetwork() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dataset = useAtlas((s) => s.dataset);
  const analysed = useAtlas((s) => s.analysedDataset);
  const narrowed = useAtlas(isNarrowed);
  const layer = useAtlas((s) => s.scopeLayer);
  const filters = useAtlas((s) => s.filters);
  const recomputing = useAtlas(
    (s) => s.analysisTarget !== null && s.analysisTarget !== s.analysedDataset,
  );
  if (!dataset || !analysed) return null;
  const pending = recomputing && (
    <p className="recomputing" role="status">
      {t('analyse.recomputing')}
    </p>
  );
  const count = (n: number) => formatCount(n, language);
  if (!narrowed || analysed === dataset) {
    return (
      <div className="analysed-network" data-testid="analysed-network">
        <p>
          {t('analyse.whole', {
            organizations: count(dataset.organizations.length),
            links: count(dataset.links.length),
          })}
        </p>
        {pending}
      </div>
    );
  }
  const options = filterArguments(layer, filters).join(' ');
  return (
    <div className="analysed-network narrowed" data-testid="analysed-network">
      <p>
        {t('analyse.narrowed', {
          organizations: count(analysed.organizations.length),
          allOrganizations: count(dataset.organizations.length),
          links: count(analysed.links.length),
          allLinks: count(dataset.links.length),
        })}{' '}
        <button type="button" onClick={() => atlasState().clearFilters()}>
          {t('analyse.wholeButton')}
        </button>
      </p>
      {pending}
      <p className="same-as">
        {t('analyse.sameAs')} <code dir="ltr">npm run --silent atlas -- analyze … {options}</code>
      </p>
    </div>
  );
}

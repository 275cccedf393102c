import { useTranslation } from 'react-i18next';
import { currentIntroductions, organizationIndex } from '../state/selectors/explore';
import { atlasState, useAtlas } from '../state/useAtlas';
import { OrganizationPicker } from './OrganizationPicker';
import { UserText } from './UserText';

/**
 * "Who can introduce whom": pick another organisation; every shortest chain of alliances from the
 * selected one is listed (names in order) and stands out in the graph.
 */
export function Introductions({ from }: { from: string }) {
  const { t } = useTranslation();
  const dataset = useAtlas((s) => s.dataset);
  const target = useAtlas((s) => s.pathTarget);
  const found = useAtlas(currentIntroductions);
  // Names looked up by the dataset's index (a map of 50,000 names is not built at each edit).
  const index = dataset ? organizationIndex(dataset) : null;
  const names = {
    get: (id: string) => (index ? dataset?.organizations[index.get(id) ?? -1]?.name : undefined),
  };

  return (
    <section className="introductions" data-testid="path-panel" aria-labelledby="path-title">
      <h3 id="path-title">{t('path.title')}</h3>
      <OrganizationPicker
        key={from}
        testId="path-target"
        label={t('path.label')}
        placeholder={t('path.placeholder')}
        exclude={from}
        chosen={target}
        onChoose={(hit) => atlasState().setPathTarget(hit.id)}
      />
      {target !== null && found && (
        <div data-testid="path-result" aria-live="polite">
          {found.distance === null ? (
            <p>{t('path.none')}</p>
          ) : (
            <>
              <p>{t('path.found', { count: found.total, steps: found.distance })}</p>
              <ol className="chains">
                {found.chains.map((chain) => (
                  // Ids may hold any character: the key is the chain written unambiguously.
                  <li key={JSON.stringify(chain)} data-testid="path-chain">
                    {chain.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ' → '}
                        {i > 0 && i < chain.length - 1 ? (
                          <strong>
                            <UserText text={names.get(id) ?? id} short />
                          </strong>
                        ) : (
                          <UserText text={names.get(id) ?? id} short />
                        )}
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
              {found.total > found.chains.length && (
                <p>{t('path.more', { count: found.total - found.chains.length })}</p>
              )}
            </>
          )}
          <button type="button" className="link" onClick={() => atlasState().setPathTarget(null)}>
            {t('path.clear')}
          </button>
        </div>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../state/useAtlas';

const STEPS = [0, 1, 2] as const;

/** Whole network, or only the selected organisation's partners (1 step) or theirs (2 steps). */
export function EgoSwitch() {
  const { t } = useTranslation();
  const steps = useAtlas((s) => s.egoSteps);
  const names = { 0: t('ego.whole'), 1: t('ego.one'), 2: t('ego.two') };
  return (
    <fieldset className="ego-switch" data-testid="ego-steps">
      <legend>{t('ego.label')}</legend>
      {STEPS.map((n) => (
        <label key={n}>
          <input
            type="radio"
            name="ego-steps"
            value={n}
            checked={steps === n}
            onChange={() => atlasState().setEgoSteps(n)}
          />
          {names[n]}
        </label>
      ))}
    </fieldset>
  );
}

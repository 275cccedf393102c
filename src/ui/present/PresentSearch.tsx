/**
 * The projector's search, opened by `/`: an organisation found by its name, acronym or other
 * names is put in the spotlight (it and its partners stand out and are framed). Escape or leaving
 * the field closes it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { atlasState, useAtlas } from '../../state/useAtlas';
import { OrganizationPicker } from '../OrganizationPicker';

export function PresentSearch({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const spotlight = useAtlas((s) => s.spotlight);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('input')?.focus();
  }, []);
  return (
    <div
      ref={box}
      className="present-search"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The search closes; the spotlight and the presentation stay.
        event.stopPropagation();
        onClose();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      <OrganizationPicker
        testId="present-search"
        label={t('present.search')}
        placeholder={t('search.placeholder')}
        chosen={spotlight}
        onChoose={(hit) => {
          atlasState().spotlightOrganization(hit.id);
          onClose();
        }}
      />
    </div>
  );
}

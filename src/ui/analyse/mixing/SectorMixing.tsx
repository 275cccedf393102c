import { lazy, Suspense } from 'react';

/** The charts and their library (Observable Plot) load when the section is first opened. */
const MixingSection = lazy(() => import('./MixingSection'));

export function SectorMixing() {
  return (
    <Suspense fallback={null}>
      <MixingSection />
    </Suspense>
  );
}

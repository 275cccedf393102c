import { lazy, Suspense } from 'react';

/** The report draws the sector-mixing heatmap: it loads with the charts' library. */
const GapReport = lazy(() => import('./GapReport'));

export function Report() {
  return (
    <Suspense fallback={null}>
      <GapReport />
    </Suspense>
  );
}

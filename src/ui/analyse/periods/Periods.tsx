import { lazy, Suspense } from 'react';

/** The chart library (Observable Plot) loads when the section is first opened, as for mixing. */
const PeriodComparison = lazy(() => import('./PeriodComparison'));

export function Periods() {
  return (
    <Suspense fallback={null}>
      <PeriodComparison />
    </Suspense>
  );
}

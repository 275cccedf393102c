/** worker_threads entry: one range of the shared path sweep, on the CSR arrays it is sent. */
import { parentPort } from 'node:worker_threads';
import { sweepSources } from '../core/metrics/paths';
import type { SweepJob } from './sweepPool';

parentPort?.on('message', (job: SweepJob) => {
  const partials = sweepSources(job.csr, job.from, job.to, { weighted: job.weighted });
  const buffers = Object.values(partials).map(
    (array) => (array as Float64Array).buffer as ArrayBuffer,
  );
  parentPort?.postMessage(partials, buffers);
});

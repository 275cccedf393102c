/** The metric registry, for the app's labels and tooltips (the UI reads core through state). */
export { METRICS, type MetricDescriptor } from '../core/metrics/registry';

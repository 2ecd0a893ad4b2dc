import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The app's own metrics registry, with Node's default process metrics. Each app (and each test) has its
 * own, so nothing leaks through prom-client's global registry.
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

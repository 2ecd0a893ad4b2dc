import { Registry } from 'prom-client';
import { createProcessingMetrics } from './processing-metrics';

async function exposition(registry: Registry): Promise<string> {
  return registry.metrics();
}

describe('createProcessingMetrics', () => {
  it('when nothing was processed yet, then every counter series is exposed at 0', async () => {
    const registry = new Registry();
    createProcessingMetrics(registry);

    const text = await exposition(registry);
    for (const type of ['total', 'success', 'fail']) {
      expect(text).toContain(`ptpu_statusChangeCounter_total{type="${type}"} 0`);
      expect(text).toContain(`ptpu_movement_total{type="${type}"} 0`);
    }
  });

  it('when a status change succeeds, then total and success count and both histograms observe it', async () => {
    const registry = new Registry();
    const metrics = createProcessingMetrics(registry);

    metrics.record({ statusChange: 'success', successAfterRetries: 12, successAfterTimeDays: 2 });

    const text = await exposition(registry);
    expect(text).toContain('ptpu_statusChangeCounter_total{type="total"} 1');
    expect(text).toContain('ptpu_statusChangeCounter_total{type="success"} 1');
    expect(text).toContain('ptpu_statusChangeCounter_total{type="fail"} 0');
    expect(text).toContain('ptpu_statusChange_retries_bucket{le="11",eventType="successAfterRetries"} 0');
    expect(text).toContain('ptpu_statusChange_retries_bucket{le="12",eventType="successAfterRetries"} 1');
    expect(text).toContain('ptpu_statusChange_retries_sum{eventType="successAfterRetries"} 12');
    expect(text).toContain('ptpu_statusChange_bucket{le="1",eventType="successAfterTimeDays"} 0');
    expect(text).toContain('ptpu_statusChange_bucket{le="2",eventType="successAfterTimeDays"} 1');
    expect(text).toContain('ptpu_statusChange_count{eventType="successAfterTimeDays"} 1');
  });

  it('when a status change fails in its last day, then total and fail count and no histogram observes it', async () => {
    const registry = new Registry();
    const metrics = createProcessingMetrics(registry);

    metrics.record({ statusChange: 'fail' });

    const text = await exposition(registry);
    expect(text).toContain('ptpu_statusChangeCounter_total{type="total"} 1');
    expect(text).toContain('ptpu_statusChangeCounter_total{type="fail"} 1');
    expect(text).toContain('ptpu_statusChange_retries_count{eventType="successAfterRetries"} 0');
  });

  it('uses the original bucket bounds, up to 46 retries and 16 days', async () => {
    const registry = new Registry();
    createProcessingMetrics(registry).record({ successAfterRetries: 100, successAfterTimeDays: 30 });

    const text = await exposition(registry);
    expect(text).toContain('ptpu_statusChange_retries_bucket{le="46",eventType="successAfterRetries"} 0');
    expect(text).toContain('ptpu_statusChange_retries_bucket{le="+Inf",eventType="successAfterRetries"} 1');
    expect(text).toContain('ptpu_statusChange_bucket{le="16",eventType="successAfterTimeDays"} 0');
    expect(text).not.toContain('ptpu_statusChange_bucket{le="15"');
  });

  it('counts a movement in total and by its result', async () => {
    const registry = new Registry();
    const metrics = createProcessingMetrics(registry);

    metrics.record({ movement: 'fail' });
    metrics.record({ movement: 'success' });

    const text = await exposition(registry);
    expect(text).toContain('ptpu_movement_total{type="total"} 2');
    expect(text).toContain('ptpu_movement_total{type="fail"} 1');
    expect(text).toContain('ptpu_movement_total{type="success"} 1');
  });
});

import { MESSAGE_STATUSES, TELEMETRY_EVENTS, VALIDATION_REJECTIONS } from '@ptpu/domain';
import { AWAITED_METRICS, CLOUDWATCH_METRICS, metricNamesDefinedInCode } from '../src/metrics/metric-names';
import { alertRules } from '../src/metrics/monitoring-files';
import { readText } from '../src/files/workspace-files';

/** The README's run book must keep up with what the code emits. */
const runbook = readText('README.md');
const mentioned = (names: readonly string[]) => names.filter((name) => !runbook.includes(`\`${name}\``));

describe('run book', () => {
  it('when the alerts are listed, then each has a section under its own name', () => {
    const headings = [...runbook.matchAll(/^#{2,4} (\S+)$/gm)].map((match) => match[1]);

    expect(
      alertRules()
        .map((rule) => rule.name)
        .filter((name) => !headings.includes(name)),
    ).toEqual([]);
  });

  it('when the telemetry events are listed, then every event the service emits is explained', () => {
    expect(mentioned(Object.values(TELEMETRY_EVENTS))).toEqual([]);
  });

  it('when the statuses are listed, then every row status and validator reason is explained', () => {
    expect(mentioned([...MESSAGE_STATUSES, ...Object.keys(VALIDATION_REJECTIONS)])).toEqual([]);
  });

  it('when the metrics are listed, then every metric the apps export or the alerts use is explained', () => {
    expect(mentioned([...metricNamesDefinedInCode(), ...AWAITED_METRICS, ...CLOUDWATCH_METRICS])).toEqual([]);
  });

  it('when the operator endpoints are listed, then redrive, purge and reprocessing are all there', () => {
    for (const endpoint of [
      '/queue-admin/get-dlq-messages/',
      '/queue-admin/retry-dlq/',
      '/queue-admin/purge-queue/',
      '/queue-admin/retry-all-dlqs',
      '/admin/retry-tier/',
      '/admin/reprocess-booking/',
    ]) {
      expect(runbook).toContain(endpoint);
    }
  });
});

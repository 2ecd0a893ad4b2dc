import { MESSAGE_STATUSES, VALIDATION_REJECTIONS } from '@ptpu/domain';
import { RUNBOOK_DOC, headingsOf } from '../src/docs/markdown';
import { readText } from '../src/files/workspace-files';
import { alertRules } from '../src/metrics/monitoring-files';

/** The run book must keep up with the alerts, the statuses and the operator endpoints. */
const runbook = readText(RUNBOOK_DOC);
const unexplained = (names: readonly string[]) => names.filter((name) => !runbook.includes(`\`${name}\``));

describe('run book (docs/runbook.md)', () => {
  it('when the alerts are listed, then each has a section under its own name', () => {
    const headings = headingsOf(runbook).map((heading) => heading.text);

    expect(
      alertRules()
        .map((rule) => rule.name)
        .filter((name) => !headings.includes(name)),
    ).toEqual([]);
  });

  it('when the statuses are listed, then every row status and validator reason is explained', () => {
    expect(unexplained([...MESSAGE_STATUSES, ...Object.keys(VALIDATION_REJECTIONS)])).toEqual([]);
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

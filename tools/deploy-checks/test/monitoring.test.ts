import { expandedDefine, expandedTemplate } from '../src/charts/chart-files';
import { MONITORING_CHART } from '../src/charts/chart-layout';
import {
  AWAITED_METRICS,
  CLOUDWATCH_METRICS,
  KUBE_STATE_METRICS,
  isKnownSeries,
  metricNamesDefinedInCode,
  metricNamesIn,
} from '../src/metrics/metric-names';
import { alertRules, dashboardPanels } from '../src/metrics/monitoring-files';
import { RUNBOOK_DOC, RUNBOOK_URL, headingsOf } from '../src/docs/markdown';
import { readText } from '../src/files/workspace-files';

/** The alerts the service must have, by name: each has its section in docs/runbook.md. */
const REQUIRED_ALERTS = [
  'PrisonToProbationDeadLetterQueueMessages',
  'PrisonToProbationParkedMessages',
  'PrisonToProbationDynamoDbThrottling',
  'PrisonToProbationNoSuccessfulProcessing',
  'PrisonToProbationRetryBacklogGrowing',
  'PrisonToProbationOldestMessageAge',
  'PrisonToProbationNoRunningValidator',
  'PrisonToProbationPodCrashLooping',
  'PrisonToProbationOwedWorkExpired',
  'PrisonToProbationUpstreamFailing',
];

const defined = metricNamesDefinedInCode();
const usable = new Set([...defined, ...CLOUDWATCH_METRICS, ...KUBE_STATE_METRICS, ...AWAITED_METRICS]);
const unknownSeries = (expressions: string[]) =>
  [...new Set(expressions.flatMap(metricNamesIn))].filter((series) => !isKnownSeries(series, usable));

describe('alerts', () => {
  it('when the PrometheusRule is read, then it has the required alerts, each routed and with its runbook section', () => {
    const rules = alertRules();

    expect(rules.map((rule) => rule.name)).toEqual(REQUIRED_ALERTS);
    for (const rule of rules) {
      expect(rule.text).toContain('severity: {{ .Values.alerts.severity }}');
      expect(rule.text).toContain(`runbook_url: {{ include "ptpu-monitoring.runbook" "${rule.name}" }}`);
      expect(rule.expr).toContain('{{ $hours }}');
    }
  });

  it('when an alert links its runbook, then the link is an anchor of a heading in docs/runbook.md', () => {
    const anchors = new Set(headingsOf(readText(RUNBOOK_DOC)).map((heading) => heading.anchor));

    expect(expandedDefine(MONITORING_CHART, 'ptpu-monitoring.runbook').trim()).toBe(
      `${RUNBOOK_URL}#{{ . | lower }}`,
    );
    expect(
      alertRules()
        .map((rule) => rule.name.toLowerCase())
        .filter((anchor) => !anchors.has(anchor)),
    ).toEqual([]);
  });

  it('when the alert expressions are read, then every series they select is exported by an app or by CloudWatch', () => {
    expect(unknownSeries(alertRules().map((rule) => rule.expr))).toEqual([]);
  });

  it('when the app and cluster metrics are selected, then they are filtered to the release namespace', () => {
    for (const rule of alertRules().filter((r) => /(ptpu|kube)_/.test(r.expr))) {
      // A selector's braces may hold template actions: {{ $ns }}.
      const selectors = rule.expr.match(/(?:ptpu|kube)_\w+\{(?:[^{}]|\{\{[^}]*\}\})*\}/g) ?? [];
      expect(selectors.length).toBeGreaterThan(0);
      for (const selector of selectors) expect(selector).toContain('namespace="{{ $ns }}"');
    }
  });

  it('when the upstream alert is read, then each outcome it counts as a failure is one the clients record', () => {
    const rule = alertRules().find((r) => r.name === 'PrisonToProbationUpstreamFailing');
    const outcomes = rule?.expr.match(/outcome=~"([^"]+)"/)?.[1].split('|') ?? [];
    const recorded = readText('libs/clients/src/http/upstream-fetch.ts');

    expect(outcomes).toEqual(['server_error', 'timeout', 'network_error']);
    expect(outcomes.filter((outcome) => !recorded.includes(`'${outcome}'`))).toEqual([]);
  });

  it('when the rule template is expanded, then its helpers exist', () => {
    expect(() => expandedTemplate(MONITORING_CHART, 'prometheus-rule.yaml')).not.toThrow();
  });
});

describe('Grafana dashboard', () => {
  const panels = dashboardPanels();
  const expressions = panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));

  it("when its panels are read, then the original dashboard's processing counts and heatmaps are all there", () => {
    for (const type of ['total', 'success', 'fail']) {
      expect(expressions).toContainEqual(
        expect.stringContaining(`ptpu_statusChangeCounter_total{type="${type}"`),
      );
      expect(expressions).toContainEqual(expect.stringContaining(`ptpu_movement_total{type="${type}"`));
    }
    expect(
      panels.filter((panel) => panel.type === 'heatmap').flatMap((p) => p.targets?.map((t) => t.expr)),
    ).toEqual([
      expect.stringContaining('ptpu_statusChange_bucket{eventType="successAfterTimeDays"'),
      expect.stringContaining('ptpu_statusChange_retries_bucket{eventType="successAfterRetries"'),
    ]);
  });

  it('when its panels are read, then there is a backlog by status', () => {
    const backlog = panels.find((panel) => panel.title === 'Backlog by status');

    expect(backlog?.targets?.[0].expr).toMatch(/^sum by \(status\)/);
  });

  it('when its panels are read, then upstream calls by outcome, their 95th percentile and lease events are there', () => {
    expect(expressions).toContainEqual(
      expect.stringMatching(
        /^sum by \(upstream, outcome\) \(rate\(ptpu_upstream_call_duration_seconds_count\{/,
      ),
    );
    expect(expressions).toContainEqual(
      expect.stringMatching(
        /^histogram_quantile\(0\.95, sum by \(le, upstream\) \(rate\(ptpu_upstream_call_duration_seconds_bucket\{/,
      ),
    );
    expect(expressions).toContainEqual(
      expect.stringMatching(/^sum by \(event, lock\) \(rate\(ptpu_lease_events_total\{/),
    );
  });

  it('when its queries are read, then each selects known series in the chosen namespace, and panel ids are unique', () => {
    expect(unknownSeries(expressions)).toEqual([]);
    for (const selector of expressions.flatMap((expr) => expr.match(/\w+\{[^}]*\}/g) ?? [])) {
      expect(selector).toContain('namespace="$namespace"');
    }
    expect(new Set(panels.map((panel) => panel.id)).size).toBe(panels.length);
  });

  it('when the ConfigMap template is read, then Grafana picks the dashboard file up', () => {
    const configMap = readText('helm_deploy/ptpu-monitoring/templates/grafana-dashboard.yaml');

    expect(configMap).toContain('grafana_dashboard: ""');
    expect(configMap).toContain('.Files.Get "dashboards/prison-to-probation-update.json"');
  });
});

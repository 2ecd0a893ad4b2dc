import { readJson, readText } from '../files/workspace-files';
import { MONITORING_CHART, chartDir } from '../charts/chart-layout';

const PROMETHEUS_RULE_FILE = `${chartDir(MONITORING_CHART)}/templates/prometheus-rule.yaml`;
const DASHBOARD_FILE = `${chartDir(MONITORING_CHART)}/dashboards/prison-to-probation-update.json`;

export interface AlertRule {
  name: string;
  /** The rule's text, from `- alert:` to the next rule. */
  text: string;
  expr: string;
}

/** The alerting rules of the PrometheusRule template, read from its text. */
export function alertRules(): AlertRule[] {
  const template = readText(PROMETHEUS_RULE_FILE);
  return template
    .split(/^\s*- alert: /m)
    .slice(1)
    .map((chunk) => {
      const name = chunk.split(/\s/, 1)[0];
      const expr = /expr: >-\n([\s\S]*?)\n\s*(for|labels):/.exec(chunk)?.[1] ?? '';
      return { name, text: chunk, expr };
    });
}

export interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  targets?: { expr: string }[];
}

export function dashboardPanels(): DashboardPanel[] {
  return (readJson(DASHBOARD_FILE) as { panels: DashboardPanel[] }).panels;
}

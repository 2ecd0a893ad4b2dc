import { APPS, type AppName } from '../contract/app-environment';

/**
 * Where the Helm charts live and how their values files layer (helm_deploy/README.md). One chart per app, a
 * library chart they share, and a monitoring chart for the service-wide alerts and dashboard.
 */
export const HELM_DIR = 'helm_deploy';

export const ENVIRONMENTS = ['dev', 'preprod', 'prod'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const COMMON_CHART = 'ptpu-common';
export const MONITORING_CHART = 'ptpu-monitoring';

export function appChart(app: AppName): string {
  return `ptpu-${app}`;
}

export const APP_CHARTS = APPS.map(appChart);

/** Charts that are installed (the library chart only lends its templates). */
export const DEPLOYABLE_CHARTS = [...APP_CHARTS, MONITORING_CHART];

export function chartDir(chart: string): string {
  return `${HELM_DIR}/${chart}`;
}

/**
 * The values files of one deployment, in the order `helm upgrade -f ... -f ...` merges them: the chart's
 * defaults, then (app charts only) the environment's shared settings, then the chart's settings for that
 * environment.
 */
export function valuesFilesFor(chart: string, environment: Environment): string[] {
  const shared = APP_CHARTS.includes(chart) ? [`${HELM_DIR}/values-${environment}.yaml`] : [];
  return [`${chartDir(chart)}/values.yaml`, ...shared, `${chartDir(chart)}/values-${environment}.yaml`];
}

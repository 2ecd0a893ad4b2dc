import { APPS } from '../contract/app-environment';
import { appValuesSchema } from './app-values.schema';
import { MONITORING_CHART, appChart, chartDir } from './chart-layout';
import type { JsonSchema } from './json-schema-builders';
import { monitoringValuesSchema } from './monitoring-values.schema';

/** Every deployable chart's values.schema.json path and the schema generated for it. */
export function expectedValuesSchemas(): { file: string; schema: JsonSchema }[] {
  return [
    ...APPS.map((app) => ({
      file: `${chartDir(appChart(app))}/values.schema.json`,
      schema: appValuesSchema(app),
    })),
    { file: `${chartDir(MONITORING_CHART)}/values.schema.json`, schema: monitoringValuesSchema() },
  ];
}

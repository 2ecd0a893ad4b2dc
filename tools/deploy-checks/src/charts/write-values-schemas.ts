/**
 * Writes every chart's values.schema.json from the configuration contract. Run it after changing the
 * contract or a chart's values shape: `npx tsx tools/deploy-checks/src/charts/write-values-schemas.ts`.
 * The chart tests fail while a committed schema differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORKSPACE_ROOT } from '../files/workspace-files';
import { expectedValuesSchemas } from './values-schemas';

for (const { file, schema } of expectedValuesSchemas()) {
  writeFileSync(path.join(WORKSPACE_ROOT, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

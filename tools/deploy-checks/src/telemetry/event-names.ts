import { readFileSync } from 'node:fs';
import { TELEMETRY_EVENTS } from '@ptpu/domain';
import { productionSourceFiles } from '../files/workspace-files';

/**
 * Every custom telemetry event the apps can emit: the domain's `TELEMETRY_EVENTS`, plus any name an app passes
 * to `trackEvent` as a literal (the validator's queue-admin events, `RetryDLQ` and `PurgeQueue`).
 */
export function telemetryEventNamesInCode(): Set<string> {
  const names = new Set<string>(Object.values(TELEMETRY_EVENTS));
  for (const file of productionSourceFiles(['apps', 'libs'])) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\btrackEvent\(\s*'([^']+)'/g))
      names.add(match[1]);
  }
  return names;
}

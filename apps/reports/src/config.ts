import { z } from 'zod';
import { commonShape, deriveOauthIssuer, inboundAuthShape, loadConfig, type Env } from '@ptpu/platform';

/** The reports app's environment (docs/architecture.md, "Configuration"); local defaults only. */
export const reportsConfigSchema = z
  .object({ ...commonShape(8084), ...inboundAuthShape })
  .transform(deriveOauthIssuer);

export type ReportsConfig = Readonly<z.output<typeof reportsConfigSchema>>;

export function loadReportsConfig(env: Env): ReportsConfig {
  return loadConfig(reportsConfigSchema, env);
}

/**
 * A /health component as libs/platform's `checkHealth` takes it. Declared here by shape because the adapters
 * do not depend on the platform; each failed AWS call names the call it made (`atBoundary`).
 */
export interface AwsResourceHealth {
  name: string;
  /** True: a pod that cannot reach its own AWS resources can do no work. */
  readiness: true;
  check(): Promise<{ status: 'UP' | 'DOWN'; details: Readonly<Record<string, string | number | boolean>> }>;
}

/** A /health component as `checkHealth` takes it, by shape: the adapters do not depend on libs/platform. */
export interface AwsResourceHealth {
  name: string;
  /** A pod that cannot reach its own AWS resources can do no work. */
  readiness: true;
  check(): Promise<{ status: 'UP' | 'DOWN'; details: Readonly<Record<string, string | number | boolean>> }>;
}

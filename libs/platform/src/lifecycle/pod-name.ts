import { hostname } from 'node:os';

/**
 * The name this process goes by in lock owners and the `x-ptpu-caller` header: `HOSTNAME`, which Kubernetes sets
 * to the pod name (and a local harness sets per process), else the host name.
 */
export function podName(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.HOSTNAME || hostname();
}

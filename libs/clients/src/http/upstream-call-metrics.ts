import { Histogram, type Registry } from 'prom-client';
import { UPSTREAM_APIS, type UpstreamApiName } from '../openapi-documents';
import { errorName } from './to-system-error';

/** The `outcome` label: what one attempt came to, from its status or what fetch threw. */
const OUTCOMES = [
  'success',
  'not_found',
  'client_error',
  'server_error',
  'timeout',
  'network_error',
  'aborted',
] as const;
type CallOutcome = (typeof OUTCOMES)[number];

/** Told of every HTTP attempt the clients send (retries each count), with the seconds it took to its answer. */
export interface UpstreamCallRecorder {
  record(upstream: UpstreamApiName, outcome: CallOutcome, seconds: number): void;
}

/** Every series starts at 0 so the error-ratio alert and the panels have data before the first failure. */
export function createUpstreamCallMetrics(registry: Registry): UpstreamCallRecorder {
  const histogram = new Histogram({
    name: 'ptpu_upstream_call_duration_seconds',
    help: 'HTTP attempts sent to an upstream, by outcome: seconds from sending to the answer’s headers',
    labelNames: ['upstream', 'outcome'],
    // From a fast cached read to the slowest a call may take (`PTPU_HTTP_TIMEOUT` is well under 10 s).
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  for (const upstream of UPSTREAM_APIS) {
    for (const outcome of OUTCOMES) histogram.zero({ upstream, outcome });
  }
  return { record: (upstream, outcome, seconds) => histogram.observe({ upstream, outcome }, seconds) };
}

export function outcomeOfStatus(status: number): CallOutcome {
  if (status < 400) return 'success';
  if (status === 404) return 'not_found';
  return status < 500 ? 'client_error' : 'server_error';
}

/** A `TimeoutError` is our time limit, a `TypeError` a failed connection; else an abort (caller or lease). */
export function outcomeOfError(err: unknown): CallOutcome {
  const name = errorName(err);
  if (name === 'TimeoutError') return 'timeout';
  return name === 'TypeError' ? 'network_error' : 'aborted';
}

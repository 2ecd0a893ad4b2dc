import type { z } from 'zod';
import type { commonShape } from '../config/shared-config';

type CommonConfig = z.output<z.ZodObject<ReturnType<typeof commonShape>>>;
/** The `AWS_*` settings of `commonShape`. */
export type AwsSettings = Pick<CommonConfig, Extract<keyof CommonConfig, `AWS_${string}`>>;

type AwsService = 'SQS' | 'SNS' | 'DYNAMODB';

export interface AwsCallLimits {
  connectionTimeoutMs: number;
  /** One attempt: from the request's start (connecting included) to the response's head. */
  requestTimeoutMs: number;
  /** Attempts of one call, the first included (the SDK's standard retry strategy). */
  maxAttempts: number;
}

/**
 * The SDK's own defaults wait as long as the socket lives, which can be minutes, and a claim's lease must
 * outlast its renewal (docs/architecture.md, Locks and claims). These calls answer in milliseconds: the
 * limits are far past normal and still short beside a lease.
 */
export const AWS_CALL_LIMITS: Readonly<Record<AwsService, AwsCallLimits>> = {
  DYNAMODB: { connectionTimeoutMs: 1_000, requestTimeoutMs: 2_000, maxAttempts: 3 },
  SNS: { connectionTimeoutMs: 1_000, requestTimeoutMs: 5_000, maxAttempts: 3 },
  SQS: { connectionTimeoutMs: 1_000, requestTimeoutMs: 5_000, maxAttempts: 3 },
};

/** How long past its `WaitTimeSeconds` a long poll may take to answer. */
const LONG_POLL_ANSWER_MS = 5_000;
/** The SDK's standard retry strategy: throttling back-off starts at 1 s, doubles, and never exceeds 20 s. */
const THROTTLING_BACKOFF_BASE_MS = 1_000;
const MAX_BACKOFF_MS = 20_000;

/**
 * The longest one call can take before the SDK gives up: every attempt running to its timeout, with
 * throttling's back-off between them (the longest; DynamoDB sends no Retry-After to lengthen it).
 */
export function longestCallMs(limits: AwsCallLimits): number {
  let backOff = 0;
  for (let retry = 0; retry < limits.maxAttempts - 1; retry += 1) {
    backOff += Math.min(MAX_BACKOFF_MS, THROTTLING_BACKOFF_BASE_MS * 2 ** retry);
  }
  return limits.maxAttempts * limits.requestTimeoutMs + backOff;
}

interface AwsClientOptions {
  /** The longest `WaitTimeSeconds` of the client's ReceiveMessage calls: its attempts must outlast the wait. */
  longPollSeconds?: number;
}

/** An SQS client that long-polls waits longer than the poll. */
export function awsCallLimits(service: AwsService, options: AwsClientOptions = {}): AwsCallLimits {
  const limits = AWS_CALL_LIMITS[service];
  if (service !== 'SQS' || !options.longPollSeconds) return limits;
  const pollMs = options.longPollSeconds * 1_000 + LONG_POLL_ANSWER_MS;
  return { ...limits, requestTimeoutMs: Math.max(limits.requestTimeoutMs, pollMs) };
}

/**
 * What an SDK client's constructor takes (`new SQSClient(...)`), from the config rather than from the SDK's own
 * reading of the environment, so a test can run an app against its own emulator endpoints. The service's own
 * endpoint wins over `AWS_ENDPOINT_URL`, as in the SDK; in AWS none is set and the SDK's defaults (IRSA) apply.
 */
export function awsClientConfig(config: AwsSettings, service: AwsService, options: AwsClientOptions = {}) {
  const endpoint = config[`AWS_ENDPOINT_URL_${service}`] ?? config.AWS_ENDPOINT_URL;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = config;
  const limits = awsCallLimits(service, options);
  return {
    region: config.AWS_REGION,
    ...(endpoint && { endpoint }),
    ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
    maxAttempts: limits.maxAttempts,
    // The options of the SDK's default Node.js handler (NodeHttpHandler), which it builds from them.
    requestHandler: {
      connectionTimeout: limits.connectionTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Bounds a stalled response body too, which `requestTimeout` (up to the head) does not.
      socketTimeout: limits.requestTimeoutMs,
      // Without it the SDK only logs a warning when `requestTimeout` passes.
      throwOnRequestTimeout: true,
    },
  };
}

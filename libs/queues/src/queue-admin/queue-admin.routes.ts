import { Router } from '@koa/router';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Counter } from 'prom-client';
import {
  HttpError,
  requireRole,
  type BackgroundJobs,
  type Logger,
  type Telemetry,
  type TokenVerifier,
} from '@ptpu/platform';
import { peekDlqMessages, purgeQueue } from './peek-and-purge';
import {
  redriveDlq,
  type AdministeredQueue,
  type RedriveOptions,
  type RedriveTrigger,
  type RedrivenMessage,
} from './dlq-redrive';

/** hmpps-sqs's `queueAdminRole`, as the original service configured it. */
export const QUEUE_ADMIN_ROLE = 'ROLE_PTPU_QUEUE_ADMIN';

const DEFAULT_PEEK = 100;
const MAX_PEEK = 1_000;
/** The most DLQ messages one background redrive takes: its answer lists each; another job takes the rest. */
const MAX_BACKGROUND_REDRIVE = 500;

export interface QueueAdminMetrics {
  redriven: Counter<'trigger'>;
  /** DLQ messages housekeeping left alone because they had been redriven too often. */
  parked: Counter;
}

export interface QueueAdminDeps {
  sqs: SQSClient;
  /** Every queue pair the app consumes; each endpoint finds its queue or DLQ by name. */
  queues: readonly AdministeredQueue[];
  /** `PTPU_DLQ_MAX_REDRIVES`. */
  maxRedrives: number;
  verifier: TokenVerifier;
  /** Where `?background=true` redrives run. */
  jobs: BackgroundJobs;
  metrics: QueueAdminMetrics;
  telemetry: Telemetry;
  logger: Logger;
}

/**
 * hmpps-sqs's queue-admin endpoints with its paths, bodies and status codes: the role is checked first (401,
 * 403), then the queue name (404). `retry-all-dlqs` is not here: see `housekeepingRouter`.
 */
export function queueAdminRouter(deps: QueueAdminDeps): Router {
  const router = new Router({ prefix: '/queue-admin' });
  const asAdmin = requireRole(QUEUE_ADMIN_ROLE, deps.verifier);

  router.put('/retry-dlq/:dlqName', asAdmin, async (ctx) => {
    const { dlqName } = ctx.params;
    const queues = queuesWithDlq(deps.queues, dlqName);
    if (ctx.query.background !== 'true') {
      ctx.body = { messagesFoundCount: await redrive(deps, queues, 'operator') };
      return;
    }
    // A large DLQ outlasts an HTTP request: the redrive runs on, and the answer says where to poll. Like every
    // operator's bulk job it is a dry run unless `mode=write`, and takes at most 500 messages.
    const mode = backgroundModeOf(ctx.query);
    const job = deps.jobs.start('dlq-redrive', [dlqName], String, async () => {
      const messages: RedrivenMessage[] = [];
      const messagesFoundCount = await redrive(deps, queues, 'operator', {
        limit: MAX_BACKGROUND_REDRIVE,
        dryRun: mode === 'dry-run',
        onMessage: (message) => messages.push(message),
      });
      return { mode, messagesFoundCount, messages };
    });
    ctx.status = 202;
    ctx.body = { job: job.id, mode, poll: `/queue-admin/jobs/${job.id}` };
  });

  router.get('/jobs/:id', asAdmin, (ctx) => {
    const job = deps.jobs.get(ctx.params.id);
    if (!job)
      throw new HttpError(404, `No job ${ctx.params.id} in this pod: a job lives in the pod that started it`);
    ctx.body = job;
  });

  router.put('/purge-queue/:queueName', asAdmin, async (ctx) => {
    const { queueName } = ctx.params;
    const queueUrl = urlOfQueueNamed(deps.queues, queueName);
    const { messagesFoundCount } = await purgeQueue(deps.sqs, queueUrl);
    deps.logger.info({ queueName, messagesFoundCount }, 'queue purged');
    deps.telemetry.trackEvent('PurgeQueue', {
      'queue-name': queueName,
      'messages-found': messagesFoundCount,
    });
    ctx.body = { messagesFoundCount };
  });

  router.get('/get-dlq-messages/:dlqName', asAdmin, async (ctx) => {
    const queues = queuesWithDlq(deps.queues, ctx.params.dlqName);
    ctx.body = await peekDlqMessages(deps.sqs, queues.dlqUrl, maxMessagesOf(ctx.query.maxMessages));
  });

  return router;
}

/**
 * hmpps-sqs's `PUT /queue-admin/retry-all-dlqs`, for the housekeeping CronJob, with no token check there either:
 * only on the management port (`PTPU_MANAGEMENT_PORT`), which no ingress routes to.
 */
export function housekeepingRouter(deps: QueueAdminDeps): Router {
  const router = new Router({ prefix: '/queue-admin' });
  router.put('/retry-all-dlqs', async (ctx) => {
    const results = [];
    // One DLQ after the other: housekeeping is in no hurry, and each redrive keeps its messages hidden a while.
    for (const queues of deps.queues)
      results.push({ messagesFoundCount: await redrive(deps, queues, 'housekeeping') });
    ctx.body = results;
  });
  return router;
}

async function redrive(
  deps: QueueAdminDeps,
  queues: AdministeredQueue,
  trigger: RedriveTrigger,
  options: RedriveOptions = {},
): Promise<number> {
  const result = await redriveDlq(deps.sqs, queues, trigger, deps.maxRedrives, options);
  if (options.dryRun) {
    deps.logger.info({ dlqName: queues.dlqName, found: result.found }, 'DLQ redrive previewed');
    return result.found;
  }
  deps.metrics.redriven.inc({ trigger }, result.redriven);
  deps.metrics.parked.inc(result.parked);
  deps.logger.info({ dlqName: queues.dlqName, trigger, ...result }, 'DLQ redriven');
  deps.telemetry.trackEvent('RetryDLQ', { 'dlq-name': queues.dlqName, 'messages-found': result.found });
  return result.found;
}

/**
 * `mode` of a background redrive: `dry-run` (the default) or `write`; `background` itself and nothing else may
 * be beside it, so a misspelt flag never moves messages.
 */
function backgroundModeOf(
  query: Readonly<Record<string, string | string[] | undefined>>,
): 'dry-run' | 'write' {
  const unknown = Object.keys(query).filter((name) => name !== 'background' && name !== 'mode');
  if (unknown.length > 0)
    throw new HttpError(400, `Unknown parameter ${unknown.join(', ')}: give background and mode`);
  const { mode = 'dry-run' } = query;
  if (mode !== 'dry-run' && mode !== 'write')
    throw new HttpError(400, `"mode" is ${JSON.stringify(mode)}: use dry-run (the default) or write`);
  return mode;
}

function queuesWithDlq(queues: readonly AdministeredQueue[], name: string): AdministeredQueue {
  const found = queues.find((pair) => pair.dlqName === name);
  if (!found) throw new HttpError(404, `${name} is not a configured DLQ`);
  return found;
}

function urlOfQueueNamed(queues: readonly AdministeredQueue[], name: string): string {
  for (const pair of queues) {
    if (name === pair.queueName) return pair.queueUrl;
    if (name === pair.dlqName) return pair.dlqUrl;
  }
  throw new HttpError(404, `${name} is not a configured queue`);
}

function maxMessagesOf(value: string | string[] | undefined): number {
  if (value === undefined) return DEFAULT_PEEK;
  const max = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (max >= 1 && max <= MAX_PEEK) return max;
  throw new HttpError(400, `maxMessages must be a whole number from 1 to ${MAX_PEEK}`);
}

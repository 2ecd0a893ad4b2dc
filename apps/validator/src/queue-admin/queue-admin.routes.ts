import { Router } from '@koa/router';
import { PurgeQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import {
  HttpError,
  requireRole,
  type BackgroundJobs,
  type Logger,
  type Telemetry,
  type TokenVerifier,
} from '@ptpu/platform';
import type { ValidatorMetrics } from '../metrics';
import { visibleMessageCount, type EventQueues } from '../queues/event-queues';
import { peekDlqMessages } from './dlq-messages';
import { redriveDlq, type RedriveOptions, type RedriveTrigger, type RedrivenMessage } from './dlq-redrive';

/** The role hmpps-sqs calls `queueAdminRole`, as the original service configured it. */
export const QUEUE_ADMIN_ROLE = 'ROLE_PTPU_QUEUE_ADMIN';

const DEFAULT_PEEK = 100;
const MAX_PEEK = 1_000;
/** The most DLQ messages one background redrive takes: its answer lists each; another job takes the rest. */
const MAX_BACKGROUND_REDRIVE = 500;

export interface QueueAdminDeps {
  sqs: SQSClient;
  queues: EventQueues;
  /** `PTPU_DLQ_MAX_REDRIVES`. */
  maxRedrives: number;
  verifier: TokenVerifier;
  /** Where `?background=true` redrives run, polled at `GET /queue-admin/jobs/{id}`. */
  jobs: BackgroundJobs;
  metrics: ValidatorMetrics;
  telemetry: Telemetry;
  logger: Logger;
}

/** hmpps-sqs's queue-admin endpoints and answers: the role is checked first (401, 403), then the queue (404). */
export function queueAdminRouter(deps: QueueAdminDeps): Router {
  const router = new Router({ prefix: '/queue-admin' });
  const asAdmin = requireRole(QUEUE_ADMIN_ROLE, deps.verifier);

  router.put('/retry-dlq/:dlqName', asAdmin, async (ctx) => {
    const { dlqName } = ctx.params;
    requireDlq(deps.queues, dlqName);
    if (ctx.query.background !== 'true') {
      ctx.body = { messagesFoundCount: await redrive(deps, 'operator') };
      return;
    }
    // A large DLQ outlasts an HTTP request: the redrive runs on, and the answer says where to poll. Like every
    // operator's bulk job it is a dry run unless `mode=write`, and takes at most 500 messages.
    const mode = backgroundModeOf(ctx.query);
    const job = deps.jobs.start('dlq-redrive', [dlqName], String, async () => {
      const messages: RedrivenMessage[] = [];
      const messagesFoundCount = await redrive(deps, 'operator', {
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
    // hmpps-sqs answers how many messages were waiting.
    const messagesFoundCount = await visibleMessageCount(deps.sqs, queueUrl);
    await atBoundary(`purge ${queueUrl}`, () => deps.sqs.send(new PurgeQueueCommand({ QueueUrl: queueUrl })));
    deps.logger.info({ queueName, messagesFoundCount }, 'queue purged');
    deps.telemetry.trackEvent('PurgeQueue', {
      'queue-name': queueName,
      'messages-found': messagesFoundCount,
    });
    ctx.body = { messagesFoundCount };
  });

  router.get('/get-dlq-messages/:dlqName', asAdmin, async (ctx) => {
    requireDlq(deps.queues, ctx.params.dlqName);
    ctx.body = await peekDlqMessages(deps.sqs, deps.queues.dlqUrl, maxMessagesOf(ctx.query.maxMessages));
  });

  return router;
}

/**
 * hmpps-sqs's `PUT /queue-admin/retry-all-dlqs`, which has no token check there either: the housekeeping
 * CronJob calls it. It is served only on the management port (`PTPU_MANAGEMENT_PORT`), which the Service exposes
 * inside the cluster and no ingress routes, so nothing outside can reach it whatever the ingress allows.
 */
export function housekeepingRouter(deps: QueueAdminDeps): Router {
  const router = new Router({ prefix: '/queue-admin' });
  router.put('/retry-all-dlqs', async (ctx) => {
    ctx.body = [{ messagesFoundCount: await redrive(deps, 'housekeeping') }];
  });
  return router;
}

async function redrive(
  deps: QueueAdminDeps,
  trigger: RedriveTrigger,
  options: RedriveOptions = {},
): Promise<number> {
  const result = await redriveDlq(deps.sqs, deps.queues, trigger, deps.maxRedrives, options);
  if (options.dryRun) {
    deps.logger.info({ dlqName: deps.queues.dlqName, found: result.found }, 'DLQ redrive previewed');
    return result.found;
  }
  deps.metrics.redriven.inc({ trigger }, result.redriven);
  deps.metrics.parked.inc(result.parked);
  deps.logger.info({ dlqName: deps.queues.dlqName, trigger, ...result }, 'DLQ redriven');
  deps.telemetry.trackEvent('RetryDLQ', { 'dlq-name': deps.queues.dlqName, 'messages-found': result.found });
  return result.found;
}

/** `dry-run` (the default) or `write`; any other parameter is refused, so a misspelt flag never moves messages. */
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

function requireDlq(queues: EventQueues, name: string): void {
  if (name !== queues.dlqName) throw new HttpError(404, `${name} is not a configured DLQ`);
}

function urlOfQueueNamed(queues: EventQueues, name: string): string {
  if (name === queues.queueName) return queues.queueUrl;
  if (name === queues.dlqName) return queues.dlqUrl;
  throw new HttpError(404, `${name} is not a configured queue`);
}

function maxMessagesOf(value: string | string[] | undefined): number {
  if (value === undefined) return DEFAULT_PEEK;
  const max = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (max >= 1 && max <= MAX_PEEK) return max;
  throw new HttpError(400, `maxMessages must be a whole number from 1 to ${MAX_PEEK}`);
}

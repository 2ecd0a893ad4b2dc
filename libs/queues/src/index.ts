export { EventConsumer, RECEIVE_WAIT_SECONDS } from './consumer/event-consumer';
export type { ConsumerMetrics, MessageHandler } from './consumer/event-consumer';
export { queueHealth } from './health/queue-health';
export type { MessageDescription } from './queue-admin/dlq-redrive';
export {
  housekeepingRouter,
  queueAdminRouter,
  QUEUE_ADMIN_ROLE,
  type QueueAdminDeps,
  type QueueAdminMetrics,
} from './queue-admin/queue-admin.routes';
export { sqsDeadLetterQueue, type DeadLetterQueue } from './sqs/dead-letter';
export { REDRIVE_COUNT_ATTRIBUTE, REJECT_REASON_ATTRIBUTE } from './sqs/message-attributes';
export { resolveQueuePair } from './sqs/queue-pair';
export { readQueueSettings } from './sqs/queue-attributes';

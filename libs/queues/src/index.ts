export { EventConsumer } from './consumer/event-consumer';
export type { ConsumerMetrics, MessageHandler } from './consumer/event-consumer';
export type { MessageDescription } from './queue-admin/dlq-redrive';
export {
  housekeepingRouter,
  queueAdminRouter,
  QUEUE_ADMIN_ROLE,
  type QueueAdminDeps,
  type QueueAdminMetrics,
} from './queue-admin/queue-admin.routes';
export type { DeadLetterQueue } from './sqs/dead-letter';
export { REDRIVE_COUNT_ATTRIBUTE, REJECT_REASON_ATTRIBUTE } from './sqs/message-attributes';
export { openQueuePair } from './open-queue-pair';

import type { Message } from '@aws-sdk/client-sqs';
import { parseEventMessage } from '@ptpu/domain';
import type { MessageDescription } from '@ptpu/queues';

/** How an operator's DLQ redrive lists a prison event message: its event type and, for one of ours, its booking. */
export function describeEventMessage(message: Message): MessageDescription {
  const parsed = parseEventMessage(message.Body ?? '');
  return {
    ...(parsed.kind !== 'poison' && { eventType: parsed.eventType }),
    ...(parsed.kind === 'handled' && 'event' in parsed && { bookingId: parsed.event.bookingId }),
  };
}

import { PublishBatchCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { PublishedEvent } from '../checks/accounting';
import type { EventToPublish } from './scenario-events';

/**
 * Publishes the events on the offender events topic, straight to the emulator (never through the outage
 * proxy: NOMIS's topic is not ours to break), ten per batch and a few batches at once. Resolves with each
 * event's SNS MessageId, the row key it must end as.
 */
export async function publishEvents(
  sns: SNSClient,
  topicArn: string,
  events: readonly EventToPublish[],
  inFlight = 8,
): Promise<PublishedEvent[]> {
  const batches: EventToPublish[][] = [];
  for (let i = 0; i < events.length; i += 10) batches.push(events.slice(i, i + 10));
  const published: PublishedEvent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const answer = await sns.send(
        new PublishBatchCommand({
          TopicArn: topicArn,
          PublishBatchRequestEntries: batch.map((event) => ({
            Id: String(event.eventNo),
            Message: event.message,
            MessageAttributes: { eventType: { DataType: 'String', StringValue: event.eventType } },
          })),
        }),
      );
      if ((answer.Failed ?? []).length > 0)
        throw new Error(`the emulator refused ${answer.Failed?.length} events of a batch`);
      for (const entry of answer.Successful ?? []) {
        if (entry.MessageId !== undefined && entry.Id !== undefined)
          published.push({ messageId: entry.MessageId, eventNo: Number(entry.Id) });
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return published;
}

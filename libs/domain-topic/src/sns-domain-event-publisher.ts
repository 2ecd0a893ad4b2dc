import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { DomainEventPublisher, HmppsDomainEvent } from '@ptpu/domain';
import { atBoundary } from '@ptpu/aws';

export interface SnsDomainEventPublisherOptions {
  /** Built by the app's composition root (endpoint and credentials from config). */
  client: SNSClient;
  /** `HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN`. */
  topicArn: string;
}

/**
 * Publishes HMPPS domain events to the domain topic as the original did: the event as
 * the JSON body, and its type as the String message attribute `eventType` that subscribers filter on; plus
 * the String attribute `eventId`, the same on every publication of one event, so a consumer can drop a repeat.
 * Resolves once SNS accepted it; any failure leaves as a `SystemError`, so the row keeps owing the event.
 */
export class SnsDomainEventPublisher implements DomainEventPublisher {
  constructor(private readonly options: SnsDomainEventPublisherOptions) {}

  async publish(event: HmppsDomainEvent, eventId: string): Promise<void> {
    await atBoundary(`publish ${event.eventType}`, () =>
      this.options.client.send(
        new PublishCommand({
          TopicArn: this.options.topicArn,
          Message: JSON.stringify(event),
          MessageAttributes: {
            eventType: { DataType: 'String', StringValue: event.eventType },
            eventId: { DataType: 'String', StringValue: eventId },
          },
        }),
      ),
    );
  }
}

import { isPrisonDomainEventType, PROBATION_EVENT_TYPES } from '@ptpu/domain';
import type { PrisonEvent } from './publish-event';

/** Where an event is published locally, and the SNS Message it becomes. */
export interface Channel {
  topicName: string;
  /** The JSON published as the SNS Message. */
  message: Record<string, unknown>;
}

/**
 * The estate's three channels, told apart by the sample's `eventType`: an HMPPS domain event goes to the
 * domain topic, a probation event to the probation topic (its body has no `eventType`: the type travels only
 * as the message attribute), anything else to the classic prison events topic. `--booking` sets the booking
 * id where the channel carries one, `--crn` the probation event's case.
 */
export function channelOf(event: PrisonEvent, options: { bookingId?: number; crn?: string }): Channel {
  const { eventType } = event;
  if ((PROBATION_EVENT_TYPES as readonly string[]).includes(eventType)) {
    const { eventType: _type, ...body } = event;
    return {
      topicName: 'probation_offender_events',
      message: options.crn ? { ...body, crn: options.crn } : body,
    };
  }
  if (isPrisonDomainEventType(eventType)) {
    const info = (event.additionalInformation ?? {}) as Record<string, unknown>;
    const message =
      options.bookingId === undefined
        ? event
        : { ...event, additionalInformation: { ...info, bookingId: String(options.bookingId) } };
    return { topicName: 'domain_events', message };
  }
  return {
    topicName: 'offender_events',
    message: options.bookingId === undefined ? event : { ...event, bookingId: options.bookingId },
  };
}

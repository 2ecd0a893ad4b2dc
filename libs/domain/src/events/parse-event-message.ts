import { PRISON_IDENTIFIER_ADDED, PRISON_IDENTIFIER_UPDATED } from '../processing/owed-events';
import {
  PRISON_DOMAIN_EVENT_TWINS,
  isHandledEventType,
  isPrisonDomainEventType,
  type HandledEventType,
  type PrisonDomainEventType,
} from '../message/event-type';
import { isJsonObject, parseInnerEvent, type InnerEvent } from './inner-event';

/** An SQS message body (an SNS notification envelope) read as one of three things the validator acts on. */
export type ParsedEventMessage = HandledEventMessage | UnhandledEventMessage | PoisonEventMessage;

/** One of our event types, ready to validate: its `event`, or the NOMS number whose booking must be found. */
export type HandledEventMessage = {
  kind: 'handled';
  /** The SNS MessageId: the row's id, so a redelivery never stores a second row. */
  messageId: string;
  /** The classic type, or a domain event's classic twin. */
  eventType: HandledEventType;
  receivedAs?: PrisonDomainEventType;
  /** The inner event JSON as received: the row's `message`. */
  message: string;
} & ({ event: InnerEvent } | { findBookingOf: string });

/** A type we do not act on: acknowledged and forgotten. `ownEvent`: one we published, heard back. */
interface UnhandledEventMessage {
  kind: 'unhandled';
  messageId: string;
  eventType: string;
  ownEvent?: true;
}

const OWN_EVENT_TYPES: readonly string[] = [PRISON_IDENTIFIER_ADDED, PRISON_IDENTIFIER_UPDATED];

/** A message no retry can ever make sense of: goes to the DLQ at once, with `reason` for the operator. */
export interface PoisonEventMessage {
  kind: 'poison';
  reason: string;
  /** When the envelope got far enough to name it. */
  messageId?: string;
}

/** Reads an SQS body (an SNS envelope) by its `eventType` attribute; an unhandled type's body is unread. */
export function parseEventMessage(body: string): ParsedEventMessage {
  const envelope = readSnsEnvelope(body);
  if (envelope.kind === 'poison') return envelope;
  const { messageId, eventType } = envelope;
  if (OWN_EVENT_TYPES.includes(eventType)) return { kind: 'unhandled', messageId, eventType, ownEvent: true };
  const domain = isPrisonDomainEventType(eventType);
  if (!domain && !isHandledEventType(eventType)) return { kind: 'unhandled', messageId, eventType };

  if (envelope.message === undefined) return poison(`${eventType} envelope has no Message string`, messageId);
  const inner = parseInnerEvent(eventType, envelope.message);
  if (!inner.ok) return poison(inner.reason, messageId);
  const { ok: _ok, ...read } = inner;
  const kept = { kind: 'handled', messageId, message: envelope.message, ...read } as const;
  return domain
    ? { ...kept, eventType: PRISON_DOMAIN_EVENT_TWINS[eventType], receivedAs: eventType }
    : { ...kept, eventType };
}

/** An SNS envelope (no raw delivery): MessageId, the `eventType` attribute (never in the body), Message. */
export function readSnsEnvelope(
  body: string,
): { kind: 'envelope'; messageId: string; eventType: string; message?: string } | PoisonEventMessage {
  let envelope: unknown;
  try {
    envelope = JSON.parse(body);
  } catch {
    return poison('SNS envelope is not valid JSON');
  }
  if (!isJsonObject(envelope)) return poison('SNS envelope is not a JSON object');

  const messageId = nonEmptyString(envelope.MessageId);
  if (!messageId) return poison('SNS envelope has no MessageId');

  const attributes = isJsonObject(envelope.MessageAttributes) ? envelope.MessageAttributes : {};
  const eventType = isJsonObject(attributes.eventType)
    ? nonEmptyString(attributes.eventType.Value)
    : undefined;
  if (!eventType) return poison('SNS envelope has no eventType message attribute', messageId);
  const message = typeof envelope.Message === 'string' ? envelope.Message : undefined;
  return { kind: 'envelope', messageId, eventType, ...(message !== undefined && { message }) };
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function poison(reason: string, messageId?: string): PoisonEventMessage {
  return messageId === undefined ? { kind: 'poison', reason } : { kind: 'poison', reason, messageId };
}

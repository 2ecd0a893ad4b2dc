import { readJsonObject, readText } from './inner-event';
import { poison, readSnsEnvelope, type PoisonEventMessage } from './parse-event-message';

/**
 * The probation events (Delius's own changes) that may let a waiting link through: a sentence recorded or
 * changed (a custody for the book number), and details changed (a NOMS number set or cleared, a PNC or CRO).
 */
export const PROBATION_EVENT_TYPES = ['SENTENCE_CHANGED', 'OFFENDER_DETAILS_CHANGED'] as const;

export type ProbationEventType = (typeof PROBATION_EVENT_TYPES)[number];

/** A probation event: which case changed, and the NOMS number it holds. */
export type ParsedProbationEvent =
  | { kind: 'handled'; messageId: string; eventType: ProbationEventType; crn: string; nomsNumber?: string }
  | { kind: 'unhandled'; messageId: string; eventType: string }
  | PoisonEventMessage;

/** Reads an SQS body holding a probation event's SNS envelope; its `crn` is the one field relied on. */
export function parseProbationEvent(body: string): ParsedProbationEvent {
  const envelope = readSnsEnvelope(body);
  if (envelope.kind === 'poison') return envelope;
  const { messageId, eventType } = envelope;
  if (!(PROBATION_EVENT_TYPES as readonly string[]).includes(eventType)) {
    return { kind: 'unhandled', messageId, eventType };
  }
  if (envelope.message === undefined) return poison(`${eventType} envelope has no Message string`, messageId);
  const read = readJsonObject(eventType, envelope.message);
  if (!read.ok) return poison(read.reason, messageId);
  const event = read.body;
  // CRNs and NOMS numbers are upper case wherever this service stores or compares them.
  const crn = readText(event.crn)?.toUpperCase();
  if (!crn) return poison(`${eventType} message has no crn`, messageId);
  const nomsNumber = readText(event.nomsNumber)?.toUpperCase();
  return {
    kind: 'handled',
    messageId,
    eventType: eventType as ProbationEventType,
    crn,
    ...(nomsNumber && { nomsNumber }),
  };
}

import { readJsonObject } from './json-fields';
import { poison, readSnsEnvelope, type PoisonEventMessage } from './parse-event-message';

/**
 * The probation offender events (Delius's own changes) that may let a waiting link through: a sentence
 * recorded or changed (a custody to give the book number to), and the offender's details changed (a NOMS
 * number set or cleared, a PNC or CRO corrected).
 */
export const PROBATION_EVENT_TYPES = ['SENTENCE_CHANGED', 'OFFENDER_DETAILS_CHANGED'] as const;

export type ProbationEventType = (typeof PROBATION_EVENT_TYPES)[number];

/** A probation event read from the probation event queue: which case changed, and the NOMS number it holds. */
export type ParsedProbationEvent =
  | { kind: 'handled'; messageId: string; eventType: ProbationEventType; crn: string; nomsNumber?: string }
  | { kind: 'unhandled'; messageId: string; eventType: string }
  | PoisonEventMessage;

/**
 * Reads an SQS body holding a probation event's SNS envelope. The type is the `eventType` attribute only (the
 * body has none); the body's `crn` is the one field every consumer relies on, and `nomsNumber` is present
 * when the case holds one.
 */
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
  const crn = caseReference(event.crn);
  if (!crn) return poison(`${eventType} message has no crn`, messageId);
  const nomsNumber = caseReference(event.nomsNumber);
  return {
    kind: 'handled',
    messageId,
    eventType: eventType as ProbationEventType,
    crn,
    ...(nomsNumber && { nomsNumber }),
  };
}

/** CRNs and NOMS numbers are upper case wherever this service stores or compares them. */
function caseReference(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toUpperCase() : undefined;
}

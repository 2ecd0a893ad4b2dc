import fc from 'fast-check';
import { HANDLED_EVENT_TYPES, type HandledEventType } from '../message/event-type';
import { parseInnerEvent, type InnerEvent, type InnerEventParse } from './inner-event';
import { parseEventMessage, type ParsedEventMessage } from './parse-event-message';

/*
 * Whatever arrives on the queue, the validator must get a typed outcome back: a throw would leave the message
 * to be redelivered until it reaches the DLQ without a reason, and would stop the batch it came in.
 */

const RUNS = { numRuns: 300 };

/** Numbers as JSON text, including those JSON.stringify never writes: huge, fractional, exponent forms. */
const rawJsonNumber = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.stringMatching(/^-?(0|[1-9]\d{0,25})(\.\d{1,5})?([eE][+-]?\d{1,3})?$/),
  fc.constantFrom('9007199254740991', '9007199254740992', '-9007199254740992', '1e400', '-0', '0.0'),
);

/** A field value as some producer might write it: right type, wrong type, digit string, or a JSON oddity. */
const fieldText = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1e7 }).map(String) },
  { weight: 2, arbitrary: rawJsonNumber },
  { weight: 1, arbitrary: rawJsonNumber.map((n) => JSON.stringify(n)) }, // digits as a JSON string, as Gson allowed
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('null', 'true', '""', '" 12"', '"+12"', '"012"', '"12 "', '[]', '{}', '"1e3"'),
  },
);

/** Present most of the time, so that the later rules are reached as often as the earlier ones. */
const MISSING = Symbol('missing');
const mostlyPresent = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(MISSING) });
const withoutMissing = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== MISSING));

/** An inner event body as JSON text with any subset of the fields we read, each of any shape. */
const innerMessageText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        bookingId: mostlyPresent(fieldText),
        imprisonmentStatusSeq: mostlyPresent(fieldText),
        movementSeq: mostlyPresent(fieldText),
        eventType: mostlyPresent(
          fc.constantFrom(...HANDLED_EVENT_TYPES, 'SOMETHING_ELSE').map((t) => JSON.stringify(t)),
        ),
        extra: mostlyPresent(fc.jsonValue().map((value) => JSON.stringify(value))),
      })
      .map(withoutMissing)
      .map((fields) => `{${Object.entries(fields).map(([key, text]) => `"${key}":${String(text)}`)}}`),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string() },
);

const anyEventType = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...HANDLED_EVENT_TYPES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('OFFENDER_MOVEMENT-RECEPTION', '', '   ', 'imprisonment_status-changed'),
  },
  { weight: 1, arbitrary: fc.string() },
);

/** A value of any JSON type, for fields whose documented type is a string or an object. */
const wrongTyped = fc.jsonValue();

const messageIdValue = fc.oneof(
  { weight: 12, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '\t') },
  { weight: 1, arbitrary: wrongTyped },
);

const attributesValue = fc.oneof(
  { weight: 12, arbitrary: anyEventType.map((Value) => ({ eventType: { Type: 'String', Value } })) },
  { weight: 1, arbitrary: wrongTyped.map((Value) => ({ eventType: { Type: 'String', Value } })) },
  { weight: 1, arbitrary: wrongTyped.map((eventType) => ({ eventType })) },
  { weight: 1, arbitrary: wrongTyped },
);

const messageValue = fc.oneof(
  { weight: 5, arbitrary: innerMessageText },
  { weight: 1, arbitrary: wrongTyped },
);

/** An SNS envelope, each field present or missing and of the right type or not. */
const envelope = fc
  .record({
    Type: fc.constant('Notification'),
    MessageId: mostlyPresent(messageIdValue),
    MessageAttributes: mostlyPresent(attributesValue),
    Message: mostlyPresent(messageValue),
  })
  .map(withoutMissing);

// The oracle: the documented reading, written out plainly and independently of inner-event.ts.

/** A whole number within ±(2^53 − 1), given as a JSON number or as a string of digits with an optional minus. */
function oracleInteger(value: unknown): number | undefined {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^-?[0-9]+$/.test(value)) n = Number(value);
  else return undefined;
  return Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oracleInner(eventType: HandledEventType, message: string): InnerEvent | undefined {
  let body: unknown;
  try {
    body = JSON.parse(message);
  } catch {
    return undefined;
  }
  if (!isPlainObject(body)) return undefined;
  const bookingId = oracleInteger(body.bookingId);
  if (bookingId === undefined || bookingId < 1) return undefined;
  if (eventType === 'BOOKING_NUMBER-CHANGED') return { eventType, bookingId };
  if (eventType === 'EXTERNAL_MOVEMENT_RECORD-INSERTED') {
    const movementSeq = oracleInteger(body.movementSeq);
    return movementSeq === undefined ? undefined : { eventType, bookingId, movementSeq };
  }
  if (eventType !== 'IMPRISONMENT_STATUS-CHANGED') return { eventType, bookingId }; // the key-date events
  const seq = body.imprisonmentStatusSeq;
  const imprisonmentStatusSeq = seq === undefined || seq === null ? 0 : oracleInteger(seq);
  return imprisonmentStatusSeq === undefined ? undefined : { eventType, bookingId, imprisonmentStatusSeq };
}

type Expected =
  | { kind: 'poison'; messageId?: string }
  | { kind: 'unhandled'; messageId: string; eventType: string }
  | { kind: 'handled'; messageId: string; eventType: HandledEventType; message: string; event: InnerEvent };

function oracleEnvelope(env: Record<string, unknown>): Expected {
  const id = env.MessageId;
  if (typeof id !== 'string' || id.trim() === '') return { kind: 'poison' };
  const attributes = env.MessageAttributes;
  const typeAttribute = isPlainObject(attributes) ? attributes.eventType : undefined;
  const eventType = isPlainObject(typeAttribute) ? typeAttribute.Value : undefined;
  if (typeof eventType !== 'string' || eventType.trim() === '') return { kind: 'poison', messageId: id };
  if (!(HANDLED_EVENT_TYPES as readonly string[]).includes(eventType)) {
    return { kind: 'unhandled', messageId: id, eventType };
  }
  const handled = eventType as HandledEventType;
  if (typeof env.Message !== 'string') return { kind: 'poison', messageId: id };
  const event = oracleInner(handled, env.Message);
  return event === undefined
    ? { kind: 'poison', messageId: id }
    : { kind: 'handled', messageId: id, eventType: handled, message: env.Message, event };
}

/** The outcome is one of the three kinds, and a poison outcome always says why. */
function expectTypedOutcome(parsed: ParsedEventMessage): void {
  expect(['handled', 'unhandled', 'poison']).toContain(parsed.kind);
  if (parsed.kind === 'poison') {
    expect(typeof parsed.reason).toBe('string');
    expect(parsed.reason.length).toBeGreaterThan(0);
  }
}

function expectTypedInner(parsed: InnerEventParse): void {
  expect(typeof parsed.ok).toBe('boolean');
  if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
}

describe('parseEventMessage (properties)', () => {
  it('any string at all gives a typed outcome and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (body) => {
        expectTypedOutcome(parseEventMessage(body));
      }),
      RUNS,
    );
  });

  it('any JSON value as the envelope gives a typed outcome and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseEventMessage(JSON.stringify(value));
        expectTypedOutcome(parsed);
        if (!isPlainObject(value)) expect(parsed.kind).toBe('poison');
      }),
      RUNS,
    );
  });

  it('an envelope with fields missing or of the wrong type is read exactly as the documented rules say', () => {
    fc.assert(
      fc.property(envelope, (env) => {
        const parsed = parseEventMessage(JSON.stringify(env));
        expectTypedOutcome(parsed);
        const expected = oracleEnvelope(env);
        if (expected.kind === 'poison') {
          expect(parsed).toMatchObject({ kind: 'poison' });
          expect(parsed.messageId).toBe(expected.messageId);
        } else {
          expect(parsed).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseInnerEvent (properties)', () => {
  it('any string as the body of any handled type gives a typed outcome and never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HANDLED_EVENT_TYPES), fc.string({ unit: 'binary' }), (type, message) => {
        expectTypedInner(parseInnerEvent(type, message));
      }),
      RUNS,
    );
  });

  it('a body with wrong field types, huge numbers or missing fields is accepted exactly when the rules allow', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HANDLED_EVENT_TYPES), innerMessageText, (type, message) => {
        const parsed = parseInnerEvent(type, message);
        expectTypedInner(parsed);
        const expected = oracleInner(type, message);
        expect('event' in parsed ? parsed.event : undefined).toEqual(expected);
      }),
      RUNS,
    );
  });
});

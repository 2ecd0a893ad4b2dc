import { parseProbationEvent } from './parse-probation-event';

const envelope = (eventType: string | undefined, message: unknown) =>
  JSON.stringify({
    Type: 'Notification',
    MessageId: 'sns-p1',
    TopicArn: 'arn:aws:sns:eu-west-2:000000000000:probation-offender-events',
    Message: typeof message === 'string' ? message : JSON.stringify(message),
    ...(eventType && { MessageAttributes: { eventType: { Type: 'String', Value: eventType } } }),
  });

describe('parseProbationEvent', () => {
  it.each(['SENTENCE_CHANGED', 'OFFENDER_DETAILS_CHANGED'])(
    'when %s names a case and its NOMS number, then both are read, upper case',
    (eventType) => {
      const body = { offenderId: 2500123456, crn: 'x418207', nomsNumber: 'G4821TK', sourceId: 1 };
      expect(parseProbationEvent(envelope(eventType, body))).toEqual({
        kind: 'handled',
        messageId: 'sns-p1',
        eventType,
        crn: 'X418207',
        nomsNumber: 'G4821TK',
      });
    },
  );

  it('when the case holds no NOMS number (the field omitted), then only the CRN is read', () => {
    expect(parseProbationEvent(envelope('SENTENCE_CHANGED', { crn: 'X418207' }))).toEqual({
      kind: 'handled',
      messageId: 'sns-p1',
      eventType: 'SENTENCE_CHANGED',
      crn: 'X418207',
    });
  });

  it('when another probation event arrives, then it is unhandled and its body never read', () => {
    expect(parseProbationEvent(envelope('CONVICTION_CHANGED', '{not json'))).toEqual({
      kind: 'unhandled',
      messageId: 'sns-p1',
      eventType: 'CONVICTION_CHANGED',
    });
  });

  it.each([
    [
      'the body has no crn',
      envelope('SENTENCE_CHANGED', { nomsNumber: 'G4821TK' }),
      'SENTENCE_CHANGED message has no crn',
    ],
    [
      'the body is not JSON',
      envelope('SENTENCE_CHANGED', '{"crn":'),
      'SENTENCE_CHANGED message is not valid JSON',
    ],
    [
      'there is no eventType attribute',
      envelope(undefined, { crn: 'X1' }),
      'SNS envelope has no eventType message attribute',
    ],
  ])('when %s, then it is poison with the reason', (_case, body, reason) => {
    expect(parseProbationEvent(body)).toMatchObject({ kind: 'poison', reason });
  });
});

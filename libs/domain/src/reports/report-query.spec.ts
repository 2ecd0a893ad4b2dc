import {
  parseInProgressQuery,
  parseMatchSummaryQuery,
  parseNotMatchedQuery,
  parseProcessedQuery,
} from './report-query';

function problemsOf(result: {
  kind: string;
  error?: { problems: readonly { parameter: string; message: string }[] };
}) {
  if (result.kind !== 'invalid' || !result.error)
    throw new Error(`expected invalid parameters, got ${result.kind}`);
  return result.error.problems;
}

describe('parseNotMatchedQuery', () => {
  it('defaults daysOld to the 7-day matching SLA and accepts 0', () => {
    expect(parseNotMatchedQuery({})).toEqual({ kind: 'ok', value: { daysOld: 7 } });
    expect(parseNotMatchedQuery({ daysOld: '0' })).toEqual({ kind: 'ok', value: { daysOld: 0 } });
  });

  it.each(['seven', '-1', '1.5', '99999', '7 '])('refuses daysOld=%j, naming the parameter', (daysOld) => {
    expect(problemsOf(parseNotMatchedQuery({ daysOld }))).toEqual([
      {
        parameter: 'daysOld',
        message: `daysOld must be a whole number of days from 0 to 36500, got "${daysOld}"`,
      },
    ]);
  });

  it('refuses a repeated or empty parameter', () => {
    expect(problemsOf(parseNotMatchedQuery({ daysOld: ['1', '2'] }))[0]?.message).toBe(
      'daysOld was given 2 times; give it once',
    );
    expect(problemsOf(parseNotMatchedQuery({ daysOld: '' }))[0]?.parameter).toBe('daysOld');
  });
});

describe('parseProcessedQuery', () => {
  it('reads every filter, London date-times to instants', () => {
    const result = parseProcessedQuery({
      locationId: 'MDI',
      eventType: 'BOOKING_NUMBER-CHANGED',
      processedDateStartDateTime: '2026-07-01T10:00:00',
      processedDateEndDateTime: '2026-07-02T10:00:00',
      createdDateStartDateTime: '2026-01-01T00:00:00',
      createdDateEndDateTime: '2026-01-02T00:00:00',
    });

    expect(result).toEqual({
      kind: 'ok',
      value: {
        locationId: 'MDI',
        eventType: 'BOOKING_NUMBER-CHANGED',
        processedAfter: new Date('2026-07-01T09:00:00Z'),
        processedBefore: new Date('2026-07-02T09:00:00Z'),
        createdAfter: new Date('2026-01-01T00:00:00Z'),
        createdBefore: new Date('2026-01-02T00:00:00Z'),
      },
    });
  });

  it('leaves unset filters out', () => {
    expect(parseProcessedQuery({})).toEqual({ kind: 'ok', value: {} });
  });

  it.each([
    '2020-12-11T15:15:49Z',
    '2020-12-11T15:15:49+01:00',
    '2020-12-11T15:15',
    '2020-12-11T15:15:49.123',
    '2020-12-11',
    '2021-02-30T10:00:00',
    '2020-12-11T10:60:00',
    '2020-12-11T24:00:00',
  ])('refuses the date-time %j', (text) => {
    expect(problemsOf(parseProcessedQuery({ createdDateStartDateTime: text }))).toEqual([
      {
        parameter: 'createdDateStartDateTime',
        message: `createdDateStartDateTime must be a London date-time yyyy-MM-ddTHH:mm:ss without an offset, e.g. 2020-12-11T15:15:49, got "${text}"`,
      },
    ]);
  });

  it('refuses an unknown event type, listing the known ones', () => {
    expect(problemsOf(parseProcessedQuery({ eventType: 'PRISONER_RELEASED' }))[0]?.message).toBe(
      'eventType must be one of IMPRISONMENT_STATUS-CHANGED, EXTERNAL_MOVEMENT_RECORD-INSERTED, BOOKING_NUMBER-CHANGED, SENTENCE_DATES-CHANGED, CONFIRMED_RELEASE_DATE-CHANGED, KEY_DATE_ADJUSTMENT_UPSERTED, KEY_DATE_ADJUSTMENT_DELETED, got "PRISONER_RELEASED"',
    );
  });

  it('refuses a misspelt filter rather than returning an unfiltered report', () => {
    expect(problemsOf(parseProcessedQuery({ locationID: 'MDI' }))).toEqual([
      {
        parameter: 'locationID',
        message:
          'unknown parameter locationID: this report accepts locationId, eventType, processedDateStartDateTime, processedDateEndDateTime, createdDateStartDateTime, createdDateEndDateTime',
      },
    ]);
  });

  it('refuses ranges whose start is not before their end, reporting every problem at once', () => {
    const problems = problemsOf(
      parseProcessedQuery({
        processedDateStartDateTime: '2026-01-02T00:00:00',
        processedDateEndDateTime: '2026-01-02T00:00:00',
        createdDateStartDateTime: '2026-01-03T00:00:00',
        createdDateEndDateTime: '2026-01-01T00:00:00',
      }),
    );

    expect(problems.map((p) => p.message)).toEqual([
      'processedDateEndDateTime must be later than processedDateStartDateTime',
      'createdDateEndDateTime must be later than createdDateStartDateTime',
    ]);
  });

  it('collects problems from several parameters into one message', () => {
    const result = parseProcessedQuery({ locationId: 'M D I', eventType: 'x' });

    expect(result.kind === 'invalid' && result.error.message).toMatch(
      /^locationId must be .*; eventType must be /,
    );
  });
});

describe('parseMatchSummaryQuery', () => {
  it('defaults slaDays to 7 and reads the filters', () => {
    expect(
      parseMatchSummaryQuery({ locationId: 'WWI', createdDateEndDateTime: '2026-01-15T10:00:00' }),
    ).toEqual({
      kind: 'ok',
      value: { locationId: 'WWI', slaDays: 7, createdBefore: new Date('2026-01-15T10:00:00Z') },
    });
  });

  it('refuses a non-numeric slaDays and a processed filter it does not support', () => {
    expect(
      problemsOf(parseMatchSummaryQuery({ slaDays: 'x', eventType: 'BOOKING_NUMBER-CHANGED' })).map(
        (p) => p.parameter,
      ),
    ).toEqual(['slaDays', 'eventType']);
  });
});

describe('parseInProgressQuery', () => {
  it('takes no parameters', () => {
    expect(parseInProgressQuery({})).toEqual({ kind: 'ok', value: {} });
    expect(problemsOf(parseInProgressQuery({ daysOld: '1' }))[0]?.message).toBe(
      'unknown parameter daysOld: this report takes none',
    );
  });
});

describe('parameter names the JavaScript object already has', () => {
  it.each(['__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'constructor'])(
    'when %s is given, then it is an unknown parameter, not a crash',
    (name) => {
      expect(problemsOf(parseInProgressQuery({ [name]: '1' }))[0]?.message).toBe(
        `unknown parameter ${name}: this report takes none`,
      );
    },
  );
});

import { londonOffsetDateTime, prisonIdentifierEvent } from './owed-events';

describe('prisonIdentifierEvent', () => {
  it('carries the CRN and NOMS number as person identifiers and the book number as extra information', () => {
    const event = prisonIdentifierEvent({
      crn: 'X142620',
      nomsNumber: 'A5089DY',
      bookingNumber: '38339A',
      occurredAt: new Date('2023-07-13T09:00:00.123Z'),
    });
    expect(event).toEqual({
      eventType: 'probation-case.prison-identifier.added',
      version: 1,
      detailUrl: null,
      occurredAt: '2023-07-13T10:00:00.123+01:00',
      description: expect.stringContaining('have been added to the probation case'),
      additionalInformation: { bookingNumber: '38339A' },
      personReference: {
        identifiers: [
          { type: 'CRN', value: 'X142620' },
          { type: 'NOMS', value: 'A5089DY' },
        ],
      },
    });
  });

  it('records the previous NOMS number next to the book number', () => {
    const event = prisonIdentifierEvent({
      crn: 'X142620',
      nomsNumber: 'A5089DY',
      previousNomsNumber: 'A9999DY',
      bookingNumber: '38339A',
      occurredAt: new Date('2026-01-15T10:00:00.000Z'),
    });
    expect(event.eventType).toBe('probation-case.prison-identifier.updated');
    expect(event.additionalInformation).toEqual({ bookingNumber: '38339A', previousNomsNumber: 'A9999DY' });
    expect(event.description).toContain('have been updated on the probation case');
  });
});

describe('londonOffsetDateTime', () => {
  it.each([
    ['2026-01-15T10:00:00.000Z', '2026-01-15T10:00:00.000+00:00'],
    ['2026-07-15T23:30:05.007Z', '2026-07-16T00:30:05.007+01:00'],
  ])('prints %s as %s', (instant, expected) => {
    expect(londonOffsetDateTime(new Date(instant))).toBe(expected);
  });
});

import { buildBooking, buildPrisoner, buildWorld, type Sandbox, startSandbox } from '../src';
import { SandboxClient } from './support/sandbox-client';

describe('prison-api serves the world’s NOMIS bookings in its own shapes', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;
  const get = <T = unknown>(path: string) => client.call<T>('prisonApi', 'GET', path);

  beforeAll(async () => {
    const booking = buildBooking({
      assignedLivingUnitId: 26156,
      legalStatus: 'SENTENCED',
      imprisonmentStatus: 'SENT03',
      sentenceDetail: { sentenceStartDate: '2020-02-11', sentenceExpiryDate: '2025-09-10' },
      sentenceTerms: [
        { sentenceSequence: 61, startDate: '2020-02-11', sentenceType: 'ADIMP_ORA' },
        { sentenceSequence: 62, consecutiveTo: 61, startDate: '2020-11-21', sentenceTermCode: 'LIC' },
      ],
      identifiers: [{ type: 'MERGED', value: 'A9999DY' }],
      movements: [
        {
          sequence: 1,
          movementType: 'ADM',
          directionCode: 'IN',
          movementDate: '2020-01-13',
          movementTime: '11:33:23',
          movementReasonCode: 'N',
          movementReason: 'Unconvicted Remand',
          fromAgency: 'ABRYCT',
          toAgency: 'MDI',
        },
      ],
    });
    sandbox = await startSandbox({
      world: buildWorld({ prisoners: [buildPrisoner({ pncNumber: '2004/0050290Y', bookings: [booking] })] }),
    });
    client = new SandboxClient(sandbox);
  });
  afterAll(() => sandbox.close());

  it('GET /api/bookings/{id} answers the basic booking, and with extraInfo the legal status, identifiers and dates', async () => {
    const basic = await get<Record<string, unknown>>('/api/bookings/1200835?basicInfo=true');
    expect(basic.body).toMatchObject({
      bookingId: 1200835,
      bookingNo: '38339A',
      offenderNo: 'A5089DY',
      firstName: 'ANDY',
      lastName: 'MARKE',
      agencyId: 'MDI',
      assignedLivingUnitId: 26156,
      activeFlag: true,
      dateOfBirth: '1970-01-01',
    });
    expect(basic.body).not.toHaveProperty('legalStatus');

    const extra = await get('/api/bookings/1200835?basicInfo=false&extraInfo=true');
    expect(extra.body).toMatchObject({
      legalStatus: 'SENTENCED',
      recall: false,
      imprisonmentStatus: 'SENT03',
      sentenceDetail: { bookingId: 1200835, sentenceStartDate: '2020-02-11' },
      identifiers: [
        { type: 'PNC', value: '2004/0050290Y' },
        { type: 'MERGED', value: 'A9999DY' },
      ],
    });
  });

  it('when the booking is unknown, then 404 in the ErrorResponse shape; when the id is not a number, then 400', async () => {
    const missing = await get('/api/bookings/999');
    expect(missing).toMatchObject({ status: 404, body: { status: 404, userMessage: expect.any(String) } });
    expect((await get('/api/bookings/abc')).status).toBe(400);
  });

  it('GET .../sentenceDetail answers the sentence dates', async () => {
    const reply = await get('/api/bookings/1200835/sentenceDetail');
    expect(reply.body).toEqual({
      bookingId: 1200835,
      sentenceStartDate: '2020-02-11',
      sentenceExpiryDate: '2025-09-10',
    });
  });

  it('GET .../sentenceTerms answers every term with consecutiveTo, or only the codes asked for', async () => {
    const all = await get<{ sentenceSequence: number; consecutiveTo?: number }[]>(
      '/api/offender-sentences/booking/1200835/sentenceTerms',
    );
    expect(all.body.map((term) => [term.sentenceSequence, term.consecutiveTo])).toEqual([
      [61, undefined],
      [62, 61],
    ]);
    const imp = await get<unknown[]>(
      '/api/offender-sentences/booking/1200835/sentenceTerms?filterBySentenceTermCodes=IMP',
    );
    expect(imp.body).toHaveLength(1);
  });

  it('GET .../identifiers?type=MERGED answers only the merged NOMS numbers', async () => {
    const reply = await get('/api/bookings/1200835/identifiers?type=MERGED');
    expect(reply.body).toEqual([
      { type: 'MERGED', value: 'A9999DY', offenderNo: 'A5089DY', bookingId: 1200835, caseloadType: 'INST' },
    ]);
  });

  it('GET /api/prisoners?offenderNo= answers the prisoner detail; an unknown number gives an empty list', async () => {
    const found = await get('/api/prisoners?offenderNo=A5089DY');
    expect(found.body).toEqual([
      expect.objectContaining({
        offenderNo: 'A5089DY',
        firstName: 'ANDY',
        lastName: 'MARKE',
        dateOfBirth: '1970-01-01',
        currentlyInPrison: 'Y',
        latestBookingId: 1200835,
        latestLocationId: 'MDI',
        pncNumber: '2004/0050290Y',
      }),
    ]);
    expect((await get('/api/prisoners?offenderNo=G0000ZZ')).body).toEqual([]);
    expect((await get('/api/prisoners')).status).toBe(400);
  });

  it('GET .../movement/{sequence} answers the movement with agency descriptions; an unknown one is 404', async () => {
    const reply = await get('/api/bookings/1200835/movement/1');
    expect(reply.body).toMatchObject({
      offenderNo: 'A5089DY',
      movementType: 'ADM',
      directionCode: 'IN',
      fromAgency: 'ABRYCT',
      toAgency: 'MDI',
      toAgencyDescription: 'Moorland (HMP & YOI)',
      createDateTime: '2020-01-13T11:33:23',
    });
    expect((await get('/api/bookings/1200835/movement/2')).status).toBe(404);
  });
});

import type { SnsEnvelopeOptions } from '@ptpu/domain/testing';
import { eventually } from '@ptpu/local-stack';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { BOOKINGS, MOVEMENTS } from './support/validator-world';

/** Outgoing calls: what the validator asks prison-api and HMPPS Auth, and what it does not. */
describe('validator: calls to prison-api', () => {
  let stack: ValidatorStack;

  beforeAll(async () => {
    stack = await startValidatorStack({ label: 'calls' });
  });
  afterAll(() => stack.close());

  /** Sends one event, waits for its outcome, and returns the prison-api calls it caused (method and URL). */
  async function callsFor(envelope: SnsEnvelopeOptions): Promise<string[]> {
    // The log is kept whole (never cleared) so the token test below sees every token request of the suite.
    const earlier = stack.sandbox.admin.requests({ upstream: 'prisonApi' }).length;
    const id = await stack.sendEvent(envelope);
    await eventually(() =>
      expect(stack.logs.some((line) => line.messageId === id && line.reason)).toBe(true),
    );
    const calls = stack.sandbox.admin.requests({ upstream: 'prisonApi' }).slice(earlier);
    return calls.map(({ method, path, query }) => {
      const search = new URLSearchParams(query as Record<string, string>).toString();
      return `${method} ${path}${search ? `?${search}` : ''}`;
    });
  }

  it('when a status change is accepted, then the sentence terms and the booking are each read once', async () => {
    expect(await callsFor({ event: { bookingId: BOOKINGS.accepted } })).toEqual([
      `GET /api/offender-sentences/booking/${BOOKINGS.accepted}/sentenceTerms`,
      `GET /api/bookings/${BOOKINGS.accepted}?basicInfo=false&extraInfo=true`,
    ]);
  });

  it('when the imprisonment status sequence is not 0, then prison-api is not called at all', async () => {
    expect(await callsFor({ event: { bookingId: BOOKINGS.accepted, imprisonmentStatusSeq: 2 } })).toEqual([]);
  });

  it('when there is no sentence start date, then the booking is never read', async () => {
    expect(await callsFor({ event: { bookingId: BOOKINGS.noSentenceStartDate } })).toEqual([
      `GET /api/offender-sentences/booking/${BOOKINGS.noSentenceStartDate}/sentenceTerms`,
    ]);
  });

  it('when a movement is accepted, then the movement and the booking are each read once', async () => {
    const envelope = {
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      event: { bookingId: BOOKINGS.accepted, movementSeq: MOVEMENTS.admission },
    };
    expect(await callsFor(envelope)).toEqual([
      `GET /api/bookings/${BOOKINGS.accepted}/movement/${MOVEMENTS.admission}`,
      `GET /api/bookings/${BOOKINGS.accepted}?basicInfo=false&extraInfo=true`,
    ]);
  });

  it('when a booking number change is accepted, then the booking and its merged identifiers are read', async () => {
    expect(
      await callsFor({ eventType: 'BOOKING_NUMBER-CHANGED', event: { bookingId: BOOKINGS.accepted } }),
    ).toEqual([
      `GET /api/bookings/${BOOKINGS.accepted}?basicInfo=false&extraInfo=true`,
      `GET /api/bookings/${BOOKINGS.accepted}/identifiers?type=MERGED`,
    ]);
  });

  it('when a booking number change is outside the interested prisons, then its identifiers are never read', async () => {
    expect(
      await callsFor({ eventType: 'BOOKING_NUMBER-CHANGED', event: { bookingId: BOOKINGS.elsewhere } }),
    ).toEqual([`GET /api/bookings/${BOOKINGS.elsewhere}?basicInfo=false&extraInfo=true`]);
  });

  it('when many events arrive, then one HMPPS Auth token serves every call of the suite', async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, () => stack.sendEvent({ event: { bookingId: BOOKINGS.accepted } })),
    );
    await eventually(async () => {
      for (const id of ids) expect(await stack.item(id)).toBeDefined();
    });

    const tokenRequests = stack.sandbox.admin.requests({
      upstream: 'auth',
      method: 'POST',
      path: '/auth/oauth/token',
    });
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]).toMatchObject({
      status: 200,
      body: expect.objectContaining({ grant_type: 'client_credentials' }),
    });
  });
});

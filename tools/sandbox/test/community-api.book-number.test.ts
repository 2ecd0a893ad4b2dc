import {
  buildCustodialConviction,
  buildDeliusCase,
  buildWorld,
  type ConvictionInput,
  type Sandbox,
  startSandbox,
} from '../src';
import { SandboxClient } from './support/sandbox-client';

const BOOK_NUMBER_PATH = '/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber';
const CUSTODY_PATH = `${BOOK_NUMBER_PATH}/38339A`;

describe('community-api book number: one active custodial event within 7 days', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;
  const clock = { time: new Date('2026-11-27T12:00:00Z'), now: () => clock.time };

  beforeAll(async () => {
    sandbox = await startSandbox({ world: buildWorld(), clock });
    client = new SandboxClient(sandbox);
  });
  afterAll(() => sandbox.close());

  function withEvents(...convictions: ConvictionInput[]): void {
    sandbox.admin.loadWorld(
      buildWorld({ deliusCases: [buildDeliusCase({ otherIds: { nomsNumber: 'A5089DY' }, convictions })] }),
    );
  }

  const setBookNumber = (sentenceStartDate: unknown) =>
    client.call('communityApi', 'PUT', BOOK_NUMBER_PATH, { bookingNumber: '38339A', sentenceStartDate });

  describe('PUT .../custody/bookingNumber', () => {
    it.each([
      ['on the day', '2020-02-11'],
      ['7 days after', '2020-02-18'],
      ['7 days before', '2020-02-04'],
    ])('when the one active custodial event started %s, then it takes the book number', async (_, date) => {
      withEvents(buildCustodialConviction({ startDate: '2020-02-11' }));

      const reply = await setBookNumber(date);

      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        bookingNumber: '38339A',
        sentenceStartDate: '2020-02-11',
        institution: {
          code: 'MDIHMP',
          nomsPrisonInstitutionCode: 'MDI',
          description: 'Moorland (HMP & YOI)',
        },
      });
      expect((await client.call('communityApi', 'GET', CUSTODY_PATH)).status).toBe(200);
    });

    it('accepts the sentence start date as the [year, month, day] array the original service sent', async () => {
      withEvents(buildCustodialConviction());
      expect((await setBookNumber([2020, 2, 11])).status).toBe(200);
    });

    it.each([
      ['started 8 days away', [buildCustodialConviction({ startDate: '2020-02-19' })]],
      ['is not active', [buildCustodialConviction({ active: false })]],
      ['is not custodial', [{ ...buildCustodialConviction(), custody: undefined }]],
      [
        'is one of two within 7 days',
        [
          buildCustodialConviction(),
          buildCustodialConviction({ convictionId: 2, index: '2', startDate: '2020-02-13' }),
        ],
      ],
    ])('when the event %s, then 404 and no book number is written', async (_, convictions) => {
      withEvents(...(convictions as ConvictionInput[]));

      const reply = await setBookNumber('2020-02-11');

      expect(reply.status).toBe(404);
      const events = sandbox.admin.deliusState('X142620')?.convictions ?? [];
      expect(events.map((event) => event.custody?.bookingNumber)).not.toContain('38339A');
    });

    it('when nobody holds the NOMS number, then 404', async () => {
      withEvents(buildCustodialConviction());
      const reply = await client.call(
        'communityApi',
        'PUT',
        '/secure/offenders/nomsNumber/G9999ZZ/custody/bookingNumber',
        {
          bookingNumber: '38339A',
          sentenceStartDate: '2020-02-11',
        },
      );
      expect(reply.status).toBe(404);
    });

    it('when the request has no sentence start date, then 400', async () => {
      withEvents(buildCustodialConviction());
      expect((await setBookNumber(undefined)).status).toBe(400);
    });

    it('when the custodial event is recorded later, then 404 until it appears, then the book number is set', async () => {
      withEvents(
        buildCustodialConviction({ active: false }),
        buildCustodialConviction({ convictionId: 2, index: '2', appearsAfter: '10m' }),
      );
      expect((await setBookNumber('2020-02-11')).status).toBe(404);
      const convictions = await client.call<unknown[]>(
        'communityApi',
        'GET',
        '/secure/offenders/crn/X142620/convictions',
      );
      expect(convictions.body).toHaveLength(1);

      clock.time = new Date(clock.time.getTime() + 10 * 60_000);

      expect((await setBookNumber('2020-02-11')).status).toBe(200);
      expect(sandbox.admin.deliusState('X142620')?.convictions[1].custody?.bookingNumber).toBe('38339A');
    });

    it('when an admin reveals the events recorded later, then they appear at once', async () => {
      withEvents(buildCustodialConviction({ appearsAfter: '1h' }));
      expect((await setBookNumber('2020-02-11')).status).toBe(404);

      sandbox.admin.revealConvictions('X142620');

      expect((await setBookNumber('2020-02-11')).status).toBe(200);
    });
  });
});

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
const KEY_DATES_PATH = '/secure/offenders/nomsNumber/A5089DY/bookingNumber/38339A/custody/keyDates';

describe('community-api custody records: location, key dates, and reads that reflect the writes', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ world: buildWorld() });
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

  describe('PUT .../custody/bookingNumber/{bookingNumber} (location)', () => {
    const setLocation = (code: string) =>
      client.call('communityApi', 'PUT', CUSTODY_PATH, { nomsPrisonInstitutionCode: code });

    it('when the custody holds the book number, then it moves to the institution and the custody GET shows it', async () => {
      withEvents(buildCustodialConviction({ custody: { bookingNumber: '38339A', institution: 'MDI' } }));

      const reply = await setLocation('LEI');

      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ institution: { code: 'LEIHMP', nomsPrisonInstitutionCode: 'LEI' } });
      const custody = await client.call('communityApi', 'GET', CUSTODY_PATH);
      expect(custody.body).toMatchObject({
        bookingNumber: '38339A',
        institution: { description: 'Leeds (HMP)' },
      });
    });

    it('when no custody holds the book number, then 404', async () => {
      withEvents(buildCustodialConviction({ custody: { bookingNumber: '38353A', institution: 'MDI' } }));
      expect((await setLocation('LEI')).status).toBe(404);
      expect((await client.call('communityApi', 'GET', CUSTODY_PATH)).status).toBe(404);
    });

    it('when two active custodies hold the book number, then 404 for the write and the read', async () => {
      const custody = { bookingNumber: '38339A', institution: 'MDI' };
      withEvents(
        buildCustodialConviction({ custody }),
        buildCustodialConviction({ convictionId: 2, index: '2', startDate: '2019-01-01', custody }),
      );
      expect((await setLocation('LEI')).status).toBe(404);
      expect((await client.call('communityApi', 'GET', CUSTODY_PATH)).status).toBe(404);
    });

    it('when the prison has no Delius institution, then 404', async () => {
      withEvents(buildCustodialConviction({ custody: { bookingNumber: '38339A', institution: 'MDI' } }));
      expect((await setLocation('XXX')).status).toBe(404);
    });
  });

  describe('POST .../custody/keyDates', () => {
    it('replaces every key date: one left out is deleted, the handover dates are kept', async () => {
      withEvents(
        buildCustodialConviction({
          custody: {
            bookingNumber: '38339A',
            institution: 'MDI',
            keyDates: {
              conditionalReleaseDate: '2022-11-26',
              paroleEligibilityDate: '2021-06-01',
              expectedPrisonOffenderManagerHandoverDate: '2022-05-01',
            },
          },
        }),
      );

      const reply = await client.call('communityApi', 'POST', KEY_DATES_PATH, {
        conditionalReleaseDate: '2022-12-01',
        sentenceExpiryDate: '2025-09-10',
      });

      const expected = {
        conditionalReleaseDate: '2022-12-01',
        sentenceExpiryDate: '2025-09-10',
        expectedPrisonOffenderManagerHandoverDate: '2022-05-01',
      };
      expect(reply.status).toBe(200);
      expect((reply.body as { keyDates: unknown }).keyDates).toEqual(expected);
      const custody = await client.call<{ keyDates: unknown }>('communityApi', 'GET', CUSTODY_PATH);
      expect(custody.body.keyDates).toEqual(expected);
    });

    it('when no custody holds the book number, then 404', async () => {
      withEvents(buildCustodialConviction());
      const reply = await client.call('communityApi', 'POST', KEY_DATES_PATH, {
        sentenceExpiryDate: '2025-09-10',
      });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /secure/offenders/crn/{crn}/convictions', () => {
    it('answers every recorded event with its sentence and custody as written so far', async () => {
      withEvents(
        {
          convictionId: 1,
          index: '1',
          active: false,
          sentence: { description: 'ORA Community Order', startDate: '2018-10-31' },
        },
        buildCustodialConviction({ convictionId: 3, index: '3' }),
      );
      await setBookNumber('2020-02-11');

      const reply = await client.call<unknown[]>(
        'communityApi',
        'GET',
        '/secure/offenders/crn/X142620/convictions',
      );

      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([
        expect.objectContaining({
          index: '1',
          active: false,
          sentence: expect.objectContaining({ startDate: '2018-10-31' }),
        }),
        expect.objectContaining({
          index: '3',
          active: true,
          sentence: expect.objectContaining({ startDate: '2020-02-11' }),
          custody: expect.objectContaining({ bookingNumber: '38339A', sentenceStartDate: '2020-02-11' }),
        }),
      ]);
      const activeOnly = await client.call<unknown[]>(
        'communityApi',
        'GET',
        '/secure/offenders/crn/X142620/convictions?activeOnly=true',
      );
      expect(activeOnly.body).toHaveLength(1);
    });

    it('when the CRN is unknown, then 404', async () => {
      withEvents();
      expect(
        (await client.call('communityApi', 'GET', '/secure/offenders/crn/X000000/convictions')).status,
      ).toBe(404);
    });
  });
});

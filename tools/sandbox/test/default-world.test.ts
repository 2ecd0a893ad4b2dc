import { DEFAULT_WORLD_PATH, readWorldFile, type Sandbox, startSandbox, type World } from '../src';
import { SandboxClient } from './support/sandbox-client';
import { matchAsTheServiceWould } from './support/service-journey';

describe('the seeded world walks every path as the real systems would', () => {
  let world: World;
  let sandbox: Sandbox;
  let client: SandboxClient;
  const community = (method: string, path: string, body?: unknown) =>
    client.call('communityApi', method, path, body);

  beforeAll(async () => {
    world = await readWorldFile(DEFAULT_WORLD_PATH);
    sandbox = await startSandbox({ world });
    client = new SandboxClient(sandbox);
  });
  beforeEach(() => sandbox.admin.loadWorld(world));
  afterAll(() => sandbox.close());

  it('booking 1200835 / A5089DY: NAME finds X142620 and X181002; only X142620 is custodial within 7 days of 2020-02-11', async () => {
    const journey = await matchAsTheServiceWould(client, 'A5089DY');
    expect(journey).toMatchObject({
      sentenceStartDate: '2020-02-11',
      matchedBy: 'NAME',
      crns: ['X142620', 'X181002'],
      withinSevenDays: ['X142620'],
    });
  });

  it('A5089DY: once matched, the NOMS number, book number, location and key dates are written; the merge then conflicts', async () => {
    expect(
      (await community('PUT', '/secure/offenders/crn/X142620/nomsNumber', { nomsNumber: 'A5089DY' })).status,
    ).toBe(200);
    expect((await matchAsTheServiceWould(client, 'A5089DY')).matchedBy).toBe('ALL_SUPPLIED');
    const custody = '/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber';
    expect(
      (await community('PUT', custody, { bookingNumber: '38339A', sentenceStartDate: '2020-02-11' })).status,
    ).toBe(200);
    expect((await community('PUT', `${custody}/38339A`, { nomsPrisonInstitutionCode: 'MDI' })).status).toBe(
      200,
    );
    const keyDates = '/secure/offenders/nomsNumber/A5089DY/bookingNumber/38339A/custody/keyDates';
    expect((await community('POST', keyDates, { sentenceExpiryDate: '2025-09-10' })).status).toBe(200);

    // A5089DY is now on X142620, so community-api refuses the replacement before looking for A9999DY.
    expect(
      (await community('PUT', '/secure/offenders/nomsNumber/A9999DY/nomsNumber', { nomsNumber: 'A5089DY' }))
        .status,
    ).toBe(409);
  });

  it('A5089DY: the merge of A9999DY, before any match, moves X142620 to A5089DY', async () => {
    const merged = await client.call<{ value: string }[]>(
      'prisonApi',
      'GET',
      '/api/bookings/1200835/identifiers?type=MERGED',
    );
    expect(merged.body.map((identifier) => identifier.value)).toEqual(['A9999DY']);

    const reply = await community('PUT', '/secure/offenders/nomsNumber/A9999DY/nomsNumber', {
      nomsNumber: 'A5089DY',
    });

    expect(reply).toMatchObject({
      status: 200,
      body: [expect.objectContaining({ crn: 'X142620', nomsNumber: 'A5089DY' })],
    });
  });

  it.each([
    ['G3878UK', 'NOMS number already set', 'ALL_SUPPLIED', ['X320741'], ['X320741']],
    ['G6123VX', 'key dates', 'EXTERNAL_KEY', ['X501118'], ['X501118']],
    ['G5402UT', 'temporary absence', 'EXTERNAL_KEY', ['X660143'], ['X660143']],
    ['G8312UW', 'no match', 'NOTHING', [], []],
    ['G2966VB', 'too many matches', 'NAME', ['X710022', 'X710389'], ['X710022', 'X710389']],
    ['G1247UR', 'identifier contradiction', 'NAME', ['X802214'], ['X802214']],
    ['G7711UA', 'non-zero sequence', 'ALL_SUPPLIED_ALIAS', ['X312001'], ['X312001']],
    ['G6650UD', 'event recorded later', 'PARTIAL_NAME_DOB_LENIENT', ['X455091'], ['X455091']],
    ['G0427UN', 'merge conflict', 'ALL_SUPPLIED', ['X871300'], ['X871300']],
  ])('%s (%s): matched by %s', async (offenderNo, _, matchedBy, crns, withinSevenDays) => {
    expect(await matchAsTheServiceWould(client, offenderNo)).toMatchObject({
      matchedBy,
      crns,
      withinSevenDays,
    });
  });

  it('G1247UR: the only candidate holds a different PNC, so the service must not take him', async () => {
    const [prisoner] = (
      await client.call<{ pncNumber: string }[]>('prisonApi', 'GET', '/api/prisoners?offenderNo=G1247UR')
    ).body;
    expect(prisoner.pncNumber).toBe('1994/0004511T');
    expect(sandbox.admin.deliusState('X802214')?.otherIds.pncNumber).toBe('1996/0007722M');
  });

  it('G6650UD: the book number is 404 until the re-entered custodial event appears', async () => {
    const path = '/secure/offenders/nomsNumber/G6650UD/custody/bookingNumber';
    const body = { bookingNumber: '49777L', sentenceStartDate: '2026-11-09' };
    expect(
      (await community('PUT', '/secure/offenders/crn/X455091/nomsNumber', { nomsNumber: 'G6650UD' })).status,
    ).toBe(200);
    expect((await community('PUT', path, body)).status).toBe(404);

    sandbox.admin.revealConvictions('X455091');

    expect((await community('PUT', path, body)).status).toBe(200);
  });

  it('G0427UN: the merge of A1846DV answers 409, because G0427UN is already on X871300', async () => {
    const reply = await community('PUT', '/secure/offenders/nomsNumber/A1846DV/nomsNumber', {
      nomsNumber: 'G0427UN',
    });
    expect(reply.status).toBe(409);
  });

  it('the movement, release, remand and key-date people look as the processor expects in prison-api', async () => {
    const get = <T>(path: string) => client.call<T>('prisonApi', 'GET', path).then((reply) => reply.body);

    expect(await get('/api/bookings/1200835/movement/1')).toMatchObject({
      movementType: 'ADM',
      fromAgency: 'ABRYCT',
      toAgency: 'MDI',
    });
    expect(await get('/api/bookings/1201563/movement/2')).toMatchObject({
      movementType: 'TAP',
      directionCode: 'OUT',
    });
    expect(await get('/api/bookings/1202409')).toMatchObject({ offenderNo: 'G9081UE', activeFlag: false });
    expect(await get('/api/offender-sentences/booking/1202650/sentenceTerms')).toEqual([]);
    expect(await get('/api/bookings/1201347/sentenceDetail')).toMatchObject({
      conditionalReleaseDate: '2027-02-28',
      conditionalReleaseOverrideDate: '2027-03-14',
      confirmedReleaseDate: '2027-03-14',
    });
  });
});

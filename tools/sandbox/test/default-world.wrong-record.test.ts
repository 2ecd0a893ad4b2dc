import { DEFAULT_WORLD_PATH, readWorldFile, type Sandbox, startSandbox, type World } from '../src';
import { crnsOf, SandboxClient, send } from './support/sandbox-client';
import { matchAsTheServiceWould } from './support/service-journey';

/** The seeded world's people whose Delius records could make the service write to the wrong one. */
describe('the seeded world: records that must not be written to, and a custody that must not be skipped', () => {
  let world: World;
  let sandbox: Sandbox;
  let client: SandboxClient;
  const holderOf = (nomsNumber: string) =>
    client.call('communityApi', 'GET', `/secure/offenders/nomsNumber/${nomsNumber}/all?failOnDuplicate=true`);

  beforeAll(async () => {
    world = await readWorldFile(DEFAULT_WORLD_PATH);
    sandbox = await startSandbox({ world });
    client = new SandboxClient(sandbox);
  });
  beforeEach(() => sandbox.admin.loadWorld(world));
  afterAll(() => sandbox.close());

  it('G5120VA: NAME finds X563201, custodial within 7 days, but it holds another prisoner’s number G7781XT', async () => {
    const journey = await matchAsTheServiceWould(client, 'G5120VA');
    expect(journey).toMatchObject({ matchedBy: 'NAME', crns: ['X563201'], withinSevenDays: ['X563201'] });
    expect(sandbox.admin.deliusState('X563201')?.otherIds.nomsNumber).toBe('G7781XT');
  });

  it('G2284WB: NAME finds X640011 only, while X640099 (never shown by /match) holds G2284WB', async () => {
    expect(await matchAsTheServiceWould(client, 'G2284WB')).toMatchObject({
      matchedBy: 'NAME',
      crns: ['X640011'],
      withinSevenDays: ['X640011'],
    });
    expect((await holderOf('G2284WB')).body).toMatchObject({ otherIds: { crn: 'X640099' } });
  });

  it('G3391WC: ALL_SUPPLIED finds X650021, already holding G3391WC, and the lookup answers 409 (X650088 holds it too)', async () => {
    expect(await matchAsTheServiceWould(client, 'G3391WC')).toMatchObject({
      matchedBy: 'ALL_SUPPLIED',
      crns: ['X650021'],
    });
    expect((await holderOf('G3391WC')).status).toBe(409);
  });

  it('G4406WD: book number 51844R is on the 2024 custody; set for 2026-10-20 it goes on the new one, and then no single custody holds it', async () => {
    const custodyPath = '/secure/offenders/nomsNumber/G4406WD/custody/bookingNumber';
    const before = await client.call('communityApi', 'GET', `${custodyPath}/51844R`);
    expect(before.body).toMatchObject({ bookingNumber: '51844R', sentenceStartDate: '2024-03-11' });

    const set = await client.call('communityApi', 'PUT', custodyPath, {
      bookingNumber: '51844R',
      sentenceStartDate: '2026-10-20',
    });

    expect(set.body).toMatchObject({ bookingNumber: '51844R', sentenceStartDate: '2026-10-20' });
    expect((await client.call('communityApi', 'GET', `${custodyPath}/51844R`)).status).toBe(404);
  });

  it('G5517WE: HMPPS_KEY finds only the stale X670041; without the NOMS number ALL_SUPPLIED finds X670077; clearing the stale number frees it', async () => {
    const search = { firstName: 'DARREN', surname: 'PIKE', dateOfBirth: '1986-06-30', activeSentence: true };
    const first = await client.match<{ matchedBy: string }>({ ...search, nomsNumber: 'G5517WE' });
    expect([first.body.matchedBy, crnsOf(first)]).toEqual(['HMPPS_KEY', ['X670041']]);
    const second = await client.match<{ matchedBy: string }>(search);
    expect([second.body.matchedBy, crnsOf(second)]).toEqual(['ALL_SUPPLIED', ['X670077']]);
    expect((await holderOf('G5517WE')).body).toMatchObject({ otherIds: { crn: 'X670041' } });

    await send(`${sandbox.urls.admin}/delius/X670041/nomsNumber`, { method: 'DELETE' });

    expect((await holderOf('G5517WE')).status).toBe(404);
  });
});

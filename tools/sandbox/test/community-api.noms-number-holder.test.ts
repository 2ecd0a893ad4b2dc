import { buildCustodialConviction, buildDeliusCase, buildWorld, type Sandbox, startSandbox } from '../src';
import { SandboxClient, send } from './support/sandbox-client';

const holderOf = (nomsNumber: string, query = '?failOnDuplicate=true') =>
  `/secure/offenders/nomsNumber/${nomsNumber}/all${query}`;

describe('community-api GET /secure/offenders/nomsNumber/{nomsNumber}/all: who holds a NOMS number', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ world: buildWorld() });
    client = new SandboxClient(sandbox);
  });
  afterAll(() => sandbox.close());

  beforeEach(() => {
    sandbox.admin.loadWorld(
      buildWorld({
        deliusCases: [
          buildDeliusCase({ crn: 'X142620', otherIds: { nomsNumber: 'A5089DY' } }),
          buildDeliusCase({
            crn: 'X181002',
            otherIds: { nomsNumber: 'G8020GG' },
            convictions: [buildCustodialConviction({ convictionId: 2500295399 })],
          }),
          buildDeliusCase({ crn: 'X181003', otherIds: { nomsNumber: 'G8020GG' }, convictions: [] }),
          buildDeliusCase({
            crn: 'X181004',
            otherIds: { nomsNumber: 'G1111GG' },
            softDeleted: true,
            convictions: [],
          }),
        ],
      }),
    );
  });

  it('when one case holds it, then the offender detail with its CRN in otherIds', async () => {
    const reply = await client.call('communityApi', 'GET', holderOf('A5089DY'));

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      firstName: 'Andy',
      otherIds: { crn: 'X142620', nomsNumber: 'A5089DY' },
      currentDisposal: '1',
    });
  });

  it('when nobody holds it (a soft-deleted case does not count), then 404', async () => {
    expect((await client.call('communityApi', 'GET', holderOf('A9999DY'))).status).toBe(404);
    expect((await client.call('communityApi', 'GET', holderOf('G1111GG'))).status).toBe(404);
  });

  it('when two cases hold it, then 409 with failOnDuplicate=true, and the likeliest (current disposal) without', async () => {
    expect((await client.call('communityApi', 'GET', holderOf('G8020GG'))).status).toBe(409);

    const likeliest = await client.call('communityApi', 'GET', holderOf('G8020GG', ''));
    expect(likeliest.status).toBe(200);
    expect(likeliest.body).toMatchObject({ otherIds: { crn: 'X181002' } });
  });

  it('when the probation team sets or clears a case’s NOMS number through the admin API, then the lookup sees it', async () => {
    const cleared = await send(`${sandbox.urls.admin}/delius/X181003/nomsNumber`, { method: 'DELETE' });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ crn: 'X181003', otherIds: {} });
    expect((await client.call('communityApi', 'GET', holderOf('G8020GG'))).body).toMatchObject({
      otherIds: { crn: 'X181002' },
    });

    const set = await send(`${sandbox.urls.admin}/delius/X181003/nomsNumber`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nomsNumber: 'A5089DY' }),
    });
    expect(set.status).toBe(200);
    expect((await client.call('communityApi', 'GET', holderOf('A5089DY'))).status).toBe(409);
    expect(sandbox.admin.deliusState('X181003')?.otherIds.nomsNumber).toBe('A5089DY');
  });

  it('when the admin route names an unknown case or a blank number, then 404 or 400', async () => {
    expect((await send(`${sandbox.urls.admin}/delius/X999999/nomsNumber`, { method: 'DELETE' })).status).toBe(
      404,
    );
    const blank = await send(`${sandbox.urls.admin}/delius/X142620/nomsNumber`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nomsNumber: ' ' }),
    });
    expect(blank.status).toBe(400);
  });

  it('needs ROLE_COMMUNITY', async () => {
    const token = await sandbox.mintToken(['ROLE_GLOBAL_SEARCH']);
    expect((await client.call('communityApi', 'GET', holderOf('A5089DY'), undefined, token)).status).toBe(
      403,
    );
  });
});

describe('community-api GET /secure/offenders/crn/{crn}/all: the case of a CRN', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;

  beforeAll(async () => {
    sandbox = await startSandbox({
      world: buildWorld({
        deliusCases: [
          buildDeliusCase({ crn: 'X142620', otherIds: { nomsNumber: 'A5089DY' } }),
          buildDeliusCase({ crn: 'X181005', otherIds: {}, convictions: [] }),
          buildDeliusCase({ crn: 'X181006', softDeleted: true, convictions: [] }),
        ],
      }),
    });
    client = new SandboxClient(sandbox);
  });
  afterAll(() => sandbox.close());

  it('when the case holds a NOMS number, then the offender detail names it in otherIds', async () => {
    const reply = await client.call('communityApi', 'GET', '/secure/offenders/crn/X142620/all');

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ otherIds: { crn: 'X142620', nomsNumber: 'A5089DY' } });
  });

  it('when the case holds none, then otherIds has no NOMS number', async () => {
    const reply = await client.call('communityApi', 'GET', '/secure/offenders/crn/X181005/all');

    expect(reply.status).toBe(200);
    expect((reply.body as { otherIds: object }).otherIds).not.toHaveProperty('nomsNumber');
  });

  it('when no case has the CRN, or it is soft-deleted, then 404', async () => {
    expect((await client.call('communityApi', 'GET', '/secure/offenders/crn/X999999/all')).status).toBe(404);
    expect((await client.call('communityApi', 'GET', '/secure/offenders/crn/X181006/all')).status).toBe(404);
  });
});

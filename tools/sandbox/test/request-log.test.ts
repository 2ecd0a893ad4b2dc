import { buildDeliusCase, buildPrisoner, buildWorld, type Sandbox, startSandbox } from '../src';
import { SandboxClient, send } from './support/sandbox-client';

describe('the request log: who called, under which claim, none dropped', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;

  beforeAll(async () => {
    sandbox = await startSandbox({
      world: buildWorld({ prisoners: [buildPrisoner()], deliusCases: [buildDeliusCase({ crn: 'X142620' })] }),
    });
    client = new SandboxClient(sandbox);
    await client.serviceToken();
  });
  beforeEach(() => sandbox.admin.clearRequests());
  afterAll(() => sandbox.close());

  const putNoms = async (headers: Record<string, string>) =>
    send(`${sandbox.urls.communityApi}/secure/offenders/crn/X142620/nomsNumber`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${await client.serviceToken()}`,
        'content-type': 'application/json',
        ...headers,
      },
      body: JSON.stringify({ nomsNumber: 'A5089DY' }),
    });

  it('records the x-ptpu-caller and x-ptpu-claim headers of each call', async () => {
    await putNoms({ 'x-ptpu-caller': 'processor-1', 'x-ptpu-claim': 'booking#1200835;fence=7;owner=p1:abc' });

    expect(sandbox.admin.requests()).toEqual([
      expect.objectContaining({
        caller: 'processor-1',
        claim: 'booking#1200835;fence=7;owner=p1:abc',
      }),
    ]);
  });

  it('records null for a call that names neither', async () => {
    await putNoms({});
    expect(sandbox.admin.requests()).toEqual([expect.objectContaining({ caller: null, claim: null })]);
  });

  it('keeps more than 10,000 requests: a check that every write was announced must see every write', async () => {
    const calls = 10_050;
    for (let sent = 0; sent < calls; sent += 150) {
      await Promise.all(
        Array.from({ length: 150 }, () => send(`${sandbox.urls.prisonApi}/health/ping`, { method: 'GET' })),
      );
    }
    expect(sandbox.admin.requests()).toHaveLength(calls);
  }, 60_000);

  it('takes the matching requests out of the log in one step, over HTTP too', async () => {
    await putNoms({});
    await client.call('prisonApi', 'GET', '/api/bookings/1200835');

    const taken = await send<unknown[]>(`${sandbox.urls.admin}/requests/take?upstream=communityApi`, {
      method: 'POST',
    });

    expect(taken.body).toEqual([expect.objectContaining({ upstream: 'communityApi', method: 'PUT' })]);
    expect(sandbox.admin.requests()).toEqual([expect.objectContaining({ upstream: 'prisonApi' })]);
    expect(sandbox.admin.takeRequests({ upstream: 'communityApi' })).toEqual([]);
  });
});

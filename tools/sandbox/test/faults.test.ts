import { buildDeliusCase, buildPrisoner, buildWorld, type Sandbox, startSandbox } from '../src';
import { SandboxClient, send } from './support/sandbox-client';

describe('fault injection per upstream route', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;
  const booking = () => client.call('prisonApi', 'GET', '/api/bookings/1200835');

  beforeAll(async () => {
    sandbox = await startSandbox({
      world: buildWorld({
        prisoners: [buildPrisoner()],
        deliusCases: [
          buildDeliusCase({ crn: 'X142620' }),
          buildDeliusCase({ crn: 'X181002', convictions: [] }),
        ],
      }),
    });
    client = new SandboxClient(sandbox);
    await client.serviceToken();
  });
  afterEach(() => {
    sandbox.admin.clearFaults();
    sandbox.admin.clearRequests();
  });
  afterAll(() => sandbox.close());

  it('when a status is set for N calls, then the next N matching calls get it and later calls are served', async () => {
    sandbox.admin.addFault({
      upstream: 'prisonApi',
      method: 'GET',
      path: '/api/bookings/{bookingId}',
      status: 503,
      times: 2,
    });

    const statuses = [(await booking()).status, (await booking()).status, (await booking()).status];

    expect(statuses).toEqual([503, 503, 200]);
    expect(sandbox.admin.faults()).toEqual([]);
    expect(sandbox.admin.requests({ upstream: 'prisonApi' }).map((request) => request.status)).toEqual([
      503, 503, 200,
    ]);
  });

  it('when a share of calls is set, then that share fails, spread evenly', async () => {
    sandbox.admin.addFault({ upstream: 'prisonApi', path: '/api/**', status: 500, share: 0.5 });

    const statuses: number[] = [];
    for (let call = 0; call < 6; call++) statuses.push((await booking()).status);

    expect(statuses).toEqual([200, 500, 200, 500, 200, 500]);
    expect(sandbox.admin.faults()[0]).toMatchObject({ matched: 6, applied: 3 });
  });

  it('when a delay is set, then the call is answered normally after it', async () => {
    sandbox.admin.addFault({ upstream: 'prisonApi', path: '/api/bookings/1200835', delayMs: 300, times: 1 });

    const started = performance.now();
    const reply = await booking();

    expect(reply.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('when a delay is set on a call its route refuses, then the refusal is delayed too', async () => {
    sandbox.admin.addFault({ upstream: 'prisonApi', path: '/api/bookings/*', delayMs: 300, times: 1 });

    const started = performance.now();
    const reply = await client.call('prisonApi', 'GET', '/api/bookings/999999');

    expect(reply.status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('when a reset is set, then the connection is dropped without an answer and logged as such', async () => {
    sandbox.admin.addFault({ upstream: 'communityApi', path: '/secure/**', reset: true, times: 1 });

    await expect(
      client.call('communityApi', 'GET', '/secure/offenders/crn/X142620/convictions'),
    ).rejects.toThrow();

    expect(sandbox.admin.requests({ upstream: 'communityApi' })).toEqual([
      expect.objectContaining({ status: null }),
    ]);
    expect(
      (await client.call('communityApi', 'GET', '/secure/offenders/crn/X142620/convictions')).status,
    ).toBe(200);
  });

  it('only touches the route, method and upstream it names', async () => {
    sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'GET',
      path: '/secure/offenders/crn/X181002/convictions',
      status: 500,
    });

    expect(
      (await client.call('communityApi', 'GET', '/secure/offenders/crn/X181002/convictions')).status,
    ).toBe(500);
    expect(
      (await client.call('communityApi', 'GET', '/secure/offenders/crn/X142620/convictions')).status,
    ).toBe(200);
    expect((await booking()).status).toBe(200);
  });

  it('acts before the token check, as a network fault would', async () => {
    sandbox.admin.addFault({ upstream: 'offenderSearch', path: '/match', status: 502 });
    expect((await client.call('offenderSearch', 'POST', '/match', { surname: 'MARKE' }, null)).status).toBe(
      502,
    );
  });

  it('can be added, listed and cleared over the admin HTTP API, which rejects a fault it cannot inject', async () => {
    const admin = sandbox.urls.admin;
    const json = { 'content-type': 'application/json' };
    const invalid = await send(`${admin}/faults`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ upstream: 'prisonApi', path: '/api/**', status: 503, reset: true }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      error: 'SANDBOX.FAULT_INVALID',
      issues: [expect.stringContaining('exclude')],
    });

    const added = await send<{ id: string }>(`${admin}/faults`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ upstream: 'prisonApi', path: '/api/**', status: 503 }),
    });
    expect(added.status).toBe(201);
    expect((await send(`${admin}/faults`, { method: 'GET' })).body).toEqual([
      expect.objectContaining({ id: added.body.id }),
    ]);
    expect((await booking()).status).toBe(503);

    expect((await send(`${admin}/faults`, { method: 'DELETE' })).status).toBe(204);
    expect((await booking()).status).toBe(200);
  });

  it.each([
    ['no effect', { upstream: 'prisonApi', path: '/api/**' }],
    ['an unknown upstream', { upstream: 'nomis', path: '/api/**', status: 500 }],
    ['a share above 1', { upstream: 'prisonApi', path: '/api/**', status: 500, share: 1.5 }],
    ['a relative path', { upstream: 'prisonApi', path: 'api', status: 500 }],
  ])('rejects a fault with %s', (_, fault) => {
    expect(() => sandbox.admin.addFault(fault as never)).toThrow('Invalid fault');
  });
});

import { buildDeliusCase, buildPrisoner, buildWorld, type Sandbox, startSandbox } from '../src';
import { SandboxClient } from './support/sandbox-client';

describe('a fault after the write is applied (the answer is lost, the write is not)', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;
  const setNoms = (nomsNumber: string) =>
    client.call('communityApi', 'PUT', '/secure/offenders/crn/X142620/nomsNumber', { nomsNumber });
  const nomsInDelius = () => sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber;

  beforeEach(async () => {
    sandbox = await startSandbox({
      world: buildWorld({ prisoners: [buildPrisoner()], deliusCases: [buildDeliusCase({ crn: 'X142620' })] }),
    });
    client = new SandboxClient(sandbox);
    await client.serviceToken();
  });
  afterEach(() => sandbox.close());

  it('when afterApply with a status is set, then the write changes Delius and the caller gets the status', async () => {
    const id = sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: '/secure/offenders/crn/{crn}/nomsNumber',
      status: 500,
      afterApply: true,
      times: 1,
    });

    const reply = await setNoms('A5089DY');

    expect(reply.status).toBe(500);
    expect(reply.body).toMatchObject({ status: 500, userMessage: 'Fault injected by the sandbox' });
    expect(nomsInDelius()).toBe('A5089DY');
    expect(sandbox.admin.requests({ method: 'PUT' })).toEqual([
      expect.objectContaining({ status: 500, fault: { id, applied: true } }),
    ]);
  });

  it('when holdMs is set, then the write is not applied while held, and lands once the hold is over', async () => {
    sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: '/secure/offenders/crn/{crn}/nomsNumber',
      holdMs: 400,
      times: 1,
    });

    const reply = setNoms('A5089DY');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const whileHeld = nomsInDelius();

    expect((await reply).status).toBe(200);
    expect(whileHeld).toBeUndefined();
    expect(nomsInDelius()).toBe('A5089DY');
  });

  it('when holdMs and landAfter are set, then the held write lands just after the next lookup of that path is answered', async () => {
    sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: '/secure/offenders/crn/{crn}/nomsNumber',
      holdMs: 50,
      landAfter: '/secure/offenders/nomsNumber/{noms}/all',
      times: 1,
    });
    const reply = setNoms('A5089DY');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const beforeLookup = nomsInDelius();

    const lookup = await client.call('communityApi', 'GET', '/secure/offenders/nomsNumber/A5089DY/all');

    expect(beforeLookup).toBeUndefined();
    expect(lookup.status).toBe(404);
    expect((await reply).status).toBe(200);
    expect(nomsInDelius()).toBe('A5089DY');
  });

  it('when a plain status fault is set, then the write is not applied and the log says so', async () => {
    const id = sandbox.admin.addFault({ upstream: 'communityApi', method: 'PUT', path: '/**', status: 500 });

    expect((await setNoms('A5089DY')).status).toBe(500);

    expect(nomsInDelius()).toBeUndefined();
    expect(sandbox.admin.requests({ method: 'PUT' })).toEqual([
      expect.objectContaining({ status: 500, fault: { id, applied: false } }),
    ]);
  });

  it('when afterApply with a reset is set, then the write changes Delius and the connection is dropped', async () => {
    sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: '/**',
      reset: true,
      afterApply: true,
    });

    await expect(setNoms('A5089DY')).rejects.toThrow();

    expect(nomsInDelius()).toBe('A5089DY');
    expect(sandbox.admin.requests({ method: 'PUT' })).toEqual([
      expect.objectContaining({ status: null, fault: expect.objectContaining({ applied: true }) }),
    ]);
  });

  it('when the route refuses the call, then nothing is applied and the caller still gets the fault', async () => {
    sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: '/**',
      status: 503,
      afterApply: true,
    });

    const reply = await client.call('communityApi', 'PUT', '/secure/offenders/crn/X000000/nomsNumber', {
      nomsNumber: 'A5089DY',
    });

    expect(reply.status).toBe(503);
    expect(sandbox.admin.requests({ method: 'PUT' })).toEqual([
      expect.objectContaining({ status: 503, fault: expect.objectContaining({ applied: false }) }),
    ]);
  });

  it('when a call is not faulted, then the log records no fault', async () => {
    expect((await setNoms('A5089DY')).status).toBe(200);
    expect(sandbox.admin.requests({ method: 'PUT' })).toEqual([expect.objectContaining({ fault: null })]);
  });

  it.each([
    ['afterApply alone', { afterApply: true }],
    ['afterApply with only a delay', { afterApply: true, delayMs: 10 }],
  ])('rejects %s: there is no answer to replace it with', (_, extra) => {
    expect(() =>
      sandbox.admin.addFault({ upstream: 'communityApi', path: '/**', ...extra } as never),
    ).toThrow('Invalid fault');
  });
});

describe('ending one fault', () => {
  it('removes only that fault, over HTTP too, and says when there was none', async () => {
    const sandbox = await startSandbox({ world: buildWorld({ prisoners: [buildPrisoner()] }) });
    try {
      const first = sandbox.admin.addFault({ upstream: 'prisonApi', path: '/api/**', status: 500 });
      const second = sandbox.admin.addFault({ upstream: 'offenderSearch', path: '/match', status: 502 });

      expect(sandbox.admin.removeFault(first)).toBe(true);
      expect(sandbox.admin.faults().map((fault) => fault.id)).toEqual([second]);
      expect((await fetch(`${sandbox.urls.admin}/faults/${second}`, { method: 'DELETE' })).status).toBe(204);
      expect((await fetch(`${sandbox.urls.admin}/faults/${second}`, { method: 'DELETE' })).status).toBe(404);
      expect(sandbox.admin.faults()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});

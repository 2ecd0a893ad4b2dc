import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseWriteIntent } from '@ptpu/domain';
import { eventually } from '@ptpu/local-stack';
import type { RunningProcessor } from '../src/processor';
import { startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_STATUS_CHANGE } from './support/sample-events';

// Long enough for one Delius write and one lease renewal, as the processor requires at start-up.
const LEASE_MS = 12_000;
const WORKSPACE = path.resolve(__dirname, '../../..');
const NOMS_NUMBER_WRITE = '/secure/offenders/crn/X142620/nomsNumber';

/**
 * A pod killed after Delius applied its NOMS number write, before it could record the event the write owes:
 * the pod that takes the booking over must still announce the write, once, and must not send it again. The
 * dying pod is a real process, killed with SIGKILL while its write's answer is held back.
 */
describe('processor: a NOMS number write is announced even when its worker dies after it', () => {
  let stack: ProcessorStack;
  let doomed: ChildProcess | undefined;
  let survivor: RunningProcessor | undefined;

  beforeAll(async () => {
    stack = await startProcessorStack({
      label: 'announced-writes',
      startLoop: false,
      env: { PTPU_LOCK_LEASE: `${LEASE_MS}ms`, PTPU_HTTP_TIMEOUT: '5s' },
    });
  });
  afterAll(async () => {
    doomed?.kill('SIGKILL');
    await stack.close();
  });

  it('when the worker is killed between the Delius write and recording its event, then the next worker announces it by lookup', async () => {
    // Delius applies the write at once; its answer is held back long enough to kill the worker waiting on it.
    stack.sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: NOMS_NUMBER_WRITE,
      afterApply: true,
      status: 500,
      delayMs: 60_000,
      times: 1,
    });
    const rowId = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE);
    doomed = spawn(process.execPath, ['--import', 'tsx', 'apps/processor/src/main.ts'], {
      cwd: WORKSPACE,
      env: { ...process.env, ...stack.env },
      stdio: 'ignore',
    });
    await eventually(
      async () => expect(stack.sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A5089DY'),
      30_000,
    );
    doomed.kill('SIGKILL');

    // What the dead worker left: the write it was making, on the row, and no event.
    const left = await stack.row(rowId);
    expect(left).toMatchObject({ status: 'VALIDATED', retryCount: 0 });
    expect(parseWriteIntent(rowId, left.writeIntent as string)).toMatchObject({
      write: 'setNomsNumber',
      crn: 'X142620',
      nomsNumber: 'A5089DY',
    });
    expect(await stack.domainEvents.drain()).toEqual([]);

    survivor = await stack.startAnother();
    survivor.loop.start();
    await eventually(async () => expect((await stack.row(rowId)).status).toBe('COMPLETED'), LEASE_MS * 3);

    const events = await stack.domainEvents.drain();
    expect(events).toEqual([
      expect.objectContaining({
        eventType: 'probation-case.prison-identifier.updated',
        eventId: `${rowId}/probation-case.prison-identifier.updated/X142620`,
        body: expect.objectContaining({
          additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
        }),
      }),
    ]);
    // The survivor settled the write by lookup: it sent none of its own.
    const survivorOwner = survivor.owner;
    const nomsWrites = stack.deliusWrites().filter((request) => request.path === NOMS_NUMBER_WRITE);
    expect(nomsWrites.filter((request) => request.claim?.endsWith(`owner=${survivorOwner}`))).toEqual([]);
    expect(stack.deliusWrites().some((request) => request.claim?.endsWith(`owner=${survivorOwner}`))).toBe(
      true,
    );
    expect((await stack.row(rowId)).writeIntent).toBeUndefined();
  });
});

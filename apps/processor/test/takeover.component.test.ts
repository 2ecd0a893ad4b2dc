import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClientFor } from '@ptpu/store';
import type { RunningProcessor } from '../src/processor';
import { eventually } from '@ptpu/local-stack';
import { startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { statusChangeOf } from './support/sample-events';

// About the shortest lease start-up accepts with the default 10 s PTPU_HTTP_TIMEOUT (a renewal takes up to 9 s).
const LEASE_MS = 12_000;
// Each read fits in PTPU_HTTP_TIMEOUT (10 s), which itself fits in the lease; three of them hang a booking for
// longer than the test watches the renewals.
const READ_DELAY_MS = 8_000;
const WORKSPACE = path.resolve(__dirname, '../../..');

/**
 * A pod that dies holding the `processor` lock (and a booking claim) must not stop processing for longer than
 * one lease: the lock and the claim are leases, not flags. The dying pod is a real process, killed with SIGKILL.
 */
describe('processor: takeover after the lock holder dies', () => {
  let stack: ProcessorStack;
  let doomed: ChildProcess;
  let survivor: RunningProcessor;

  beforeAll(async () => {
    stack = await startProcessorStack({
      label: 'takeover',
      startLoop: false,
      env: { PTPU_LOCK_LEASE: `${LEASE_MS}ms` },
    });
  });
  afterAll(async () => {
    doomed?.kill('SIGKILL');
    await stack.close();
  });

  const lockHolder = async (id: string) => {
    const { Item } = await documentClientFor(stack.aws.dynamodb).send(
      new GetCommand({ TableName: stack.tables.scheduleTable, Key: { _id: id }, ConsistentRead: true }),
    );
    return Item && Item.lockUntil > Date.now() ? (Item.lockedBy as string) : undefined;
  };

  it('when the pod holding the lock is killed mid-cycle, then another pod takes over within one lease', async () => {
    // The doomed pod's cycle hangs on this booking, holding the lock and the booking's claim.
    stack.sandbox.admin.addFault({
      upstream: 'prisonApi',
      path: '/api/**',
      delayMs: READ_DELAY_MS,
      times: 3,
    });
    const stuckRow = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', statusChangeOf(1201092));
    doomed = spawn(process.execPath, ['--import', 'tsx', 'apps/processor/src/main.ts'], {
      cwd: WORKSPACE,
      env: { ...process.env, ...stack.env },
      stdio: 'ignore',
    });
    const doomedOwner = await eventually(async () => {
      const holder = await lockHolder('processor');
      expect(holder).toBeDefined();
      return holder as string;
    }, 30_000);
    survivor = await stack.startAnother();
    survivor.loop.start();

    // While the doomed pod lives, its renewals keep the lock from the survivor.
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS * 1.5));
    expect(await lockHolder('processor')).toBe(doomedOwner);

    doomed.kill('SIGKILL');
    const killedAt = Date.now();
    await eventually(async () => expect(await lockHolder('processor')).toBe(survivor.owner), LEASE_MS * 3);
    expect(Date.now() - killedAt).toBeLessThan(LEASE_MS + 1_000);

    // The booking the dead pod was working is picked up once its claim runs out too.
    await eventually(async () => expect((await stack.row(stuckRow)).status).toBe('COMPLETED'), LEASE_MS * 3);
  }, 120_000);
});

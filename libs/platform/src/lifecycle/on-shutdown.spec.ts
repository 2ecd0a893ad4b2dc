import { EventEmitter } from 'node:events';
import { createCapturingLogger } from '../testing/capturing-logger';
import { onShutdown, type ShutdownHook } from './on-shutdown';

describe('onShutdown', () => {
  function setUp(hooks: ShutdownHook[], hookTimeoutMs?: number) {
    const target = new EventEmitter();
    const { logger, lines } = createCapturingLogger();
    const exits: number[] = [];
    let exited!: () => void;
    const exitedPromise = new Promise<void>((resolve) => (exited = resolve));
    const handle = onShutdown(hooks, logger, {
      target,
      hookTimeoutMs,
      exit: (code) => {
        exits.push(code);
        exited();
      },
    });
    return { target, lines, exits, handle, exitedPromise };
  }

  it('runs the hooks on SIGTERM in reverse order of registration, then exits 0', async () => {
    const ran: string[] = [];
    const hook = (name: string): ShutdownHook => ({ name, run: async () => void ran.push(name) });
    const hooks = [hook('http server'), hook('sqs consumer')];
    const { target, exits, exitedPromise, handle } = setUp(hooks);
    hooks.push(hook('lock renewal'));

    target.emit('SIGTERM', 'SIGTERM');
    await exitedPromise;
    handle.dispose();

    expect(ran).toEqual(['lock renewal', 'sqs consumer', 'http server']);
    expect(exits).toEqual([0]);
  });

  it('moves on from a hook that outlives its time limit and exits 1', async () => {
    const ran: string[] = [];
    const { target, exits, exitedPromise, lines, handle } = setUp(
      [
        { name: 'http server', run: () => void ran.push('http server') },
        { name: 'stuck consumer', timeoutMs: 20, run: () => new Promise(() => undefined) },
      ],
      5_000,
    );

    target.emit('SIGINT', 'SIGINT');
    await exitedPromise;
    handle.dispose();

    expect(ran).toEqual(['http server']);
    expect(exits).toEqual([1]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', hook: 'stuck consumer' }));
  });

  it('exits at once on a second signal', async () => {
    const { target, exits, handle } = setUp([
      { name: 'slow', run: () => new Promise((resolve) => setTimeout(resolve, 50)) },
    ]);

    target.emit('SIGTERM', 'SIGTERM');
    target.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([1]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    handle.dispose();
  });

  it('logs an unhandled rejection and exits non-zero', () => {
    const { target, exits, lines, handle } = setUp([]);

    target.emit('unhandledRejection', new Error('nobody awaited me'));
    handle.dispose();

    expect(exits).toEqual([1]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'fatal',
        msg: 'unhandledRejection',
        err: expect.objectContaining({ message: 'nobody awaited me' }),
      }),
    );
  });

  it('stops listening once disposed', () => {
    const { target, exits, handle } = setUp([]);

    handle.dispose();
    target.emit('uncaughtException', new Error('after dispose'));

    expect(exits).toEqual([]);
  });
});

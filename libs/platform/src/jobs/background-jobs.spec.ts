import { createCapturingLogger } from '../testing/capturing-logger';
import { BackgroundJobs } from './background-jobs';

const finished = async (jobs: BackgroundJobs, id: string) => {
  await jobs.stop();
  return jobs.get(id);
};

describe('BackgroundJobs', () => {
  it('works the items one at a time in the background, keeping each result in order', async () => {
    const jobs = new BackgroundJobs(createCapturingLogger().logger);
    const seen: number[] = [];

    const job = jobs.start('double', [1, 2, 3], String, async (n) => (seen.push(n), n * 2));

    expect(job).toMatchObject({ kind: 'double', state: 'running', total: 3 });
    expect(await finished(jobs, job.id)).toMatchObject({
      state: 'finished',
      done: 3,
      finishedAt: expect.any(String),
      results: [
        { item: '1', outcome: 2 },
        { item: '2', outcome: 4 },
        { item: '3', outcome: 6 },
      ],
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('records an item that throws with its error code, and goes on with the rest', async () => {
    const { logger, lines } = createCapturingLogger();
    const jobs = new BackgroundJobs(logger);
    const failing = Object.assign(new Error('prison-api down'), { code: 'UPSTREAM.HTTP_STATUS' });

    const job = jobs.start(
      'mixed',
      ['a', 'b'],
      (s) => s,
      async (s) => {
        if (s === 'a') throw failing;
        return 'ok';
      },
    );

    expect((await finished(jobs, job.id))?.results).toEqual([
      { item: 'a', outcome: { error: 'UPSTREAM.HTTP_STATUS' } },
      { item: 'b', outcome: 'ok' },
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'background job item failed', item: 'a' }));
  });

  it('refuses a job while as many as it allows are running (409), and takes one again once one has finished', async () => {
    const jobs = new BackgroundJobs(createCapturingLogger().logger, 20, 1);
    let release: (() => void) | undefined;
    const held = jobs.start('held', ['x'], String, () => new Promise<void>((resolve) => (release = resolve)));

    expect(() => jobs.start('second', ['y'], String, async () => 'y')).toThrow(
      expect.objectContaining({ status: 409, code: 'JOBS.BUSY' }),
    );
    release?.();
    await finished(jobs, held.id);
    expect(jobs.start('second', ['y'], String, async () => 'y')).toMatchObject({ state: 'running' });
  });

  it('forgets the oldest finished jobs beyond the newest it keeps, never a running one', async () => {
    const jobs = new BackgroundJobs(createCapturingLogger().logger, 2);
    let release: (() => void) | undefined;
    const held = jobs.start(
      'held',
      ['x'],
      String,
      () => new Promise<string>((resolve) => (release = () => resolve('x'))),
    );
    const first = jobs.start('quick', [1], String, async () => 1);
    await new Promise((resolve) => setTimeout(resolve, 10));

    const second = jobs.start('quick', [2], String, async () => 2);

    expect(jobs.get(first.id)).toBeUndefined();
    expect(jobs.get(held.id)?.state).toBe('running');
    expect(jobs.get(second.id)).toBeDefined();
    release?.();
    await jobs.stop();
    expect(jobs.get(held.id)?.state).toBe('finished');
  });
});

import { WorkerPool } from './worker-pool';

/** A task that runs until the test lets it finish, noting how many tasks were running at its start. */
function controllableTask(state: { active: number; peak: number }) {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const task = async () => {
    state.active += 1;
    state.peak = Math.max(state.peak, state.active);
    await finished;
    state.active -= 1;
  };
  return { task, finish };
}

describe('WorkerPool', () => {
  it('never runs more than its limit at once, and starts the next task as soon as a slot frees', async () => {
    const state = { active: 0, peak: 0 };
    const pool = new WorkerPool(2, () => undefined);
    const tasks = [controllableTask(state), controllableTask(state), controllableTask(state)];

    await pool.run(tasks[0].task);
    await pool.run(tasks[1].task);
    let thirdStarted = false;
    const third = pool.run(tasks[2].task).then(() => (thirdStarted = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(thirdStarted).toBe(false);

    tasks[0].finish();
    await third;
    expect(state.active).toBe(2);

    tasks[1].finish();
    tasks[2].finish();
    await pool.drain();
    expect(state).toEqual({ active: 0, peak: 2 });
  });

  it('reports a task that rejects and keeps running the others', async () => {
    const errors: unknown[] = [];
    const pool = new WorkerPool(1, (error) => errors.push(error));
    let secondRan = false;

    await pool.run(async () => Promise.reject(new Error('boom')));
    await pool.run(async () => {
      secondRan = true;
    });
    await pool.drain();

    expect(errors).toEqual([new Error('boom')]);
    expect(secondRan).toBe(true);
  });

  it('refuses a limit below 1', () => {
    expect(() => new WorkerPool(0, () => undefined)).toThrow(RangeError);
  });
});

import { progressLine, RunRecorder } from '../src/report/run-recorder';

/** A recorder on a clock the test moves, writing progress to a list of lines. */
function recorderAt(isTTY: boolean) {
  let now = 1_000_000;
  const written: string[] = [];
  const recorder = new RunRecorder('test', {
    now: () => now,
    sampleEveryMs: 60_000, // ticks are driven by hand
    progressTo: { isTTY, write: (text: string) => written.push(text) > 0 },
  });
  const advance = (ms: number) => {
    now += ms;
    recorder.tick();
  };
  return { recorder, written, advance };
}

describe('RunRecorder', () => {
  it('samples the running phase’s rate and memory, and records when each phase ran', () => {
    const { recorder, advance } = recorderAt(false);
    advance(500);
    const phase = recorder.phase('seed rows', { unit: 'rows', total: 1_000 });
    for (let i = 1; i <= 4; i += 1) {
      phase.update(i * 100);
      advance(1_000);
    }
    phase.end();
    advance(500);

    const run = recorder.finish();

    expect(run.phases).toEqual([
      { name: 'seed rows', unit: 'rows', start: 0.5, end: 4.5, memoryOf: 'bench' },
    ]);
    expect(run.samples.map((s) => s.rate)).toEqual([undefined, 100, 100, 100, 100, 100, undefined]);
    expect(run.samples.every((s) => (s.rssMb ?? 0) > 0)).toBe(true);
  });

  it('leaves memory out while the process it names has not started', () => {
    const { recorder, advance } = recorderAt(false);
    recorder.phase('work', { unit: 'bookings', memoryOf: { name: 'processor', pid: undefined } });
    advance(1_000);
    const run = recorder.finish();
    expect(run.phases[0].memoryOf).toBe('processor');
    expect(run.samples.every((s) => s.rssMb === undefined)).toBe(true);
  });

  it('shows progress only once a phase has run a few seconds, then every ten seconds without a terminal', () => {
    const { recorder, written, advance } = recorderAt(false);
    const phase = recorder.phase('work bookings', { unit: 'bookings', total: 2_000 });
    for (let s = 1; s <= 25; s += 1) {
      phase.update(s * 40);
      advance(1_000);
    }
    recorder.finish();

    expect(written).toEqual([
      '  work bookings: 120 / 2,000 bookings (6%), 40 bookings/s, 47 s left (3 s so far)\n',
      '  work bookings: 520 / 2,000 bookings (26%), 40 bookings/s, 37 s left (13 s so far)\n',
      '  work bookings: 920 / 2,000 bookings (46%), 40 bookings/s, 27 s left (23 s so far)\n',
    ]);
  });

  it('rewrites one line on a terminal and clears it when the phase ends', () => {
    const { recorder, written, advance } = recorderAt(true);
    const phase = recorder.phase('seed rows', { unit: 'rows' });
    for (let s = 1; s <= 5; s += 1) {
      phase.update(s * 1_000);
      advance(1_000);
    }
    phase.end();

    expect(written.slice(0, 3)).toEqual([
      '\r\u001b[K  seed rows: 3,000 rows, 1,000 rows/s (3 s so far)',
      '\r\u001b[K  seed rows: 4,000 rows, 1,000 rows/s (4 s so far)',
      '\r\u001b[K  seed rows: 5,000 rows, 1,000 rows/s (5 s so far)',
    ]);
    expect(written.at(-1)).toBe('\r\u001b[K');
  });
});

describe('progressLine', () => {
  it('says minutes when much time is left', () => {
    expect(progressLine('seed', 5_000, 100_000, 'rows', 500, 10_000)).toBe(
      '  seed: 5,000 / 100,000 rows (5%), 500 rows/s, 3 min 10 s left (10 s so far)',
    );
  });
});

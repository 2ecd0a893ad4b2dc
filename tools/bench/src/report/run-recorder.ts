import { readFileSync } from 'node:fs';

/** A stretch of a bench that works through items (rows seeded, bookings worked, events drained). */
export interface RecordedPhase {
  name: string;
  /** What is counted: `rows`, `bookings`, `events`. */
  unit: string;
  /** Seconds from the start of the run. */
  start: number;
  end: number;
  /** Whose resident memory the samples during this phase measure. */
  memoryOf: string;
}

/** What the recorder saw at one moment. */
export interface Sample {
  /** Seconds from the start of the run. */
  t: number;
  /** Items per second of the phase then running (over the last few seconds), if any. */
  rate?: number;
  /** Resident memory, in MB, of the process the phase names. */
  rssMb?: number;
}

/** A bench's run over time: what the chart draws. */
export interface RecordedRun {
  bench: string;
  phases: RecordedPhase[];
  samples: Sample[];
}

export interface PhaseOptions {
  unit: string;
  /** How many items the phase will count, for the percentage and the time left. */
  total?: number;
  /** The process whose memory to sample (a child's pid); the bench's own process otherwise. */
  memoryOf?: { name: string; pid: number | undefined };
}

export interface Phase {
  /** Items done so far (a running total). */
  update(done: number): void;
  end(): void;
}

export interface RecorderOptions {
  sampleEveryMs?: number;
  /** Where progress lines go; none when undefined. */
  progressTo?: NodeJS.WriteStream | { write(text: string): boolean; isTTY?: boolean };
  /** A phase shows progress once it has run this long. */
  quietForMs?: number;
  now?: () => number;
}

const RATE_WINDOW_MS = 3_000;
/** Without a terminal to rewrite a line in, a progress line this often. */
const PLAIN_PROGRESS_EVERY_MS = 10_000;

/**
 * Samples a bench while it runs: the throughput of the phase in progress and the resident memory of the process
 * it names, every `sampleEveryMs`; and shows each phase's progress (done, rate, time left) once it has run
 * for a few seconds, rewriting one line on a terminal, a line every ten seconds otherwise.
 */
export class RunRecorder {
  private readonly startedAt: number;
  private readonly phases: RecordedPhase[] = [];
  private readonly samples: Sample[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;
  private current?: {
    phase: RecordedPhase;
    options: PhaseOptions;
    startedAt: number;
    done: number;
    history: { at: number; done: number }[];
    lastPrintedAt: number;
    printed: boolean;
  };

  constructor(
    private readonly bench: string,
    private readonly options: RecorderOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.timer = setInterval(() => this.tick(), options.sampleEveryMs ?? 500);
    this.timer.unref();
  }

  phase(name: string, options: PhaseOptions): Phase {
    if (this.current) this.endPhase();
    const at = this.now();
    const phase: RecordedPhase = {
      name,
      unit: options.unit,
      start: this.seconds(at),
      end: this.seconds(at),
      memoryOf: options.memoryOf?.name ?? 'bench',
    };
    this.phases.push(phase);
    this.current = {
      phase,
      options,
      startedAt: at,
      done: 0,
      history: [{ at, done: 0 }],
      lastPrintedAt: at,
      printed: false,
    };
    return {
      update: (done) => {
        if (this.current?.phase === phase) this.current.done = done;
      },
      end: () => {
        if (this.current?.phase === phase) this.endPhase();
      },
    };
  }

  /** Stops sampling and returns what was recorded. */
  finish(): RecordedRun {
    if (this.current) this.endPhase();
    clearInterval(this.timer);
    return { bench: this.bench, phases: this.phases, samples: this.samples };
  }

  /** Exposed for tests, which drive the clock themselves. */
  tick(): void {
    const at = this.now();
    const current = this.current;
    const sample: Sample = { t: this.seconds(at) };
    if (current) {
      current.history.push({ at, done: current.done });
      while (current.history.length > 2 && at - current.history[1].at >= RATE_WINDOW_MS)
        current.history.shift();
      sample.rate = rateOf(current.history);
      current.phase.end = sample.t;
    }
    const rss = residentMb(current?.options.memoryOf);
    if (rss !== undefined) sample.rssMb = rss;
    this.samples.push(sample);
    if (current) this.showProgress(at, sample.rate ?? 0);
  }

  private endPhase(): void {
    const current = this.current;
    if (!current) return;
    this.tick();
    this.current = undefined;
    const out = this.options.progressTo;
    if (current.printed && out?.isTTY) out.write('\r\u001b[K');
  }

  private showProgress(at: number, rate: number): void {
    const out = this.options.progressTo;
    const current = this.current;
    if (!out || !current || at - current.startedAt < (this.options.quietForMs ?? 3_000)) return;
    if (!out.isTTY && current.printed && at - current.lastPrintedAt < PLAIN_PROGRESS_EVERY_MS) return;
    const line = progressLine(
      current.phase.name,
      current.done,
      current.options.total,
      current.phase.unit,
      rate,
      at - current.startedAt,
    );
    out.write(out.isTTY ? `\r\u001b[K${line}` : `${line}\n`);
    current.printed = true;
    current.lastPrintedAt = at;
  }

  private seconds(at: number): number {
    return Math.round(at - this.startedAt) / 1000;
  }
}

/** `  seed processed rows: 45,000 / 100,000 rows (45%), 3,120 rows/s, 18 s left (14 s so far)`. */
export function progressLine(
  name: string,
  done: number,
  total: number | undefined,
  unit: string,
  rate: number,
  elapsedMs: number,
): string {
  const count = total
    ? `${fmt(done)} / ${fmt(total)} ${unit} (${Math.floor((done / total) * 100)}%)`
    : `${fmt(done)} ${unit}`;
  const left = total && rate > 0 ? `, ${duration(((total - done) / rate) * 1000)} left` : '';
  return `  ${name}: ${count}, ${fmt(rate)} ${unit}/s${left} (${duration(elapsedMs)} so far)`;
}

function rateOf(history: { at: number; done: number }[]): number {
  const first = history[0];
  const last = history[history.length - 1];
  const seconds = (last.at - first.at) / 1000;
  return seconds > 0 ? Math.max(0, (last.done - first.done) / seconds) : 0;
}

/** VmRSS of a process from /proc (Linux), or this process's own resident memory. */
function residentMb(of: PhaseOptions['memoryOf']): number | undefined {
  if (!of) return round(process.memoryUsage.rss() / 1_048_576);
  if (of.pid === undefined) return undefined;
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${of.pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : round(Number(kb) / 1024);
  } catch {
    return undefined; // not started yet, or gone
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

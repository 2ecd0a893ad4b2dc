/**
 * `npm run bench -- processor [--bookings 2000] [--latency 50] [--warm-up 500] [--backlog 100000]
 * [--worked 5000] [--concurrency 8] [--node-options "--max-old-space-size=128 --max-semi-space-size=16"]
 * [--only a|b]`: the processor bundle, in a process of its own, against the sandbox.
 *
 * (a) Efficiency: how close the processor comes to keeping PTPU_PROCESSING_CONCURRENCY upstream calls in flight
 *     all the time. ideal = calls the sandbox answered x latency / concurrency; efficiency = ideal / measured.
 *     Every booking takes the longest path (11 calls). Target at least 0.8. A warm-up round goes first, unmeasured:
 *     a freshly started DynamoDB Local answers its first few thousand writes two to three times slower than
 *     once its JIT has compiled them, and a real table has no such cold start to measure.
 * (b) Memory: peak RSS while it works through the oldest bookings of a large backlog of due rows, which it must
 *     read a page at a time rather than all at once. Target under 300 MB.
 *
 * The processor runs with the node options its deployment uses (NODE_OPTIONS; see apps/processor/README.md):
 * its live heap is small, but at this allocation rate V8 lets an uncapped heap grow far past what it needs,
 * and a capped one without an explicit young generation spends most of its CPU collecting garbage.
 * Load average and the processor's CPU time are printed, since on a shared machine they explain the figures.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ensureEmulators, type EmulatorEndpoints } from '@ptpu/local-stack';
import type { BenchContext } from './src/report/bench-context';
import { startBenchRig } from './src/processor/bench-rig';
import { benchWorld, dueRows } from './src/processor/bench-world';
import { AppProcess, waitForCount } from './src/app-process';
import { seedRows } from './src/seed-rows';

interface BenchOptions {
  bookings: number;
  latencyMs: number;
  warmUp: number;
  backlog: number;
  worked: number;
  concurrency: number;
  nodeOptions: string[];
  only?: 'a' | 'b';
}

const EFFICIENCY_TARGET = 0.8;
const PEAK_RSS_TARGET_MB = 300;

export async function run(args: string[], context: BenchContext): Promise<void> {
  const options = parseOptions(args);
  const emulators = await ensureEmulators({ quiet: true });
  console.log(`processor node options: ${options.nodeOptions.join(' ') || '(none)'}`);
  try {
    if (options.only !== 'b') await measureEfficiency(options, emulators.endpoints, context);
    if (options.only !== 'a') await measureMemory(options, emulators.endpoints, context);
  } finally {
    await emulators.stop();
  }
}

async function measureEfficiency(
  options: BenchOptions,
  endpoints: EmulatorEndpoints,
  context: BenchContext,
): Promise<void> {
  const { bookings, latencyMs, concurrency, warmUp } = options;
  if (warmUp > 0) {
    const warmUpStarted = Date.now();
    await workThrough('warm-up (not measured)', warmUp, 0, options, endpoints, context);
    console.log(
      `    warm-up: ${fmt(warmUp)} bookings, no latency, ${seconds(Date.now() - warmUpStarted)} (not measured)`,
    );
  }
  console.log(
    `(a) efficiency: ${fmt(bookings)} due bookings, ${latencyMs} ms latency on every upstream call, concurrency ${concurrency}`,
  );
  const run = await workThrough('(a) efficiency', bookings, latencyMs, options, endpoints, context);
  const idealMs = (run.calls * latencyMs) / concurrency;
  const efficiency = idealMs / run.measuredMs;
  context.figure({
    name: '(a) efficiency, ideal / measured time',
    value: round2(efficiency),
    unit: 'ratio',
    target: { op: '>=', value: EFFICIENCY_TARGET },
  });
  context.figure({ name: '(a) ideal time', value: round2(idealMs / 1000), unit: 's' });
  context.figure({ name: '(a) measured time', value: round2(run.measuredMs / 1000), unit: 's' });
  context.figure({ name: '(a) upstream calls', value: run.calls, unit: 'calls' });
  context.figure({
    name: '(a) processor CPU',
    value: cpuPerBooking(run.cpuSeconds, bookings),
    unit: 'ms/booking',
  });
  console.log(
    `    ${fmt(run.calls)} upstream calls; ideal ${seconds(idealMs)}, measured ${seconds(run.measuredMs)}: ` +
      `efficiency ${efficiency.toFixed(2)} (target >= ${EFFICIENCY_TARGET}) ${efficiency >= EFFICIENCY_TARGET ? 'MET' : 'NOT MET'}`,
  );
  console.log(`    ${circumstances(run.cpuSeconds, bookings)}`);
}

/** A processor of its own works `bookings` due bookings (tables of their own too); how long it took, from start. */
async function workThrough(
  label: string,
  bookings: number,
  latencyMs: number,
  options: BenchOptions,
  endpoints: EmulatorEndpoints,
  context: BenchContext,
): Promise<{ calls: number; measuredMs: number; cpuSeconds: number }> {
  const rig = await startBenchRig(benchWorld(bookings), 'bench-efficiency', endpoints);
  try {
    const seeding = context.phase(`${label}: seed ${fmt(bookings)} due rows`, {
      unit: 'rows',
      total: bookings,
    });
    await seedRows(rig.dynamodb, rig.messageTable, dueRows(bookings, new Date()), seeding.update);
    seeding.end();
    rig.addLatency(latencyMs);
    rig.resetCalls();
    const processor = await AppProcess.start(
      'processor',
      { ...rig.env, PTPU_PROCESSING_CONCURRENCY: String(options.concurrency) },
      options.nodeOptions,
    );
    const started = Date.now();
    const working = context.phase(`${label}: work ${fmt(bookings)} bookings`, {
      unit: 'bookings',
      total: bookings,
      memoryOf: { name: 'processor', pid: processor.pid },
    });
    let cpuSeconds: number;
    try {
      await waitForCount(() => processor.statusChangesCounted(), bookings, working.update);
      cpuSeconds = processor.cpuSeconds();
    } finally {
      working.end();
      await processor.stop();
    }
    return { calls: rig.calls(), measuredMs: Date.now() - started, cpuSeconds };
  } finally {
    await rig.close();
  }
}

async function measureMemory(
  options: BenchOptions,
  endpoints: EmulatorEndpoints,
  context: BenchContext,
): Promise<void> {
  const { backlog, worked, concurrency } = options;
  console.log(
    `(b) memory: the first ${fmt(worked)} bookings of a ${fmt(backlog)}-row backlog, no latency, concurrency ${concurrency}`,
  );
  const rig = await startBenchRig(benchWorld(worked), 'bench-memory', endpoints);
  try {
    const seeding = Date.now();
    const seedPhase = context.phase(`(b) memory: seed ${fmt(backlog)} due rows`, {
      unit: 'rows',
      total: backlog,
    });
    await seedRows(rig.dynamodb, rig.messageTable, dueRows(backlog, new Date()), seedPhase.update);
    seedPhase.end();
    console.log(`    seeded ${fmt(backlog)} due rows in ${seconds(Date.now() - seeding)}`);
    const processor = await AppProcess.start(
      'processor',
      { ...rig.env, PTPU_PROCESSING_CONCURRENCY: String(concurrency) },
      options.nodeOptions,
    );
    const started = Date.now();
    const startRssMb = processor.peakRssMb();
    const working = context.phase(`(b) memory: work the first ${fmt(worked)} bookings`, {
      unit: 'bookings',
      total: worked,
      memoryOf: { name: 'processor', pid: processor.pid },
    });
    let peakRssMb: number;
    let cpuSeconds: number;
    try {
      await waitForCount(() => processor.statusChangesCounted(), worked, working.update);
      peakRssMb = processor.peakRssMb();
      cpuSeconds = processor.cpuSeconds();
    } finally {
      working.end();
      await processor.stop();
    }
    const workedSeconds = (Date.now() - started) / 1000;
    context.figure({
      name: '(b) processor peak resident memory',
      value: Math.round(peakRssMb),
      unit: 'MB',
      target: { op: '<', value: PEAK_RSS_TARGET_MB },
    });
    context.figure({
      name: '(b) processor resident memory at start',
      value: Math.round(startRssMb),
      unit: 'MB',
    });
    context.figure({
      name: `(b) time to work ${fmt(worked)} bookings`,
      value: round2(workedSeconds),
      unit: 's',
    });
    context.figure({
      name: '(b) processor CPU',
      value: cpuPerBooking(cpuSeconds, worked),
      unit: 'ms/booking',
    });
    console.log(
      `    ${fmt(worked)} bookings in ${seconds(Date.now() - started)}; RSS at start ${startRssMb.toFixed(0)} MB, ` +
        `peak ${peakRssMb.toFixed(0)} MB (target < ${PEAK_RSS_TARGET_MB} MB) ${peakRssMb < PEAK_RSS_TARGET_MB ? 'MET' : 'NOT MET'}`,
    );
    console.log(`    ${circumstances(cpuSeconds, worked)}`);
  } finally {
    await rig.close();
  }
}

function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      bookings: { type: 'string', default: '2000' },
      latency: { type: 'string', default: '50' },
      'warm-up': { type: 'string', default: '500' },
      backlog: { type: 'string', default: '100000' },
      worked: { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '8' },
      'node-options': { type: 'string', default: '--max-old-space-size=128 --max-semi-space-size=16' },
      only: { type: 'string' },
    },
  });
  const count = (name: string, value: string) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1)
      throw new Error(`--${name} must be a positive whole number, got ${value}`);
    return parsed;
  };
  if (values.only !== undefined && values.only !== 'a' && values.only !== 'b')
    throw new Error('--only must be a or b');
  const options: BenchOptions = {
    bookings: count('bookings', values.bookings),
    latencyMs: count('latency', values.latency),
    warmUp: values['warm-up'] === '0' ? 0 : count('warm-up', values['warm-up']),
    backlog: count('backlog', values.backlog),
    worked: count('worked', values.worked),
    concurrency: count('concurrency', values.concurrency),
    nodeOptions: values['node-options'].split(/\s+/).filter((option) => option !== ''),
    only: values.only as BenchOptions['only'],
  };
  if (options.worked > options.backlog) throw new Error('--worked cannot exceed --backlog');
  return options;
}

/** The processor's CPU per booking and the machine's load, which a shared machine's figures depend on. */
function circumstances(cpuSeconds: number, bookings: number): string {
  const [one, five] = loadavg();
  return `processor CPU ${cpuPerBooking(cpuSeconds, bookings)} ms per booking; load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)`;
}

const cpuPerBooking = (cpuSeconds: number, bookings: number) => Math.round((cpuSeconds * 1000) / bookings);
const round2 = (n: number) => Math.round(n * 100) / 100;

const fmt = (n: number) => n.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

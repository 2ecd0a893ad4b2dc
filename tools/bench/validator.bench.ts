/**
 * `npm run bench -- validator [--events 10000] [--concurrency 10]`: the validator's throughput beside a baseline.
 *
 * Both drain a queue of status changes that all pass validation (the longest path): the baseline does the
 * same receives, the same prison-api calls (sandbox, no added latency), the same puts and deletes at the same
 * concurrency and nothing else (src/validator/baseline-worker.ts); the validator is its esbuild bundle as
 * production runs it. Each runs in a process of its own beside the sandbox, and each is timed the same way:
 * from the moment it starts receiving until its queue is empty. Target: validator / baseline at least 0.8.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { ensureEmulators, freePort, localAwsClients } from '@ptpu/local-stack';
import { DEFAULT_WORLD_PATH, readWorldFile, startSandbox } from '@ptpu/sandbox';
import type { BenchContext } from './src/report/bench-context';
import { fillQueue, statusChangeBodies } from './src/validator/bench-events';
import { createBenchTarget, type BenchTarget } from './src/validator/bench-target';

const WORKSPACE = path.resolve(__dirname, '../..');
const TARGET_RATIO = 0.8;

interface Run {
  label: string;
  events: number;
  seconds: number;
}

export async function run(args: string[], context: BenchContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { events: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '10' } },
  });
  const events = Number(values.events);
  const concurrency = Number(values.concurrency);
  const emulators = await ensureEmulators({ quiet: true });
  const aws = localAwsClients(emulators.endpoints);
  const sandbox = await startSandbox({ world: await readWorldFile(DEFAULT_WORLD_PATH) });
  const targets: BenchTarget[] = [];
  const prepare = async (label: string) => {
    const target = await createBenchTarget(label, aws, emulators.endpoints, sandbox);
    targets.push(target);
    const filling = context.phase(`${label}: queue ${fmt(events)} events`, { unit: 'events', total: events });
    await fillQueue(aws.sqs, target.queueUrl, statusChangeBodies(events), filling.update);
    filling.end();
    return target;
  };
  try {
    console.log(`${events.toLocaleString('en-GB')} status changes per run, concurrency ${concurrency}`);
    const baseline = await measure(context, 'baseline', events, await prepare('baseline'), (target) =>
      startBaseline({
        ...target.env,
        BENCH_EVENTS: String(events),
        BENCH_CONCURRENCY: String(concurrency),
        BENCH_QUEUE_URL: target.queueUrl,
      }),
    );
    buildValidatorBundle();
    const validator = await measure(context, 'validator', events, await prepare('validator'), (target) =>
      startValidator({ ...target.env, PTPU_CONSUMER_CONCURRENCY: String(concurrency) }),
    );
    report(context, baseline, validator);
  } finally {
    await sandbox.close();
    await Promise.all(targets.map((target) => target.tables.drop()));
    aws.destroy();
    await emulators.stop();
  }
}

/** Starts a consumer, times it from when it starts receiving until its queue is empty, and checks its rows. */
async function measure(
  context: BenchContext,
  label: string,
  events: number,
  target: BenchTarget,
  start: (target: BenchTarget) => Promise<ChildProcess>,
): Promise<Run> {
  const child = await start(target);
  const started = performance.now();
  const draining = context.phase(`${label}: drain the queue`, {
    unit: 'events',
    total: events,
    memoryOf: { name: label, pid: child.pid },
  });
  try {
    for (let remaining = await target.remaining(); remaining > 0; remaining = await target.remaining()) {
      draining.update(events - remaining);
      if (child.exitCode !== null && child.exitCode !== 0)
        throw new Error(`${label} exited with ${child.exitCode}`);
      await sleep(25);
    }
  } finally {
    draining.end();
    await stop(child);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = await target.rows();
  if (rows !== events) throw new Error(`${label} stored ${rows} rows for ${events} events`);
  console.log(`  ${label.padEnd(9)} ${fmt(events / seconds)} events/s (${seconds.toFixed(1)} s)`);
  return { label, events, seconds };
}

async function startBaseline(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/bench/src/validator/baseline-worker.ts'], {
    cwd: WORKSPACE,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => line === 'ready' && resolve());
    child.once('exit', (code) => reject(new Error(`the baseline exited with ${code} before it was ready`)));
  });
  return child;
}

function buildValidatorBundle(): void {
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tools/build-app.ts', 'validator'], {
    cwd: WORKSPACE,
    stdio: 'ignore',
  });
}

/** The bundle, logging at info as deployed; ready once /health/ping answers, by which time it is receiving. */
async function startValidator(env: Record<string, string>): Promise<ChildProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/apps/validator/main.js'], {
    cwd: WORKSPACE,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the validator exited with ${child.exitCode} while starting`);
    if (Date.now() > deadline) throw new Error('the validator did not answer /health/ping within 30 s');
    const up = await fetch(`http://127.0.0.1:${port}/health/ping`, { signal: AbortSignal.timeout(500) }).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return child;
    await sleep(10);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function report(context: BenchContext, baseline: Run, validator: Run): void {
  const ratio = baseline.seconds / validator.seconds;
  for (const run of [baseline, validator]) {
    context.figure({
      name: `${run.label} throughput`,
      value: Math.round(run.events / run.seconds),
      unit: 'events/s',
    });
  }
  context.figure({
    name: 'validator / baseline throughput',
    value: Math.round(ratio * 100) / 100,
    unit: 'ratio',
    target: { op: '>=', value: TARGET_RATIO },
  });
  console.log(
    `  ratio     ${ratio.toFixed(2)} (validator / baseline; target >= ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `  load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} (a shared machine skews both runs)`,
  );
}

const fmt = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 0 });

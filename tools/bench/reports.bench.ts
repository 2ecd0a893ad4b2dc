/**
 * `npm run bench -- reports [--rows 100000] [--node-options "..."]`: peak memory and time of the in-progress
 * report over 100,000 pending rows.
 *
 * The original loaded every row of a report into memory (after scanning the whole table). Here a report streams:
 * rows are written as index pages arrive, so the app's memory should not grow with the report. The app runs as
 * deployed, the esbuild bundle in a process of its own, so its resident memory is measured alone (from /proc),
 * at each quarter of the report and at its peak; the target is a peak under 200 MB.
 *
 * It runs with the node options its deployment uses (apps/reports/README.md): its live heap is a few pages, but
 * at this allocation rate an uncapped V8 grows its young and old generations far past that on a large machine.
 * `--node-options ""` shows the uncapped figures.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pendingStateFor, reportingDeleteBy, type MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { ensureEmulators, LOCAL_CREDENTIALS, LOCAL_REGION } from '@ptpu/local-stack';
import { startTestTokenIssuer } from '@ptpu/platform/testing';
import { createTestTables, localDynamoClient } from '@ptpu/store/testing';
import type { BenchContext } from './src/report/bench-context';
import { seedRows } from './src/seed-rows';

const TARGET_PEAK_MB = 200;
/** As apps/reports/README.md asks the deployment to set in NODE_OPTIONS. */
const DEPLOYED_NODE_OPTIONS = '--max-old-space-size=128 --max-semi-space-size=8';
const RETRY_COUNTS = [0, 2, 7, 15]; // one per pending-by-state partition
const root = path.resolve(__dirname, '../..');
const now = Date.now();

export async function run(args: string[], context: BenchContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rows: { type: 'string', default: '100000' },
      'node-options': { type: 'string', default: DEPLOYED_NODE_OPTIONS },
    },
  });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows <= 0)
    throw new Error(`--rows must be a positive whole number, got ${values.rows}`);
  const nodeOptions = values['node-options'].split(' ').filter(Boolean);
  buildBundle();
  const emulators = await ensureEmulators({ quiet: true });
  const client = localDynamoClient(emulators.endpoints.dynamodb);
  const tables = await createTestTables(client, 'bench-reports');
  const issuer = await startTestTokenIssuer();
  let app: ChildProcess | undefined;
  try {
    const seeding = Date.now();
    const seedPhase = context.phase(`seed ${fmt(rows)} pending rows`, { unit: 'rows', total: rows });
    await seedRows(client, tables.messageTable, pendingRows(rows), seedPhase.update);
    seedPhase.end();
    console.log(`seeded ${rows.toLocaleString('en-GB')} pending rows in ${seconds(Date.now() - seeding)}`);

    console.log(`reports node options: ${nodeOptions.join(' ') || '(none)'}`);
    app = spawn(process.execPath, [...nodeOptions, BUNDLE], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'info',
        AWS_REGION: LOCAL_REGION,
        AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
        AWS_ENDPOINT_URL_DYNAMODB: emulators.endpoints.dynamodb,
        DYNAMODB_TABLENAME: tables.messageTable,
        DYNAMODB_SCHEDULE_TABLENAME: tables.scheduleTable,
        OAUTH_ENDPOINT_URL: issuer.oauthEndpointUrl,
        OAUTH_ISSUER: issuer.issuer,
      },
    });
    const url = await startedUrl(app);
    const pid = app.pid as number;
    const before = memoryOf(pid);
    const token = await issuer.mint({ authorities: ['ROLE_PTPU_REPORT'] });

    let peakRss = before.rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, memoryOf(pid).rss)), 50);
    const quarters: number[] = [];
    const reading = context.phase('read the in-progress report', {
      unit: 'rows',
      total: rows,
      memoryOf: { name: 'reports', pid },
    });
    const report = await readReport(`${url}/report/in-progress`, token, (line) => {
      reading.update(Math.max(0, line - 1));
      if (line % Math.ceil(rows / 4) === 0) quarters.push(memoryOf(pid).rss);
    });
    reading.end();
    clearInterval(sampler);
    const after = memoryOf(pid);

    const dataRows = report.lines - 1;
    if (dataRows !== rows) throw new Error(`the report listed ${dataRows} rows, expected ${rows}`);
    const peakMb = Math.max(peakRss, after.hwm) / 1024;
    console.log(
      [
        `in-progress report: ${dataRows.toLocaleString('en-GB')} rows, ${(report.bytes / 1_048_576).toFixed(1)} MB of CSV`,
        `  first bytes after ${seconds(report.firstByteMs)}, complete after ${seconds(report.totalMs)} ` +
          `(${Math.round(dataRows / (report.totalMs / 1000)).toLocaleString('en-GB')} rows/s)`,
        `  app resident memory: ${mb(before.rss)} before the report; ${quarters.map(mb).join(', ')} at each quarter`,
        `  peak ${peakMb.toFixed(0)} MB (target under ${TARGET_PEAK_MB} MB: ${peakMb < TARGET_PEAK_MB ? 'met' : 'MISSED'})`,
      ].join('\n'),
    );
    context.figure({
      name: 'reports app peak resident memory',
      value: Math.round(peakMb),
      unit: 'MB',
      target: { op: '<', value: TARGET_PEAK_MB },
    });
    context.figure({
      name: 'resident memory before the report',
      value: Math.round(before.rss / 1024),
      unit: 'MB',
    });
    context.figure({ name: 'first bytes after', value: round2(report.firstByteMs / 1000), unit: 's' });
    context.figure({ name: 'complete after', value: round2(report.totalMs / 1000), unit: 's' });
    context.figure({ name: 'report rows', value: dataRows, unit: 'rows' });
    context.figure({ name: 'CSV size', value: round2(report.bytes / 1_048_576), unit: 'MB' });
  } finally {
    app?.kill('SIGTERM');
    await issuer.close();
    await tables.drop();
    client.destroy();
    await emulators.stop();
  }
}

const BUNDLE = 'dist/apps/reports/main.js';

/** The app as the image runs it (the same build as `nx run reports:build`). */
function buildBundle(): void {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'tools/build-app.ts', 'reports'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`building the reports bundle failed (${build.status})`);
}

/** Pending rows spread over the last 30 days and the four pending partitions. */
function pendingRows(count: number): MessageRow[] {
  if (pendingStateFor(RETRY_COUNTS.at(-1) as number) !== 'LONG')
    throw new Error('RETRY_COUNTS must reach LONG');
  const spacingMs = (30 * 86_400_000) / count;
  return Array.from({ length: count }, (_, i) => {
    const retryCount = RETRY_COUNTS[i % RETRY_COUNTS.length] as number;
    const createdDate = new Date(now - (count - i) * spacingMs).toISOString();
    return buildMessageRow({
      id: `bench-${i}`,
      bookingId: 1_000_000 + i,
      createdDate,
      retryCount,
      status: retryCount === 0 ? 'VALIDATED' : 'NO_MATCH',
      deleteBy: reportingDeleteBy(new Date(createdDate)),
      matchingCrns: retryCount === 0 ? undefined : 'X142620, X181002',
    });
  });
}

/** Resolves with the app's URL once it logs that it has started; rejects if it exits first. */
function startedUrl(app: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    app.once('exit', (code) => reject(new Error(`the reports app exited with ${code} while starting`)));
    createInterface({ input: app.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'reports started' && entry.url) resolve(entry.url);
    });
  });
}

/** Streams the report, counting lines and bytes without keeping them; `onLine` hears each line's number. */
async function readReport(url: string, token: string, onLine: (line: number) => void) {
  const started = Date.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) throw new Error(`report answered ${response.status}`);
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    if (bytes === 0) firstByteMs = Date.now() - started;
    bytes += chunk.length;
    for (const byte of chunk) {
      if (byte === 0x0a) onLine((lines += 1));
    }
  }
  return { firstByteMs, totalMs: Date.now() - started, bytes, lines };
}

/** Resident and peak resident memory of a process, in KiB (Linux /proc). */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
const fmt = (n: number) => n.toLocaleString('en-GB');
const round2 = (n: number) => Math.round(n * 100) / 100;

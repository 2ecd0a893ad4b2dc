/**
 * `npm run bench -- store`: what one due-rows query costs as the processed history grows.
 *
 * The original service found due rows with a full-table Scan every 10 s, so its read capacity grew with the
 * table and was throttled in production. Here the due rows are the `NEW` partition of `pending-by-state`, where
 * processed rows do not appear at all, so the cost should stay flat: the target is that the query among 100,000
 * processed rows costs at most 1.1 times the query among 1,000.
 */
import { reportingDeleteBy, type MessageRow } from '@ptpu/domain';
import { FixedClock, buildMessageRow } from '@ptpu/domain/testing';
import { ensureEmulators } from '@ptpu/local-stack';
import { DEFAULT_PAGE_SIZE, DynamoMessageRepository } from '@ptpu/store';
import { createTestTables, localDynamoClient, recordCalls } from '@ptpu/store/testing';
import type { BenchContext } from './src/report/bench-context';
import { seedRows } from './src/seed-rows';

const PROCESSED_ROW_COUNTS = [1_000, 10_000, 100_000];
const DUE_ROWS = 100;
const TARGET_RATIO = 1.1;

const now = new Date('2026-01-15T12:00:00.000Z');
const holdBack = 60 * 60_000;
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

interface Measurement {
  processedRows: number;
  returned: number;
  itemsRead: number;
  readCapacity: number;
}

export async function run(_args: string[], context: BenchContext): Promise<void> {
  const emulators = await ensureEmulators({ quiet: true });
  const client = localDynamoClient(emulators.endpoints.dynamodb);
  const tables = await createTestTables(client, 'bench');
  try {
    const repository = new DynamoMessageRepository({ ...tables, client, clock: new FixedClock(now) });
    // Due rows: first-time rows older than the hold-back, spread over the last day.
    await seedRows(
      client,
      tables.messageTable,
      Array.from({ length: DUE_ROWS }, (_, i) => buildMessageRow({ createdDate: minutesAgo(61 + i * 10) })),
    );

    const measurements: Measurement[] = [];
    let processed = 0;
    for (const target of PROCESSED_ROW_COUNTS) {
      const started = Date.now();
      const rows = Array.from({ length: target - processed }, (_, i) => processedRow(processed + i));
      const phase = context.phase(`seed processed rows up to ${fmt(target)}`, {
        unit: 'rows',
        total: rows.length,
      });
      await seedRows(client, tables.messageTable, rows, (written) => phase.update(written));
      phase.end();
      processed = target;
      process.stdout.write(`seeded ${fmt(target)} processed rows in ${elapsed(started)}\n`);
      measurements.push({ processedRows: target, ...(await measureDueQuery(client, repository)) });
    }
    report(context, measurements);
  } finally {
    await tables.drop();
    client.destroy();
    await emulators.stop();
  }
}

/** One page of the processor's due-rows query, exactly as the repository issues it, with its cost recorded. */
async function measureDueQuery(
  client: ReturnType<typeof localDynamoClient>,
  repository: DynamoMessageRepository,
): Promise<Omit<Measurement, 'processedRows'>> {
  const recorder = recordCalls(client, { consumedCapacity: true });
  try {
    let returned = 0;
    for await (const page of repository.dueFirstTimeRows(new Date(now.getTime() - holdBack))) {
      returned = page.length;
      break; // the processor works one page per cycle
    }
    const queries = recorder.calls.filter((call) => call.operation === 'Query');
    if (queries.some((query) => query.consumedCapacity === undefined)) {
      throw new Error('DynamoDB did not report consumed capacity for the due-rows query');
    }
    return {
      returned,
      itemsRead: queries.reduce((sum, query) => sum + (query.scannedCount ?? 0), 0),
      readCapacity: queries.reduce((sum, query) => sum + (query.consumedCapacity ?? 0), 0),
    };
  } finally {
    recorder.stop();
  }
}

/** A row processed some time in the last 30 days, as the table holds most of its rows. */
function processedRow(n: number): MessageRow {
  const processedDate = minutesAgo(90 + (n % (30 * 24 * 60)));
  return buildMessageRow({
    bookingId: 1_000_000 + n,
    createdDate: processedDate,
    processedDate,
    status: 'COMPLETED',
    matchingCrns: 'X142620',
    deleteBy: reportingDeleteBy(new Date(processedDate)),
  });
}

/** The table of measurements, and each as a figure; the ratio is the one with a target. */
function report(context: BenchContext, measurements: readonly Measurement[]): void {
  console.log(`\nOne due-rows query (page size ${DEFAULT_PAGE_SIZE}) with ${DUE_ROWS} due rows:`);
  console.table(
    measurements.map((m) => ({
      'processed rows': fmt(m.processedRows),
      'due rows returned': m.returned,
      'items read': m.itemsRead,
      'read capacity units': m.readCapacity,
    })),
  );
  for (const m of measurements) {
    const among = `among ${fmt(m.processedRows)} processed rows`;
    context.figure({ name: `read capacity ${among}`, value: m.readCapacity, unit: 'RCU' });
    context.figure({ name: `items read ${among}`, value: m.itemsRead, unit: 'items' });
  }
  const first = measurements[0];
  const last = measurements[measurements.length - 1];
  if (!first || !last) return;
  context.figure({
    name: `read capacity ratio, ${fmt(last.processedRows)} / ${fmt(first.processedRows)} processed rows`,
    value: Math.round((last.readCapacity / first.readCapacity) * 100) / 100,
    unit: 'ratio',
    target: { op: '<=', value: TARGET_RATIO },
  });
}

const fmt = (n: number) => n.toLocaleString('en-GB');

function elapsed(startedAt: number): string {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
}

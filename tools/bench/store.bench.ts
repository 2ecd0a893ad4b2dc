/**
 * `npm run bench -- store`: what one due-rows query costs as the processed history grows.
 *
 * The original service found due rows with a full-table Scan every 10 s, so its read capacity grew with the
 * table and was throttled in production. Here the due rows are the `NEW` partition of `pending-by-state`, where
 * processed rows do not appear at all, so the cost should stay flat: the target is that the query among 100,000
 * processed rows costs at most 1.1 times the query among 1,000.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { reportingDeleteBy, type MessageRow } from '@ptpu/domain';
import { FixedClock, buildMessageRow } from '@ptpu/domain/testing';
import { ensureEmulators } from '@ptpu/local-stack';
import { DEFAULT_PAGE_SIZE, DynamoMessageRepository, documentClientFor, toMessageItem } from '@ptpu/store';
import { createTestTables, localDynamoClient, recordCalls } from '@ptpu/store/testing';

const PROCESSED_ROW_COUNTS = [1_000, 10_000, 100_000];
const DUE_ROWS = 100;
const TARGET_RATIO = 1.1;
const BATCH_SIZE = 25; // BatchWriteItem's maximum
const PARALLEL_BATCHES = 8;

const now = new Date('2026-01-15T12:00:00.000Z');
const holdBack = 60 * 60_000;
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

interface Measurement {
  processedRows: number;
  returned: number;
  itemsRead: number;
  readCapacity: number;
}

export async function run(): Promise<void> {
  const emulators = await ensureEmulators({ quiet: true });
  const client = localDynamoClient(emulators.endpoints.dynamodb);
  const tables = await createTestTables(client, 'bench');
  try {
    const repository = new DynamoMessageRepository({ ...tables, client, clock: new FixedClock(now) });
    const seed = seeder(client, tables.messageTable);
    // Due rows: first-time rows older than the hold-back, spread over the last day.
    await seed(
      Array.from({ length: DUE_ROWS }, (_, i) => buildMessageRow({ createdDate: minutesAgo(61 + i * 10) })),
    );

    const measurements: Measurement[] = [];
    let processed = 0;
    for (const target of PROCESSED_ROW_COUNTS) {
      const started = Date.now();
      await seed(Array.from({ length: target - processed }, (_, i) => processedRow(processed + i)));
      processed = target;
      process.stdout.write(
        `seeded ${target.toLocaleString('en-GB')} processed rows in ${elapsed(started)}\n`,
      );
      measurements.push({ processedRows: target, ...(await measureDueQuery(client, repository)) });
    }
    printReport(measurements);
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

/** Writes rows through the store's own item mapping, `PARALLEL_BATCHES` BatchWriteItem requests at a time. */
function seeder(client: ReturnType<typeof localDynamoClient>, tableName: string) {
  const doc = documentClientFor(client);
  const writeBatch = async (rows: MessageRow[]) => {
    let requests = rows.map((row) => ({ PutRequest: { Item: toMessageItem(row) } }));
    while (requests.length > 0) {
      const output = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (output.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  };
  return async (rows: MessageRow[]) => {
    const batches: MessageRow[][] = [];
    for (let i = 0; i < rows.length; i += BATCH_SIZE) batches.push(rows.slice(i, i + BATCH_SIZE));
    for (let i = 0; i < batches.length; i += PARALLEL_BATCHES) {
      await Promise.all(batches.slice(i, i + PARALLEL_BATCHES).map(writeBatch));
    }
  };
}

function printReport(measurements: readonly Measurement[]): void {
  console.log(`\nOne due-rows query (page size ${DEFAULT_PAGE_SIZE}) with ${DUE_ROWS} due rows:`);
  console.table(
    measurements.map((m) => ({
      'processed rows': m.processedRows.toLocaleString('en-GB'),
      'due rows returned': m.returned,
      'items read': m.itemsRead,
      'read capacity units': m.readCapacity,
    })),
  );
  const first = measurements[0];
  const last = measurements[measurements.length - 1];
  if (!first || !last) return;
  const ratio = last.readCapacity / first.readCapacity;
  const verdict = ratio <= TARGET_RATIO ? 'met' : 'MISSED';
  console.log(
    `read capacity at ${last.processedRows.toLocaleString('en-GB')} / at ${first.processedRows.toLocaleString('en-GB')} ` +
      `processed rows = ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}: ${verdict})`,
  );
}

function elapsed(startedAt: number): string {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
}

import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { SystemError } from '@ptpu/domain';
import { atBoundary } from '@ptpu/aws';

/**
 * The one definition of the service's two tables (docs/architecture.md, Tables and indexes): local
 * provisioning, every test suite and the production schema documented there come from here.
 */
export const MESSAGE_INDEX = {
  pendingByState: 'pending-by-state',
  pendingByBooking: 'pending-by-booking',
  byEventType: 'by-event-type',
  processedByDay: 'processed-by-day',
  /** Every row of a booking, done ones too: what an operator looks up. */
  byBooking: 'by-booking',
  /** Every row of a prisoner (the booking's NOMS number when stored): what an operator looks up. */
  byNomsNumber: 'by-noms-number',
  /** The watches of waiting rows, by the case watched: what a probation event looks up. */
  byWatchedCrn: 'by-watched-crn',
} as const;

/** Epoch seconds. */
export const MESSAGE_TTL_ATTRIBUTE = 'deleteBy';

export interface TableNames {
  messageTable: string;
  scheduleTable: string;
}

function indexOf(IndexName: string, partitionKey: string, sortKey: string): GlobalSecondaryIndex {
  return {
    IndexName,
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    // Every reader wants whole rows; ALL avoids a GetItem per index hit.
    Projection: { ProjectionType: 'ALL' },
  };
}

/** The message table: one item per stored event, keyed by the SNS MessageId, and the watches of waiting rows. */
export function messageTableDefinition(TableName: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [
      { AttributeName: 'id', AttributeType: 'S' },
      { AttributeName: 'pendingState', AttributeType: 'S' },
      { AttributeName: 'pendingBookingId', AttributeType: 'N' },
      { AttributeName: 'createdDate', AttributeType: 'S' },
      { AttributeName: 'eventType', AttributeType: 'S' },
      { AttributeName: 'processedDay', AttributeType: 'S' },
      { AttributeName: 'processedDate', AttributeType: 'S' },
      { AttributeName: 'bookingId', AttributeType: 'N' },
      { AttributeName: 'offenderNo', AttributeType: 'S' },
      { AttributeName: 'watchCrn', AttributeType: 'S' },
    ],
    GlobalSecondaryIndexes: [
      indexOf(MESSAGE_INDEX.pendingByState, 'pendingState', 'createdDate'),
      indexOf(MESSAGE_INDEX.pendingByBooking, 'pendingBookingId', 'createdDate'),
      indexOf(MESSAGE_INDEX.byEventType, 'eventType', 'createdDate'),
      indexOf(MESSAGE_INDEX.processedByDay, 'processedDay', 'processedDate'),
      indexOf(MESSAGE_INDEX.byBooking, 'bookingId', 'createdDate'),
      indexOf(MESSAGE_INDEX.byNomsNumber, 'offenderNo', 'createdDate'),
      indexOf(MESSAGE_INDEX.byWatchedCrn, 'watchCrn', 'id'),
    ],
  };
}

/** The schedule table: job locks and booking claims, keyed by lock name. */
export function scheduleTableDefinition(TableName: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: '_id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: '_id', AttributeType: 'S' }],
  };
}

/**
 * Creates whichever table is missing, waits until it is ACTIVE and enables the TTL, safely from several processes
 * at once. An existing table without one of the indexes is refused: every scheduled query depends on them.
 */
export async function createTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  await ensureTable(client, messageTableDefinition(names.messageTable));
  await ensureTtl(client, names.messageTable);
  await ensureTable(client, scheduleTableDefinition(names.scheduleTable));
}

async function ensureTable(client: DynamoDBClient, definition: CreateTableCommandInput): Promise<void> {
  const TableName = definition.TableName;
  const existing = await atBoundary(`describe table ${TableName}`, () =>
    client.send(new DescribeTableCommand({ TableName })).catch((err: unknown) => {
      if ((err as Error).name === 'ResourceNotFoundException') return undefined;
      throw err;
    }),
  );
  if (existing?.Table) {
    const actual = existing.Table.GlobalSecondaryIndexes?.map((index) => index.IndexName) ?? [];
    const missing = (definition.GlobalSecondaryIndexes ?? [])
      .map((index) => index.IndexName ?? '')
      .filter((name) => !actual.includes(name));
    if (missing.length > 0) {
      throw new SystemError(`table ${TableName} exists without index(es) ${missing.join(', ')}`, {
        code: 'STORE.SCHEMA_MISMATCH',
        retryable: false,
        details: { table: TableName ?? '', missing: missing.join(',') },
      });
    }
  } else {
    await atBoundary(`create table ${TableName}`, () =>
      client.send(new CreateTableCommand(definition)).catch((err: unknown) => {
        // Another process created it between our describe and our create: fine, wait for it below.
        if ((err as Error).name !== 'ResourceInUseException') throw err;
      }),
    );
  }
  await atBoundary(`wait for table ${TableName}`, () =>
    waitUntilTableExists({ client, maxWaitTime: 120, minDelay: 1, maxDelay: 5 }, { TableName }),
  );
}

async function ensureTtl(client: DynamoDBClient, TableName: string): Promise<void> {
  if (await ttlIsOn(client, TableName)) return;
  await atBoundary(`enable TTL on ${TableName}`, () =>
    client
      .send(
        new UpdateTimeToLiveCommand({
          TableName,
          TimeToLiveSpecification: { AttributeName: MESSAGE_TTL_ATTRIBUTE, Enabled: true },
        }),
      )
      .catch(async (err: unknown) => {
        // A concurrent provisioner got there first; DynamoDB refuses a second enable.
        if (!(await ttlIsOn(client, TableName))) throw err;
      }),
  );
}

async function ttlIsOn(client: DynamoDBClient, TableName: string): Promise<boolean> {
  const current = await atBoundary(`describe TTL of ${TableName}`, () =>
    client.send(new DescribeTimeToLiveCommand({ TableName })),
  );
  const status = current.TimeToLiveDescription?.TimeToLiveStatus;
  return status === 'ENABLED' || status === 'ENABLING';
}

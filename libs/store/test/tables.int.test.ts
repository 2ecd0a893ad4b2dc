import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { createTables, MESSAGE_INDEX } from '../src';
import { createTestTables, localDynamoClient, type TestTables } from '../src/testing';

const client = localDynamoClient();
let tables: TestTables;
beforeAll(async () => {
  tables = await createTestTables(client, 'tables');
});
afterAll(async () => {
  await tables.drop();
  client.destroy();
});

const describeTable = async (TableName: string) =>
  (await client.send(new DescribeTableCommand({ TableName }))).Table;

it('when the tables are created, then the message table has its key, the six indexes and TTL on deleteBy', async () => {
  const table = await describeTable(tables.messageTable);

  expect(table?.TableStatus).toBe('ACTIVE');
  expect(table?.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
  const indexes = Object.fromEntries(
    (table?.GlobalSecondaryIndexes ?? []).map((index) => [
      index.IndexName,
      [index.KeySchema?.map((key) => key.AttributeName), index.Projection?.ProjectionType],
    ]),
  );
  expect(indexes).toEqual({
    [MESSAGE_INDEX.pendingByState]: [['pendingState', 'createdDate'], 'ALL'],
    [MESSAGE_INDEX.pendingByBooking]: [['pendingBookingId', 'createdDate'], 'ALL'],
    [MESSAGE_INDEX.byEventType]: [['eventType', 'createdDate'], 'ALL'],
    [MESSAGE_INDEX.processedByDay]: [['processedDay', 'processedDate'], 'ALL'],
    [MESSAGE_INDEX.byBooking]: [['bookingId', 'createdDate'], 'ALL'],
    [MESSAGE_INDEX.byNomsNumber]: [['offenderNo', 'createdDate'], 'ALL'],
    [MESSAGE_INDEX.byWatchedCrn]: [['watchCrn', 'id'], 'ALL'],
  });
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tables.messageTable }));
  expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: 'deleteBy', TimeToLiveStatus: 'ENABLED' });
});

it('when the tables are created, then the schedule table is keyed by _id', async () => {
  const table = await describeTable(tables.scheduleTable);

  expect(table?.KeySchema).toEqual([{ AttributeName: '_id', KeyType: 'HASH' }]);
});

it('when provisioning runs again, even concurrently, then it succeeds and changes nothing', async () => {
  const before = await describeTable(tables.messageTable);

  await Promise.all([createTables(client, tables), createTables(client, tables)]);

  const after = await describeTable(tables.messageTable);
  expect(after?.CreationDateTime).toEqual(before?.CreationDateTime);
  expect(after?.GlobalSecondaryIndexes).toHaveLength(7);
});

it('when a table of that name exists without the indexes, then provisioning refuses to use it', async () => {
  const wrongNames = { messageTable: tables.scheduleTable, scheduleTable: tables.scheduleTable };

  await expect(createTables(client, wrongNames)).rejects.toMatchObject({
    name: 'SystemError',
    code: 'STORE.SCHEMA_MISMATCH',
    retryable: false,
  });
});

import { randomBytes } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTables, type TableNames } from '../tables';

/** Where the jest global setup (and `npm start`) runs DynamoDB Local. */
export const LOCAL_DYNAMODB_ENDPOINT = 'http://127.0.0.1:8000';

/**
 * A client for DynamoDB Local. Without `-sharedDb`, DynamoDB Local keeps one database per access key and
 * region, so everything that must see the same tables uses these dummy credentials.
 */
export function localDynamoClient(endpoint = LOCAL_DYNAMODB_ENDPOINT): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

export interface TestTables extends TableNames {
  /** Deletes both tables; call it from `afterAll`. */
  drop(): Promise<void>;
}

/**
 * Creates a message and a schedule table with a suffix unique to this call, so suites running side by side (and
 * a running `npm start`, which uses the default names) never see each other's rows.
 */
export async function createTestTables(client: DynamoDBClient, label = 'test'): Promise<TestTables> {
  const suffix = `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const names: TableNames = {
    messageTable: `ptpu-messages-${suffix}`,
    scheduleTable: `ptpu-schedule-${suffix}`,
  };
  await createTables(client, names);
  return {
    ...names,
    drop: async () => {
      await Promise.all(
        [names.messageTable, names.scheduleTable].map((TableName) =>
          client.send(new DeleteTableCommand({ TableName })).catch((err: unknown) => {
            if ((err as Error).name !== 'ResourceNotFoundException') throw err;
          }),
        ),
      );
    },
  };
}

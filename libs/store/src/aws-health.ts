import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { atBoundary, type AwsResourceHealth } from '@ptpu/aws';

/**
 * /health component for one of the app's DynamoDB tables (hmpps naming: `messageTable`, `scheduleTable`): UP
 * while it and each of `indexes` is ACTIVE (an index being built or deleted fails its queries). A failed call
 * throws: `checkHealth` shows only its code, since the message names the table's ARN and the account.
 */
export function dynamoTableHealth(options: {
  name: string;
  client: DynamoDBClient;
  tableName: string;
  indexes?: readonly string[];
}): AwsResourceHealth {
  const { name, client, tableName, indexes = [] } = options;
  return {
    name,
    readiness: true,
    async check() {
      const { Table } = await atBoundary(`describe table ${tableName}`, () =>
        client.send(new DescribeTableCommand({ TableName: tableName })),
      );
      const tableStatus = Table?.TableStatus ?? 'UNKNOWN';
      const indexStatus = Object.fromEntries(
        indexes.map((index) => [
          index,
          Table?.GlobalSecondaryIndexes?.find((gsi) => gsi.IndexName === index)?.IndexStatus ?? 'MISSING',
        ]),
      );
      const allActive = [tableStatus, ...Object.values(indexStatus)].every((status) => status === 'ACTIVE');
      // `rows` is DynamoDB's approximate item count, refreshed about every six hours, so the check costs no reads.
      const details = { tableName, rows: Table?.ItemCount ?? 0, tableStatus, ...indexStatus };
      return { status: allActive ? 'UP' : 'DOWN', details };
    },
  };
}

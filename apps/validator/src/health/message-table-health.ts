import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HealthComponent } from '@ptpu/platform';
import { atBoundary } from '@ptpu/store';

/** The message table exists and is ACTIVE; `rows` is DynamoDB's approximate count (refreshed every ~6 hours). */
export function messageTableHealth(dynamodb: DynamoDBClient, tableName: string): HealthComponent {
  return {
    name: 'messageTable',
    readiness: true,
    async check() {
      const { Table } = await atBoundary(`describe table ${tableName}`, () =>
        dynamodb.send(new DescribeTableCommand({ TableName: tableName })),
      );
      const tableStatus = Table?.TableStatus ?? 'UNKNOWN';
      return {
        status: tableStatus === 'ACTIVE' ? 'UP' : 'DOWN',
        details: { tableName, rows: Table?.ItemCount ?? 0, tableStatus },
      };
    },
  };
}

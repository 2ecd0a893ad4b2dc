import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HealthComponent } from '@ptpu/platform';
import { atBoundary } from '@ptpu/store';

/**
 * A table the processor cannot work without exists and is ACTIVE (`rows` is DynamoDB's approximate count,
 * refreshed about every six hours). Counts for readiness: without its tables the pod can do nothing.
 */
export function tableHealth(name: string, dynamodb: DynamoDBClient, tableName: string): HealthComponent {
  return {
    name,
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

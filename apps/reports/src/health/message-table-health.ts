import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HealthComponent } from '@ptpu/platform';
import { MESSAGE_INDEX, atBoundary } from '@ptpu/store';

/** The indexes the reports read; without any one of them a report fails. */
const REPORT_INDEXES = [
  MESSAGE_INDEX.pendingByState,
  MESSAGE_INDEX.byEventType,
  MESSAGE_INDEX.processedByDay,
];

/**
 * Readiness: the message table is ACTIVE and so is every index the reports query (an index being built or
 * deleted fails reports even though the table is fine). `rows` is DynamoDB's approximate count, refreshed
 * about every 6 hours, so the check costs no reads.
 */
export function messageTableHealth(dynamodb: DynamoDBClient, tableName: string): HealthComponent {
  return {
    name: 'messageTable',
    readiness: true,
    async check() {
      const { Table } = await atBoundary(`describe table ${tableName}`, () =>
        dynamodb.send(new DescribeTableCommand({ TableName: tableName })),
      );
      const tableStatus = Table?.TableStatus ?? 'UNKNOWN';
      const indexStatus = Object.fromEntries(
        REPORT_INDEXES.map((name) => [
          name,
          Table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === name)?.IndexStatus ?? 'MISSING',
        ]),
      );
      const allActive =
        tableStatus === 'ACTIVE' && Object.values(indexStatus).every((status) => status === 'ACTIVE');
      return {
        status: allActive ? 'UP' : 'DOWN',
        details: { tableName, tableStatus, rows: Table?.ItemCount ?? 0, ...indexStatus },
      };
    },
  };
}

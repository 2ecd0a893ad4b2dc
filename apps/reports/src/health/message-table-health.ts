import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HealthComponent } from '@ptpu/platform';
import { dynamoTableHealth, MESSAGE_INDEX } from '@ptpu/store';

/** Without any one of them a report fails. */
const REPORT_INDEXES = [
  MESSAGE_INDEX.pendingByState,
  MESSAGE_INDEX.byEventType,
  MESSAGE_INDEX.processedByDay,
];

/** Readiness: the message table is ACTIVE and so is every index the reports query. */
export function messageTableHealth(dynamodb: DynamoDBClient, tableName: string): HealthComponent {
  return dynamoTableHealth({ name: 'messageTable', client: dynamodb, tableName, indexes: REPORT_INDEXES });
}

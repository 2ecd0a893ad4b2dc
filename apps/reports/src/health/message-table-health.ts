import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HealthComponent } from '@ptpu/platform';
import { dynamoTableHealth, MESSAGE_INDEX } from '@ptpu/store';

/** Readiness: the message table is ACTIVE and so is every index the reports query (without one, a report fails). */
export function messageTableHealth(dynamodb: DynamoDBClient, tableName: string): HealthComponent {
  const { pendingByState, byEventType, processedByDay } = MESSAGE_INDEX;
  const indexes = [pendingByState, byEventType, processedByDay];
  return dynamoTableHealth({ name: 'messageTable', client: dynamodb, tableName, indexes });
}

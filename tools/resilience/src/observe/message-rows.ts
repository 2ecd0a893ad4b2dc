import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { RowSeen } from '../checks/accounting';
import { eventNoOf } from '../events/scenario-events';

export interface RowState extends RowSeen {
  status: string;
  /** Still waiting for an attempt (`pendingState` set). */
  pending: boolean;
}

/**
 * Every row of the message table. The harness may Scan: it reads the table as an auditor would, from outside
 * the service, whose own paths never Scan.
 */
export async function scanRows(dynamodb: DynamoDBClient, tableName: string): Promise<RowState[]> {
  const documents = DynamoDBDocumentClient.from(dynamodb);
  const rows: RowState[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new ScanCommand({
        TableName: tableName,
        ProjectionExpression: 'id, message, pendingState, #status',
        // Rows only: a waiting row's watches live in the same table.
        FilterExpression: 'attribute_exists(message)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      rows.push({
        id: String(item.id),
        eventNo: eventNoOf(item.message as string | undefined),
        status: String(item.status),
        pending: item.pendingState !== undefined,
      });
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return rows;
}

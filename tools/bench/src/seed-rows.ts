import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { MessageRow } from '@ptpu/domain';
import { documentClientFor, toMessageItem } from '@ptpu/store';

const BATCH_SIZE = 25; // BatchWriteItem's maximum
const PARALLEL_BATCHES = 8;

/**
 * Writes rows straight into the message table through the store's own item mapping, `PARALLEL_BATCHES`
 * BatchWriteItem requests at a time, retrying what DynamoDB leaves unprocessed. `onWritten` hears the running
 * total after each batch (for progress).
 */
export async function seedRows(
  client: DynamoDBClient,
  tableName: string,
  rows: readonly MessageRow[],
  onWritten: (written: number) => void = () => undefined,
): Promise<void> {
  const doc = documentClientFor(client);
  const batches: MessageRow[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) batches.push(rows.slice(i, i + BATCH_SIZE));
  let next = 0;
  let written = 0;
  const writer = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      let requests = batch.map((row) => ({ PutRequest: { Item: toMessageItem(row) } }));
      while (requests.length > 0) {
        const output = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        requests = (output.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
      onWritten((written += batch.length));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, writer));
}

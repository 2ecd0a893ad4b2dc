import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isPending, SystemError, type MessageRow } from '@ptpu/domain';
import { atBoundary } from '@ptpu/aws';
import { fromMessageItem } from './message-item';

/** BatchGetItem takes at most 100 keys. */
const BATCH_GET_LIMIT = 100;
/** Rounds of unprocessed keys (DynamoDB throttling a batch) before the read is given up as a fault. */
const MAX_ROUNDS = 5;

/**
 * The rows an index listed, re-read consistently, keeping those still pending, in the index's order: an index
 * still lists a row another worker just finished, and working it again would repeat its Delius calls for nothing.
 */
export async function stillPendingNow(
  doc: DynamoDBDocumentClient,
  tableName: string,
  listed: readonly MessageRow[],
): Promise<MessageRow[]> {
  const current = new Map<string, MessageRow>();
  for (let start = 0; start < listed.length; start += BATCH_GET_LIMIT) {
    const ids = listed.slice(start, start + BATCH_GET_LIMIT).map((row) => row.id);
    for (const row of await readNow(doc, tableName, ids)) current.set(row.id, row);
  }
  return listed.flatMap((row) => {
    const now = current.get(row.id);
    return now && isPending(now) ? [now] : [];
  });
}

async function readNow(doc: DynamoDBDocumentClient, tableName: string, ids: string[]): Promise<MessageRow[]> {
  const rows: MessageRow[] = [];
  let keys: Record<string, unknown>[] = ids.map((id) => ({ id }));
  for (let round = 1; keys.length > 0; round += 1) {
    if (round > MAX_ROUNDS) {
      throw new SystemError(`${keys.length} rows were still unread after ${MAX_ROUNDS} batch reads`, {
        code: 'AWS.THROTTLED',
        retryable: true,
        details: { table: tableName },
      });
    }
    if (round > 1) await sleep(50 * 2 ** round);
    const output = await atBoundary(`re-read ${keys.length} rows`, () =>
      doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } })),
    );
    rows.push(...(output.Responses?.[tableName] ?? []).map(fromMessageItem));
    keys = output.UnprocessedKeys?.[tableName]?.Keys ?? [];
  }
  return rows;
}

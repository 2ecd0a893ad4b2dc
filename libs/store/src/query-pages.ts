import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { toSystemError } from '@ptpu/aws';

/** One response of a Query: what it returned and what it cost to find. */
export interface QueryPage {
  items: Record<string, unknown>[];
  /** Items returned (after any filter). */
  count: number;
  /** Items read to find them; with no filter this equals `count`. */
  scannedCount: number;
  /** Read capacity units, when the input asked for `ReturnConsumedCapacity`. */
  consumedCapacity?: number;
}

/**
 * Runs a Query page by page, following `LastEvaluatedKey` until the result is exhausted or the consumer stops
 * iterating (so a caller that wants one page issues one request). Every page is yielded, including an empty
 * last one, so callers can account for each request. Failures leave as `SystemError`.
 */
export async function* queryPages(
  doc: DynamoDBDocumentClient,
  input: QueryCommandInput,
): AsyncGenerator<QueryPage> {
  const operation = `query ${input.IndexName ?? input.TableName}`;
  let ExclusiveStartKey = input.ExclusiveStartKey;
  do {
    const output = await doc
      .send(new QueryCommand({ ...input, ExclusiveStartKey }))
      .catch((err: unknown) => Promise.reject(toSystemError(err, operation)));
    yield {
      items: output.Items ?? [],
      count: output.Count ?? 0,
      scannedCount: output.ScannedCount ?? 0,
      ...(output.ConsumedCapacity?.CapacityUnits !== undefined && {
        consumedCapacity: output.ConsumedCapacity.CapacityUnits,
      }),
    };
    ExclusiveStartKey = output.LastEvaluatedKey;
  } while (ExclusiveStartKey);
}

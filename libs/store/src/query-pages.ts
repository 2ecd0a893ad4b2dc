import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { toSystemError } from '@ptpu/aws';

/**
 * Runs a Query page by page, yielding each page's items (an empty last one too), until the result is exhausted
 * or the consumer stops iterating: one page wanted, one request sent.
 */
export async function* queryPages(
  doc: DynamoDBDocumentClient,
  input: QueryCommandInput,
): AsyncGenerator<Record<string, unknown>[]> {
  const operation = `query ${input.IndexName ?? input.TableName}`;
  let ExclusiveStartKey = input.ExclusiveStartKey;
  do {
    const output = await doc
      .send(new QueryCommand({ ...input, ExclusiveStartKey }))
      .catch((err: unknown) => Promise.reject(toSystemError(err, operation)));
    yield output.Items ?? [];
    ExclusiveStartKey = output.LastEvaluatedKey;
  } while (ExclusiveStartKey);
}

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** One DynamoDB request as a test sees it. */
export interface RecordedCall {
  /** The operation, e.g. `Query`, `TransactWriteItems`. */
  operation: string;
  table?: string;
  index?: string;
  /** Query/Scan only: the page size asked for. */
  limit?: number;
  /** Query/Scan only: items returned and items read to find them. */
  count?: number;
  scannedCount?: number;
  /** Capacity units, when the recorder asked for them. */
  consumedCapacity?: number;
}

export interface CallRecorder {
  readonly calls: readonly RecordedCall[];
  /** The distinct operations issued since the recorder started (or was cleared). */
  operations(): string[];
  clear(): void;
  /** Removes the middleware from the client. */
  stop(): void;
}

let recorders = 0;

export interface RecordOptions {
  /** Adds `ReturnConsumedCapacity: 'TOTAL'` to every request, so each call records what it cost. */
  consumedCapacity?: boolean;
}

/**
 * Records every request made through `client` (including document-client commands, which share its middleware
 * stack), so tests can prove which operations a code path issues and how much each query read.
 */
export function recordCalls(client: DynamoDBClient, options: RecordOptions = {}): CallRecorder {
  const calls: RecordedCall[] = [];
  const name = `ptpu-call-recorder-${++recorders}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TableName?: string; IndexName?: string; Limit?: number };
      const call: RecordedCall = {
        operation: String(context.commandName).replace(/Command$/, ''),
        table: input.TableName,
        index: input.IndexName,
        limit: input.Limit,
      };
      calls.push(call);
      const request = options.consumedCapacity
        ? { ...args, input: { ...args.input, ReturnConsumedCapacity: 'TOTAL' } }
        : args;
      const result = await next(request);
      const output = result.output as {
        Count?: number;
        ScannedCount?: number;
        ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
      };
      if (output.Count !== undefined) call.count = output.Count;
      if (output.ScannedCount !== undefined) call.scannedCount = output.ScannedCount;
      const consumed = [output.ConsumedCapacity ?? []].flat();
      if (consumed.length > 0)
        call.consumedCapacity = consumed.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      return result;
    },
    { step: 'initialize', name },
  );
  return {
    calls,
    operations: () => [...new Set(calls.map((call) => call.operation))],
    clear: () => calls.splice(0, calls.length),
    stop: () => client.middlewareStack.remove(name),
  };
}

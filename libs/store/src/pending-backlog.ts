import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  RETRY_TIERS,
  SystemError,
  isMessageStatus,
  type MessageStatus,
  type PendingState,
} from '@ptpu/domain';
import { documentClientFor } from './document-client';
import { queryPages } from './query-pages';
import { MESSAGE_INDEX } from './tables';

/** Pending rows by where they wait and their status; a state with nothing pending has no statuses. */
export type PendingBacklog = Record<PendingState, Partial<Record<MessageStatus, number>>>;

export interface DynamoPendingBacklogOptions {
  client: DynamoDBClient;
  messageTable: string;
  /** Items per Query page; by default DynamoDB's 1 MB pages, which hold many status-only items. */
  pageSize?: number;
}

const PENDING_STATES: readonly PendingState[] = ['NEW', ...RETRY_TIERS];

/** For the backlog gauge: a Query per `pending-by-state` partition reading only `status`, never a Scan. */
export class DynamoPendingBacklog {
  private readonly doc: DynamoDBDocumentClient;

  constructor(private readonly options: DynamoPendingBacklogOptions) {
    this.doc = documentClientFor(options.client);
  }

  async count(): Promise<PendingBacklog> {
    const backlog = Object.fromEntries(PENDING_STATES.map((state) => [state, {}])) as PendingBacklog;
    for (const state of PENDING_STATES) {
      const pages = queryPages(this.doc, {
        TableName: this.options.messageTable,
        IndexName: MESSAGE_INDEX.pendingByState,
        KeyConditionExpression: 'pendingState = :state',
        ExpressionAttributeValues: { ':state': state },
        ProjectionExpression: '#status',
        ExpressionAttributeNames: { '#status': 'status' },
        ...(this.options.pageSize !== undefined && { Limit: this.options.pageSize }),
      });
      for await (const page of pages) {
        for (const { status } of page) {
          const known = statusOf(status);
          backlog[state][known] = (backlog[state][known] ?? 0) + 1;
        }
      }
    }
    return backlog;
  }
}

// Only statuses this service writes become label values, so the gauge's series stay bounded.
function statusOf(status: unknown): MessageStatus {
  if (typeof status === 'string' && isMessageStatus(status)) return status;
  throw new SystemError(`a pending row has status ${String(status)}, which this service never writes`, {
    code: 'STORE.ITEM_INVALID',
    retryable: false,
    details: { status: String(status) },
  });
}

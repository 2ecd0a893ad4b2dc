import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SystemError, type Clock, type MessageRow } from '@ptpu/domain';
import { cancellationCodes, toSystemError } from '@ptpu/aws';
import type { LeaseEventRecorder } from './lease-events';
import type { HeldLock } from './lease-keeper';
import { claimIdFor } from './lock';
import type { RowUpdate } from './row-updates';
import { UpdateRefusedError } from './store-errors';
import type { TableNames } from './tables';

/** What the row itself must still be for a write to apply: a condition over the message-table item. */
export interface RowPrecondition {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/** The tables and clock of a claimed write, and who is told when it finds the claim lost (a `lost` lease event). */
interface ClaimedWriteTables extends TableNames {
  clock: Clock;
  leaseEvents?: LeaseEventRecorder;
}

/** Still pending exactly as read: the same `status` and `retryCount`, and not processed by anyone since. */
export function stillPendingAsRead(rowAsRead: MessageRow): RowPrecondition {
  return {
    ConditionExpression:
      '#status = :readStatus AND retryCount = :readRetryCount AND attribute_not_exists(processedDate)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':readStatus': rowAsRead.status, ':readRetryCount': rowAsRead.retryCount },
  };
}

/** Already processed with `status` (a dry run's `DRY_RUN` result, before an operator reopens it). */
export function alreadyProcessedAs(status: MessageRow['status']): RowPrecondition {
  return {
    ConditionExpression: '#status = :processedStatus AND attribute_exists(processedDate)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':processedStatus': status },
  };
}

/**
 * The one way a message row changes once a booking is claimed (docs/architecture.md, Locks and claims):
 * applies `update` in one TransactWriteItems that also checks, atomically, that the booking claim is still
 * ours and unexpired, and that the row still meets `precondition`. A worker whose lease ran out therefore
 * cannot overwrite the new holder's work, and a row someone else already moved on is not moved twice.
 *
 * Throws `UpdateRefusedError` when either condition is false, `SystemError` for anything else.
 */
export async function writeUnderClaim(
  doc: DynamoDBDocumentClient,
  tables: ClaimedWriteTables,
  claim: HeldLock,
  rowAsRead: MessageRow,
  update: RowUpdate,
  precondition: RowPrecondition,
  /** Items of the message table put in the same transaction (a waiting row's watches). */
  alsoPut: readonly Record<string, unknown>[] = [],
): Promise<void> {
  if (claim.id !== claimIdFor(rowAsRead.bookingId)) {
    throw new SystemError(
      `claim ${claim.id} does not cover row ${rowAsRead.id} of booking ${rowAsRead.bookingId}`,
      {
        code: 'STORE.CLAIM_MISMATCH',
        retryable: false,
        details: { claimId: claim.id, rowId: rowAsRead.id },
      },
    );
  }
  const now = tables.clock.now();
  const command = new TransactWriteCommand({
    TransactItems: [
      {
        ConditionCheck: {
          TableName: tables.scheduleTable,
          Key: { _id: claim.id },
          ConditionExpression: 'lockedBy = :me AND fence = :fence AND lockUntil > :now',
          ExpressionAttributeValues: { ':me': claim.owner, ':fence': claim.fence, ':now': now.getTime() },
        },
      },
      {
        Update: {
          TableName: tables.messageTable,
          Key: { id: rowAsRead.id },
          UpdateExpression: update.UpdateExpression,
          ConditionExpression: precondition.ConditionExpression,
          ExpressionAttributeNames: {
            ...update.ExpressionAttributeNames,
            ...precondition.ExpressionAttributeNames,
          },
          ExpressionAttributeValues: {
            ...update.ExpressionAttributeValues,
            ...precondition.ExpressionAttributeValues,
          },
        },
      },
      ...alsoPut.map((Item) => ({ Put: { TableName: tables.messageTable, Item } })),
    ],
  });
  try {
    // The SDK fills ClientRequestToken once per command, so its own retries of a write that did land are no-ops.
    await doc.send(command);
  } catch (err) {
    const [claimCheck, rowCheck] = cancellationCodes(err) ?? [];
    if (claimCheck === 'ConditionalCheckFailed') {
      tables.leaseEvents?.record('lost', claim.id);
      throw new UpdateRefusedError('claim-lost', rowAsRead.id, claim.id);
    }
    if (rowCheck === 'ConditionalCheckFailed')
      throw new UpdateRefusedError('row-changed', rowAsRead.id, claim.id);
    throw toSystemError(err, `update row ${rowAsRead.id} under ${claim.id}`);
  }
}

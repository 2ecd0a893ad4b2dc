import { done, transitionFor, type MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { claimIdFor, type HeldLock } from '../src';
import { collectPages, mustAcquire, StoreUnderTest } from './support/store-under-test';

const store = new StoreUnderTest();
beforeAll(() => store.setUp('rows-acted-on'));
afterAll(() => store.tearDown());

let nextBookingId = 900;

async function storedRowUnderClaim(
  overrides: Partial<MessageRow> = {},
): Promise<{ row: MessageRow; claim: HeldLock }> {
  const row = buildMessageRow({ bookingId: ++nextBookingId, ...overrides });
  await store.repository().storeIfAbsent(row);
  const claim = await mustAcquire(store.locks('worker-a'), claimIdFor(row.bookingId));
  return { row, claim };
}

/**
 * Makes every Query answer with the items of the first Query it saw, as an index that has not caught up
 * with a write yet would: the only way to show on DynamoDB Local, whose indexes are never behind.
 */
function freezeQueryAnswers(client: DynamoDBClient): () => void {
  const name = 'freeze-query-answers';
  let firstItems: unknown;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'QueryCommand') {
        const output = result.output as { Items?: unknown; Count?: number };
        if (firstItems === undefined) firstItems = output.Items;
        else output.Items = firstItems;
      }
      return result;
    },
    { step: 'initialize', name },
  );
  return () => client.middlewareStack.remove(name);
}

describe('the rows a booking is worked on', () => {
  it('when the index still lists a row another worker has finished, then it is not handed out again', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const unfreeze = freezeQueryAnswers(store.client);
    try {
      const before = await collectPages(store.repository().pendingRowsOfBooking(row.bookingId));
      expect(before.rows.map((r) => r.id)).toEqual([row.id]);
      await store
        .repository()
        .completeAttempt(claim, row, transitionFor(row, done('COMPLETED'), store.clock.now()));

      const after = await collectPages(store.repository().pendingRowsOfBooking(row.bookingId));

      expect(after.rows).toEqual([]);
    } finally {
      unfreeze();
    }
  });

  it('when a listed row changed since the index saw it, then it is handed out as the table holds it now', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const unfreeze = freezeQueryAnswers(store.client);
    try {
      await collectPages(store.repository().pendingRowsOfBooking(row.bookingId));
      await store.repository().recordWriteIntent(claim, row, '{"intent":1}', row.deleteBy);

      const after = await collectPages(store.repository().pendingRowsOfBooking(row.bookingId));

      expect(after.rows).toEqual([{ ...row, writeIntent: '{"intent":1}' }]);
    } finally {
      unfreeze();
    }
  });
});

describe('write intents on a row', () => {
  it('when an intent is recorded, then it is on the row, kept as long as asked; when the events it owes are recorded, then it is gone in the same write, the row kept for them', async () => {
    const { row, claim } = await storedRowUnderClaim();

    const withIntent = await store
      .repository()
      .recordWriteIntent(claim, row, '{"write":"setNomsNumber"}', row.deleteBy + 100);
    expect(await store.rawMessageItem(row.id)).toMatchObject({
      writeIntent: '{"write":"setNomsNumber"}',
      deleteBy: row.deleteBy + 100,
    });
    expect(withIntent).toMatchObject({
      writeIntent: '{"write":"setNomsNumber"}',
      deleteBy: row.deleteBy + 100,
    });

    const owed = await store.repository().recordPendingEvents(claim, withIntent, '[]', row.deleteBy + 200);

    const item = await store.rawMessageItem(row.id);
    expect(item).toMatchObject({ pendingEvents: '[]', deleteBy: row.deleteBy + 200 });
    expect(item).not.toHaveProperty('writeIntent');
    await expect(store.repository().getRow(row.id)).resolves.toEqual(owed);
  });

  it('when an intent is forgotten, then it is removed', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const withIntent = await store
      .repository()
      .recordWriteIntent(claim, row, '{"write":"setNomsNumber"}', row.deleteBy);

    const forgotten = await store.repository().recordWriteIntent(claim, withIntent, undefined, row.deleteBy);

    expect(await store.rawMessageItem(row.id)).not.toHaveProperty('writeIntent');
    await expect(store.repository().getRow(row.id)).resolves.toEqual(forgotten);
  });

  it('when the claim has passed to another worker, then the intent is refused', async () => {
    const { row } = await storedRowUnderClaim();
    const stale: HeldLock = { id: claimIdFor(row.bookingId), owner: 'worker-a', fence: 0 };

    await expect(store.repository().recordWriteIntent(stale, row, '{}', row.deleteBy)).rejects.toMatchObject({
      name: 'UpdateRefusedError',
    });
    expect(await store.rawMessageItem(row.id)).not.toHaveProperty('writeIntent');
  });
});

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { FixedClock } from '@ptpu/domain/testing';
import {
  DynamoLocks,
  DynamoMessageRepository,
  documentClientFor,
  type DynamoLocksOptions,
  type HeldLock,
} from '../../src';
import { createTestTables, localDynamoClient, type TestTables } from '../../src/testing';

/**
 * One suite's store: its own uniquely named tables on DynamoDB Local, a clock the suite moves, and factories
 * for the adapters under test. Call `setUp` in `beforeAll` and `tearDown` in `afterAll`.
 */
export class StoreUnderTest {
  readonly client = localDynamoClient();
  readonly clock = new FixedClock('2026-01-15T10:00:00.000Z');
  private tables?: TestTables;

  async setUp(label: string): Promise<void> {
    this.tables = await createTestTables(this.client, label);
  }

  async tearDown(): Promise<void> {
    await this.tables?.drop();
    this.client.destroy();
  }

  get names(): TestTables {
    if (!this.tables) throw new Error('setUp() has not run');
    return this.tables;
  }

  repository(pageSize = 100): DynamoMessageRepository {
    return new DynamoMessageRepository({ ...this.names, client: this.client, clock: this.clock, pageSize });
  }

  locks(owner: string, options: Partial<DynamoLocksOptions> = {}): DynamoLocks {
    return new DynamoLocks({
      client: this.client,
      tableName: this.names.scheduleTable,
      clock: this.clock,
      owner,
      ...options,
    });
  }

  /** The raw item, index attributes included, read straight from the table. */
  async rawMessageItem(id: string): Promise<Record<string, unknown> | undefined> {
    const output = await documentClientFor(this.client).send(
      new GetCommand({ TableName: this.names.messageTable, Key: { id }, ConsistentRead: true }),
    );
    return output.Item;
  }

  async rawLockItem(id: string): Promise<Record<string, unknown> | undefined> {
    const output = await documentClientFor(this.client).send(
      new GetCommand({ TableName: this.names.scheduleTable, Key: { _id: id }, ConsistentRead: true }),
    );
    return output.Item;
  }
}

/** Acquires a lock the test expects to be free. */
export async function mustAcquire(locks: DynamoLocks, id: string): Promise<HeldLock> {
  const held = await locks.acquire(id);
  if (!held) throw new Error(`expected ${locks.owner} to acquire ${id}`);
  return held;
}

/** Polls instead of sleeping for a fixed time, so the test waits only as long as the behaviour takes. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Drains a paged query into one list, keeping the page sizes for paging assertions. */
export async function collectPages<T>(
  pages: AsyncIterable<T[]>,
): Promise<{ rows: T[]; pageSizes: number[] }> {
  const rows: T[] = [];
  const pageSizes: number[] = [];
  for await (const page of pages) {
    rows.push(...page);
    pageSizes.push(page.length);
  }
  return { rows, pageSizes };
}

import { buildMessageRow } from '@ptpu/domain/testing';
import type { MessageRow } from '@ptpu/domain';
import { collectPages, StoreUnderTest } from './support/store-under-test';

const store = new StoreUnderTest();
beforeAll(() => store.setUp('repository'));
afterAll(() => store.tearDown());

const ids = (rows: readonly MessageRow[]) => rows.map((row) => row.id);

describe('storeIfAbsent', () => {
  it('when a row is new, then it is stored with its pending index attributes', async () => {
    const row = buildMessageRow({ bookingId: 101, recall: true, matchingCrns: undefined });

    await expect(store.repository().storeIfAbsent(row)).resolves.toBe('stored');

    await expect(store.repository().getRow(row.id)).resolves.toEqual(row);
    await expect(store.rawMessageItem(row.id)).resolves.toMatchObject({
      pendingState: 'NEW',
      pendingBookingId: 101,
    });
  });

  it('when the same id is stored again, then it is a duplicate and the first row is untouched', async () => {
    const first = buildMessageRow({ bookingId: 102 });
    await store.repository().storeIfAbsent(first);

    const redelivery = { ...first, createdDate: '2026-01-15T09:30:00.000Z', offenderNo: 'Z9999ZZ' };
    await expect(store.repository().storeIfAbsent(redelivery)).resolves.toBe('duplicate');

    await expect(store.repository().getRow(first.id)).resolves.toEqual(first);
  });

  it('when a row is already processed, then it carries its London processed day and no pending attributes', async () => {
    const row = buildMessageRow({
      bookingId: 103,
      status: 'COMPLETED',
      processedDate: '2026-06-30T23:30:00.000Z',
    });
    await store.repository().storeIfAbsent(row);

    const item = await store.rawMessageItem(row.id);
    expect(item).toMatchObject({ processedDay: '2026-07-01' });
    expect(item).not.toHaveProperty('pendingState');
    expect(item).not.toHaveProperty('pendingBookingId');
  });

  it('when a row does not exist, then getRow says so', async () => {
    await expect(store.repository().getRow('no-such-row')).resolves.toBeUndefined();
  });
});

describe('dueFirstTimeRows', () => {
  const cutoff = new Date('2026-02-01T12:00:00.000Z');
  const rows = {
    due1: buildMessageRow({ bookingId: 201, createdDate: '2026-02-01T10:00:00.000Z' }),
    due2: buildMessageRow({ bookingId: 202, createdDate: '2026-02-01T11:59:59.999Z' }),
    due3: buildMessageRow({ bookingId: 203, createdDate: '2026-02-01T09:00:00.000Z' }),
    tooYoung: buildMessageRow({ bookingId: 204, createdDate: '2026-02-01T12:00:00.000Z' }),
    inRetry: buildMessageRow({
      bookingId: 205,
      createdDate: '2026-02-01T08:00:00.000Z',
      retryCount: 2,
      status: 'ERROR',
    }),
    processed: buildMessageRow({
      bookingId: 206,
      createdDate: '2026-02-01T08:00:00.000Z',
      processedDate: '2026-02-01T08:30:00.000Z',
      status: 'COMPLETED',
    }),
  };

  beforeAll(async () => {
    for (const row of Object.values(rows)) await store.repository().storeIfAbsent(row);
  });

  it('when asked for due rows, then only first-time rows older than the cutoff come back, oldest first', async () => {
    const due = await collectPages(store.repository().dueFirstTimeRows(cutoff));

    // The table also holds the first-time rows of the tests above, which are due as well.
    expect(ids(due.rows)).toEqual(expect.arrayContaining([rows.due1.id, rows.due2.id, rows.due3.id]));
    expect(ids(due.rows)).not.toContain(rows.tooYoung.id);
    expect(ids(due.rows)).not.toContain(rows.inRetry.id);
    expect(ids(due.rows)).not.toContain(rows.processed.id);
    for (const row of due.rows) {
      expect(row).toMatchObject({ retryCount: 0 });
      expect(row.processedDate).toBeUndefined();
      expect(row.createdDate < cutoff.toISOString()).toBe(true);
    }
    const createdDates = due.rows.map((row) => row.createdDate);
    expect(createdDates).toEqual([...createdDates].sort());
  });

  it('when the page size is smaller than the result, then every row comes back once across pages', async () => {
    const pageSize = 2;
    const all = await collectPages(store.repository().dueFirstTimeRows(cutoff));
    const paged = await collectPages(store.repository().dueFirstTimeRows(cutoff, { pageSize }));

    expect(ids(paged.rows)).toEqual(ids(all.rows));
    expect(paged.pageSizes.length).toBe(Math.ceil(all.rows.length / pageSize));
    expect(Math.max(...paged.pageSizes)).toBe(pageSize);
  });
});

describe('pendingRowsOfBooking and pendingRowsOfTier', () => {
  const bookingId = 301;
  const rows = {
    fresh: buildMessageRow({ bookingId, createdDate: '2026-03-01T10:00:00.000Z' }),
    short: buildMessageRow({
      bookingId,
      createdDate: '2026-03-01T09:00:00.000Z',
      retryCount: 4,
      status: 'NO_MATCH',
    }),
    long: buildMessageRow({
      bookingId,
      createdDate: '2026-03-01T08:00:00.000Z',
      retryCount: 11,
      status: 'ERROR',
    }),
    medium: buildMessageRow({
      bookingId,
      createdDate: '2026-03-01T07:00:00.000Z',
      retryCount: 5,
      status: 'ERROR',
    }),
    processed: buildMessageRow({ bookingId, processedDate: '2026-03-01T11:00:00.000Z', status: 'COMPLETED' }),
    otherBooking: buildMessageRow({ bookingId: 302, retryCount: 5, status: 'ERROR' }),
  };

  beforeAll(async () => {
    for (const row of Object.values(rows)) await store.repository().storeIfAbsent(row);
  });

  it("when a booking's pending rows are read in pages, then all of them come back whatever their age or tier", async () => {
    const pending = await collectPages(store.repository().pendingRowsOfBooking(bookingId, { pageSize: 1 }));

    expect(ids(pending.rows)).toEqual([rows.medium.id, rows.long.id, rows.short.id, rows.fresh.id]);
    expect(pending.pageSizes).toEqual([1, 1, 1, 1]);
  });

  it('when a tier is read, then only pending rows whose retry count puts them in that tier come back', async () => {
    const medium = await collectPages(store.repository().pendingRowsOfTier('MEDIUM'));
    const short = await collectPages(store.repository().pendingRowsOfTier('SHORT'));

    expect(ids(medium.rows)).toEqual(expect.arrayContaining([rows.medium.id, rows.otherBooking.id]));
    expect(medium.rows.every((row) => row.retryCount >= 5 && row.retryCount <= 10)).toBe(true);
    expect(ids(short.rows)).toContain(rows.short.id);
    expect(ids(short.rows)).not.toContain(rows.medium.id);
  });
});

describe('rowsOfBooking / rowsOfNomsNumber (an operator look-up)', () => {
  const rows = {
    pending: buildMessageRow({
      bookingId: 901,
      offenderNo: 'G9010AA',
      createdDate: '2026-03-01T10:00:00.000Z',
    }),
    done: buildMessageRow({
      bookingId: 901,
      offenderNo: 'G9010AA',
      createdDate: '2026-03-01T09:00:00.000Z',
      status: 'COMPLETED',
      processedDate: '2026-03-01T11:00:00.000Z',
    }),
    laterBooking: buildMessageRow({
      bookingId: 902,
      offenderNo: 'G9010AA',
      createdDate: '2026-03-02T10:00:00.000Z',
    }),
    someoneElse: buildMessageRow({
      bookingId: 903,
      offenderNo: 'G9030CC',
      createdDate: '2026-03-01T10:00:00.000Z',
    }),
  };

  beforeAll(async () => {
    for (const row of Object.values(rows)) await store.repository().storeIfAbsent(row);
  });

  it('finds every row of a booking, done ones too, oldest first, through its index', async () => {
    const found = await collectPages(store.repository().rowsOfBooking(901, { pageSize: 1 }));
    expect(ids(found.rows)).toEqual([rows.done.id, rows.pending.id]);
    expect(found.pageSizes).toEqual([1, 1]);
  });

  it('finds every row of a prisoner across bookings by the NOMS number, and none of anyone else', async () => {
    const found = await collectPages(store.repository().rowsOfNomsNumber('G9010AA'));
    expect(ids(found.rows)).toEqual([rows.done.id, rows.pending.id, rows.laterBooking.id]);
    expect((await collectPages(store.repository().rowsOfNomsNumber('G0000XX'))).rows).toEqual([]);
  });
});

import type { MessageRow } from '../message/message-row';
import { SystemError } from '../errors/system-error';
import { buildMessageRow } from '../testing/build-message-row';
import { ok } from '../upstream/upstream-result';
import { UNTOUCHED_CUSTODY } from './testing/fake-community-api';
import { FakeRefusal } from './testing/in-memory-pending-work';
import { processingKit } from './testing/processing-kit';
import { firstTimeRows, rowsOfTier } from './row-selector';

const statusChange = (id: string, createdDate: string) => buildMessageRow({ id, createdDate });
const movement = (id: string, createdDate: string) =>
  buildMessageRow({
    id,
    createdDate,
    eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
    message: JSON.stringify({
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      bookingId: 1200835,
      movementSeq: 1,
    }),
  });
const merge = (id: string, createdDate: string) =>
  buildMessageRow({
    id,
    createdDate,
    eventType: 'BOOKING_NUMBER-CHANGED',
    message: JSON.stringify({ eventType: 'BOOKING_NUMBER-CHANGED', bookingId: 1200835 }),
  });

describe('processBooking', () => {
  it('when a booking has older duplicates, then they end SUPERSEDED unworked, before the kept rows', async () => {
    const kit = processingKit([
      statusChange('status-old', '2026-01-15T08:00:00.000Z'),
      statusChange('status-new', '2026-01-15T09:00:00.000Z'),
      { ...statusChange('status-retried', '2026-01-10T08:00:00.000Z'), status: 'NO_MATCH', retryCount: 6 },
    ]);

    const report = await kit.run();

    expect(report.rows.map((r) => [r.rowAsRead.id, r.outcome.status])).toEqual([
      ['status-old', 'SUPERSEDED'],
      ['status-retried', 'SUPERSEDED'],
      ['status-new', 'COMPLETED'],
    ]);
    expect(kit.stored('status-old')).toMatchObject({
      status: 'SUPERSEDED',
      processedDate: '2026-01-15T10:00:00.000Z',
    });
    expect(kit.stored('status-retried')).toMatchObject({ status: 'SUPERSEDED', retryCount: 6 });
    expect(kit.journal.names('getSentenceTerms')).toHaveLength(1);
  });

  it('when the path does not own the kept row, then neither it nor the rows it supersedes are touched', async () => {
    const kit = processingKit([
      { ...statusChange('status-retrying', '2026-01-14T08:00:00.000Z'), status: 'NO_MATCH', retryCount: 2 },
      statusChange('status-fresh', '2026-01-15T09:59:00.000Z'),
    ]);

    const report = await kit.run(undefined, { select: rowsOfTier('SHORT') });

    expect(report.rows).toEqual([]);
    expect(kit.stored('status-retrying')).toMatchObject({ status: 'NO_MATCH', retryCount: 2 });
    expect(kit.stored('status-fresh')).not.toHaveProperty('processedDate');
    expect(kit.journal.names('getSentenceTerms')).toHaveLength(0);
  });

  it('when the path owns the kept row, then the older rows it replaces end SUPERSEDED, whatever their tier', async () => {
    const kit = processingKit([
      { ...statusChange('status-retrying', '2026-01-14T08:00:00.000Z'), status: 'NO_MATCH', retryCount: 2 },
      statusChange('status-fresh', '2026-01-15T09:00:00.000Z'),
      { ...movement('move-retrying', '2026-01-14T08:00:00.000Z'), status: 'NO_MATCH', retryCount: 2 },
    ]);

    const report = await kit.run(undefined, { select: firstTimeRows });

    expect(report.rows.map((r) => [r.rowAsRead.id, r.outcome.status])).toEqual([
      ['status-retrying', 'SUPERSEDED'],
      ['status-fresh', 'COMPLETED'],
    ]);
    expect(kit.stored('move-retrying')).toMatchObject({ status: 'NO_MATCH', retryCount: 2 });
  });

  it('works the kept rows strictly one after another: status change, then movement, then booking number change', async () => {
    const kit = processingKit([
      merge('merge', '2026-01-15T07:00:00.000Z'),
      movement('move', '2026-01-15T08:00:00.000Z'),
      statusChange('status', '2026-01-15T09:00:00.000Z'),
    ]);
    kit.communityApi.custodyHoldingBookNumber = ok(UNTOUCHED_CUSTODY);

    await kit.run();

    expect(
      kit.journal.names('getSentenceTerms', 'getMovement', 'getMergedIdentifiers', 'completeAttempt'),
    ).toEqual([
      'getSentenceTerms',
      'completeAttempt',
      'getMovement',
      'completeAttempt',
      'getMergedIdentifiers',
      'completeAttempt',
    ]);
  });

  it('when one row meets an upstream fault, then it alone is tried later and the next row is still worked', async () => {
    const kit = processingKit([
      statusChange('status', '2026-01-15T09:00:00.000Z'),
      merge('merge', '2026-01-15T09:00:00.000Z'),
    ]);
    kit.journal.fail(
      'getSentenceTerms',
      new SystemError('timeout', { code: 'UPSTREAM.TIMEOUT', retryable: true }),
    );

    await kit.run();

    expect(kit.stored('status')).toMatchObject({
      status: 'ERROR',
      retryCount: 1,
      lastError: 'UPSTREAM.TIMEOUT: timeout',
    });
    expect(kit.stored('merge').status).toBe('COMPLETED');
  });

  it('when the claim is lost, then the store’s refusal is thrown and nothing more is done for the booking', async () => {
    const kit = processingKit([
      statusChange('status', '2026-01-15T09:00:00.000Z'),
      merge('merge', '2026-01-15T09:00:00.000Z'),
    ]);
    kit.work.claimHolder = 'someone-else';

    await expect(kit.run()).rejects.toBeInstanceOf(FakeRefusal);

    expect(kit.stored('status').status).toBe('VALIDATED');
    expect(kit.stored('merge').status).toBe('VALIDATED');
    expect(kit.journal.names('getMergedIdentifiers')).toEqual([]);
  });

  it('when recording a domain event is refused, then the booking stops there instead of ending the row ERROR', async () => {
    const kit = processingKit([statusChange('status', '2026-01-15T09:00:00.000Z')]);
    kit.journal.fail('recordPendingEvents', new FakeRefusal('claim lost'));

    await expect(kit.run()).rejects.toBeInstanceOf(FakeRefusal);

    expect(kit.journal.names('publish', 'setBookingNumber', 'completeAttempt')).toEqual([]);
  });

  it('when the claim’s lease is lost, then no further read or write is started and the reason is thrown', async () => {
    const kit = processingKit([statusChange('status', '2026-01-15T09:00:00.000Z')]);
    const lease = new AbortController();
    lease.abort(new Error('lease lost'));

    await expect(kit.run(1200835, { signal: lease.signal })).rejects.toThrow('lease lost');

    expect(kit.journal.names()).toEqual(['pendingRowsOfBooking']);
  });

  it('when a superseded row still owes domain events, then they are published before it ends', async () => {
    const owed = JSON.stringify([
      { eventType: 'probation-case.prison-identifier.added', personReference: { identifiers: [] } },
    ]);
    const kit = processingKit([
      { ...statusChange('status-old', '2026-01-15T08:00:00.000Z'), pendingEvents: owed },
      statusChange('status-new', '2026-01-15T09:00:00.000Z'),
    ]);

    await kit.run();

    expect(kit.journal.names().slice(1, 3)).toEqual(['publish', 'completeAttempt']);
    expect(kit.stored('status-old')).toMatchObject({ status: 'SUPERSEDED' });
    expect(kit.stored('status-old').pendingEvents).toBeUndefined();
  });

  it('when a stored message cannot be read, then ERROR with a code saying so', async () => {
    const kit = processingKit([buildMessageRow({ id: 'broken', message: '{"bookingId":' })]);

    const report = await kit.run();

    expect(kit.stored('broken')).toMatchObject({
      status: 'ERROR',
      lastError: expect.stringMatching(/^PROCESSING\.MESSAGE_INVALID: /),
    });
    expect(report.rows[0].error).toMatchObject({ code: 'PROCESSING.MESSAGE_INVALID' });
  });

  it('when a row is past its deleteBy, then it is neither worked nor written, and the live row still is', async () => {
    const pastDeleteBy = Date.parse('2026-01-15T09:59:59.000Z') / 1000;
    const kit = processingKit([
      { ...statusChange('expired', '2025-12-01T09:00:00.000Z'), deleteBy: pastDeleteBy },
      merge('live', '2026-01-15T09:00:00.000Z'),
    ]);

    const report = await kit.run();

    expect(report.rows.map((r) => r.rowAsRead.id)).toEqual(['live']);
    expect(kit.stored('expired').processedDate).toBeUndefined();
    expect(kit.journal.names('getSentenceTerms')).toHaveLength(0);
  });

  it('when a row past its deleteBy still owes events or holds an intent, then it is not worked but reported, and a plain expired row is not', async () => {
    const pastDeleteBy = Date.parse('2026-01-15T09:59:59.000Z') / 1000;
    const expired = (id: string, owing: Partial<MessageRow>) => ({
      ...statusChange(id, '2025-12-01T09:00:00.000Z'),
      deleteBy: pastDeleteBy,
      ...owing,
    });
    const kit = processingKit([
      expired('owes-events', { pendingEvents: '[]' }),
      expired('holds-intent', { writeIntent: '{}' }),
      expired('owes-nothing', {}),
    ]);

    const report = await kit.run();

    expect(report.rows).toEqual([]);
    expect(report.expiredOwing.map((row) => row.id)).toEqual(['owes-events', 'holds-intent']);
    expect(kit.telemetry.events.filter((event) => event.name === 'P2POwedWorkExpired')).toEqual([
      {
        name: 'P2POwedWorkExpired',
        properties: {
          bookingId: '1200835',
          eventType: 'IMPRISONMENT_STATUS-CHANGED',
          rowId: 'owes-events',
          owes: 'events',
          deleteBy: '2026-01-15T09:59:59.000Z',
        },
      },
      expect.objectContaining({
        properties: expect.objectContaining({ rowId: 'holds-intent', owes: 'intent' }),
      }),
    ]);
  });

  it('when another worker already finished the booking, then there is nothing to do', async () => {
    const kit = processingKit([]);

    expect(await kit.run(1200835)).toEqual({ bookingId: 1200835, rows: [], expiredOwing: [] });
  });
});

import { accountEvents, type PublishedEvent, type RowSeen } from '../src/checks/accounting';

const published: PublishedEvent[] = [
  { messageId: 'm1', eventNo: 1 },
  { messageId: 'm2', eventNo: 2 },
  { messageId: 'm3', eventNo: 3 },
  { messageId: 'm4', eventNo: 4 },
];
const row = (id: string, eventNo: number | undefined): RowSeen => ({ id, eventNo });

describe('accountEvents', () => {
  it('accounts an event as a row, a logged ignore with a reason, or a DLQ message', () => {
    const accounting = accountEvents(
      published,
      [row('m1', 1), row('m2', 2)],
      [{ messageId: 'm3', reason: 'non-zero-sequence' }],
      ['m4'],
    );

    expect(accounting).toEqual({
      events: 4,
      accounted: 4,
      lost: [],
      duplicateRows: 0,
      byEnd: { row: 2, ignored: 1, deadLetter: 1 },
    });
  });

  it('reports an event that ended nowhere as lost, by its MessageId', () => {
    const accounting = accountEvents(published, [row('m1', 1), row('m2', 2)], [], ['m4']);

    expect(accounting.lost).toEqual(['m3']);
    expect(accounting.accounted).toBe(3);
  });

  it('does not take an ignore without a reason as accounted for', () => {
    const accounting = accountEvents(
      published,
      [row('m1', 1), row('m2', 2)],
      [{ messageId: 'm3', reason: '' }],
      ['m4'],
    );

    expect(accounting.lost).toEqual(['m3']);
  });

  it('counts every row beyond the first made from one published event as a duplicate', () => {
    const accounting = accountEvents(
      published,
      [row('m1', 1), row('other-a', 1), row('other-b', 1), row('m2', 2), row('m3', 3), row('m4', 4)],
      [],
      [],
    );

    expect(accounting.duplicateRows).toBe(2);
    expect(accounting.lost).toEqual([]);
  });

  it('leaves rows of events published elsewhere, or without an event number, out of the duplicate count', () => {
    const accounting = accountEvents(
      published,
      [
        row('m1', 1),
        row('m2', 2),
        row('m3', 3),
        row('m4', 4),
        row('x', 99),
        row('y', 99),
        row('z', undefined),
      ],
      [],
      [],
    );

    expect(accounting.duplicateRows).toBe(0);
  });

  it('counts an event that is both a row and a DLQ message once, as a row', () => {
    const accounting = accountEvents(published.slice(0, 1), [row('m1', 1)], [], ['m1']);
    expect(accounting.byEnd).toEqual({ row: 1, ignored: 0, deadLetter: 0 });
  });
});

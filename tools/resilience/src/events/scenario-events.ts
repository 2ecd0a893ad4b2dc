import type { SeededRandom } from '../seeded-random';
import type { BookingRange } from './resilience-world';

/** What the harness publishes: the inner event and its `eventType` message attribute. */
export interface EventToPublish {
  eventNo: number;
  eventType: string;
  /** The SNS `Message`: normally inner event JSON; a poison event's is not JSON at all. */
  message: string;
}

/**
 * `total` events over the range's bookings: one status change per booking first, then a seeded mix of further
 * status changes of the same bookings (aggregated by the processor), status changes with a non-zero sequence
 * (the validator acknowledges and ignores them) and poison messages (the validator sends them to the DLQ).
 */
export function scenarioEvents(range: BookingRange, total: number, random: SeededRandom): EventToPublish[] {
  const events: EventToPublish[] = [];
  // Event numbers of different scenarios never meet, since the table keeps every scenario's rows.
  const firstEventNo = range.scenarioIndex * 1_000_000;
  const statusChange = (eventNo: number, bookingId: number, imprisonmentStatusSeq: number) => ({
    eventNo,
    eventType: 'IMPRISONMENT_STATUS-CHANGED',
    message: JSON.stringify({
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      eventDatetime: new Date().toISOString().slice(0, 19),
      bookingId,
      imprisonmentStatusSeq,
      nomisEventType: 'OFF_IMP_STAT_OASYS',
      resilienceEventNo: eventNo,
    }),
  });
  for (let k = 0; k < total; k += 1) {
    const eventNo = firstEventNo + k;
    const bookingId =
      k < range.count ? range.firstBookingId + k : range.firstBookingId + random.between(0, range.count - 1);
    const roll = k < range.count ? 1 : random.next();
    if (roll < 0.03) {
      events.push({ eventNo, eventType: 'IMPRISONMENT_STATUS-CHANGED', message: `{not json ${eventNo}` });
    } else if (roll < 0.12) {
      events.push(statusChange(eventNo, bookingId, 1));
    } else {
      events.push(statusChange(eventNo, bookingId, 0));
    }
  }
  return events;
}

const DOMAIN_TWIN_OFFSET = 500_000;

/**
 * The HMPPS domain event twin of each status change with sequence 0 (prison-offender-events publishes only
 * those), as that producer writes it, with an event number of its own: each twin must end as a row or an
 * acknowledged ignore, like any event.
 */
export function domainTwinsOf(events: readonly EventToPublish[]): EventToPublish[] {
  const twins: EventToPublish[] = [];
  for (const event of events) {
    let inner: { bookingId?: number; imprisonmentStatusSeq?: number };
    try {
      inner = JSON.parse(event.message) as typeof inner;
    } catch {
      continue;
    }
    if (inner.imprisonmentStatusSeq !== 0 || inner.bookingId === undefined) continue;
    const eventNo = event.eventNo + DOMAIN_TWIN_OFFSET;
    const eventType = 'prison-offender-events.prisoner.imprisonment-status-changed';
    twins.push({
      eventNo,
      eventType,
      message: JSON.stringify({
        eventType,
        version: 1,
        occurredAt: new Date().toISOString(),
        additionalInformation: { bookingId: String(inner.bookingId) },
        resilienceEventNo: eventNo,
      }),
    });
  }
  return twins;
}

/** The `resilienceEventNo` inside a row's stored message, if it has one. */
export function eventNoOf(message: string | undefined): number | undefined {
  if (message === undefined) return undefined;
  try {
    const value = (JSON.parse(message) as { resilienceEventNo?: unknown }).resilienceEventNo;
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

import { HttpProblem, notFound } from '../../http/http-problem';
import {
  type ConvictionRecord,
  type DeliusCaseRecord,
  hasCurrentDisposal,
  isCustodialNear,
} from '../../state/delius-records';
import type { WorldState } from '../../state/world-state';
import { REPLACEABLE_KEY_DATE_FIELDS } from '../../world/date-fields';
import type { DeliusCustody, KeyDates } from '../../world/world.schema';

/** community-api's SENTENCE_START_DATE_LENIENT_DAYS. */
const SENTENCE_START_DATE_LENIENT_DAYS = 7;

/** A custodial event and the custody record it holds. */
export interface CustodialEvent {
  conviction: ConvictionRecord;
  custody: DeliusCustody;
}

/**
 * The Delius rules community-api applies to this service's writes, and to the reads that pick a record the
 * way a write would. Each write changes the sandbox's state in place, so later reads (convictions, custody,
 * /match) see it.
 */
export class DeliusWrites {
  constructor(
    private readonly world: WorldState,
    private readonly now: Date,
  ) {}

  /**
   * Who holds a NOMS number (soft-deleted cases never do). Several holders are a 409 with `failOnDuplicate`;
   * without it community-api answers the likeliest, as every custody call addressed by the number does.
   */
  holderOfNomsNumber(nomsNumber: string, failOnDuplicate: boolean): DeliusCaseRecord {
    const holders = this.world.casesWithNomsNumber(nomsNumber).filter((c) => !c.softDeleted);
    if (holders.length === 0) throw notFound(`Offender with NOMS number ${nomsNumber} not found`);
    if (holders.length > 1 && failOnDuplicate) {
      throw new HttpProblem(
        409,
        `Multiple offenders found with NOMS number ${nomsNumber}`,
        holders.map((c) => c.crn).join(', '),
      );
    }
    return holders.length === 1 ? holders[0] : this.offenderWithNomsNumber(nomsNumber);
  }

  setNomsNumber(crn: string, nomsNumber: string): DeliusCaseRecord {
    const deliusCase = this.world.deliusCase(crn);
    if (deliusCase === undefined) throw notFound(`Offender with crn ${crn} not found`);
    deliusCase.otherIds.nomsNumber = nomsNumber;
    return deliusCase;
  }

  /**
   * A NOMIS merge: every case holding the old number takes the new one. As in community-api, a new number
   * already on a case is refused (409) before the old number is looked for (404).
   */
  replaceNomsNumber(originalNomsNumber: string, nomsNumber: string): DeliusCaseRecord[] {
    const [holder] = this.world.casesWithNomsNumber(nomsNumber);
    if (holder !== undefined)
      throw new HttpProblem(409, `NOMS number ${nomsNumber} is already assigned to ${holder.crn}`);
    const holders = this.world.casesWithNomsNumber(originalNomsNumber);
    if (holders.length === 0) throw notFound(`No offender found with NOMS number ${originalNomsNumber}`);
    for (const deliusCase of holders) deliusCase.otherIds.nomsNumber = nomsNumber;
    return holders;
  }

  /** Sets the book number on the one active custodial event that started within 7 days of the NOMIS date. */
  setBookNumber(nomsNumber: string, bookingNumber: string, sentenceStartDate: string): CustodialEvent {
    const deliusCase = this.offenderWithNomsNumber(nomsNumber);
    const events = this.activeCustodialEvents(deliusCase).filter(({ conviction }) =>
      isCustodialNear(conviction, sentenceStartDate, SENTENCE_START_DATE_LENIENT_DAYS),
    );
    const event = exactlyOne(
      events,
      `${events.length} active custodial events of ${deliusCase.crn} started within ${SENTENCE_START_DATE_LENIENT_DAYS} days of ${sentenceStartDate}`,
    );
    event.custody.bookingNumber = bookingNumber;
    return event;
  }

  /** Moves the custody record that holds the book number to the Delius institution of a NOMIS prison. */
  setLocation(nomsNumber: string, bookingNumber: string, nomsPrisonInstitutionCode: string): CustodialEvent {
    const event = this.custodyWithBookNumber(nomsNumber, bookingNumber);
    if (this.world.institutionFor(nomsPrisonInstitutionCode) === undefined) {
      throw notFound(`No institution found for NOMIS code ${nomsPrisonInstitutionCode}`);
    }
    event.custody.institution = nomsPrisonInstitutionCode;
    return event;
  }

  /** Replaces every replaceable key date: a date left out of `dates` is deleted. */
  replaceKeyDates(
    nomsNumber: string,
    bookingNumber: string,
    dates: Partial<Record<string, string | null>>,
  ): CustodialEvent {
    const event = this.custodyWithBookNumber(nomsNumber, bookingNumber);
    const keyDates: KeyDates = { ...event.custody.keyDates };
    for (const field of REPLACEABLE_KEY_DATE_FIELDS) {
      const date = dates[field];
      if (date == null) delete keyDates[field];
      else keyDates[field] = date;
    }
    event.custody.keyDates = keyDates;
    return event;
  }

  /** The one active custodial event holding this book number; none, or duplicates, is a 404. */
  custodyWithBookNumber(nomsNumber: string, bookingNumber: string): CustodialEvent {
    const deliusCase = this.offenderWithNomsNumber(nomsNumber);
    const events = this.activeCustodialEvents(deliusCase).filter(
      ({ custody }) => custody.bookingNumber === bookingNumber,
    );
    return exactlyOne(
      events,
      `${events.length} active custodial events of ${deliusCase.crn} hold book number ${bookingNumber}`,
    );
  }

  /**
   * The case a NOMS number identifies. Delius can hold a number twice; like community-api, prefer the case
   * with a current disposal, and give up (404) when that still leaves more than one.
   */
  private offenderWithNomsNumber(nomsNumber: string): DeliusCaseRecord {
    const holders = this.world.casesWithNomsNumber(nomsNumber);
    const likely = holders.length > 1 ? holders.filter((c) => hasCurrentDisposal(c, this.now)) : holders;
    if (likely.length !== 1) {
      throw new HttpProblem(
        404,
        `Offender with NOMS number ${nomsNumber} not found`,
        `${holders.length} offenders hold it`,
      );
    }
    return likely[0];
  }

  private activeCustodialEvents(deliusCase: DeliusCaseRecord): CustodialEvent[] {
    return this.world
      .recordedConvictions(deliusCase, this.now)
      .filter((conviction) => conviction.active && conviction.custody !== undefined)
      .map((conviction) => ({ conviction, custody: conviction.custody as DeliusCustody }));
  }
}

function exactlyOne(events: CustodialEvent[], problem: string): CustodialEvent {
  if (events.length !== 1) throw new HttpProblem(404, 'Custodial event not found', problem);
  return events[0];
}

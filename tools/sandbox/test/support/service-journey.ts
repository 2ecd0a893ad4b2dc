import type { SandboxClient } from './sandbox-client';
import { crnsOf } from './sandbox-client';

interface Booking {
  bookingId: number;
  bookingNo: string;
  offenderNo: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  activeFlag: boolean;
}
interface Term {
  startDate?: string;
  consecutiveTo?: number;
}
interface Conviction {
  sentence?: { startDate?: string };
  custody?: unknown;
}

/**
 * The calls the processor makes for an IMPRISONMENT_STATUS-CHANGED event, up to the match decision
 * (the original service's order), so the seeded world's scenarios can be walked as the service would.
 */
export async function matchAsTheServiceWould(client: SandboxClient, offenderNo: string) {
  const [prisoner] = (
    await client.call<{ latestBookingId: number; pncNumber?: string; croNumber?: string }[]>(
      'prisonApi',
      'GET',
      `/api/prisoners?offenderNo=${offenderNo}`,
    )
  ).body;
  const booking = (
    await client.call<Booking>('prisonApi', 'GET', `/api/bookings/${prisoner.latestBookingId}?extraInfo=true`)
  ).body;
  const terms = (
    await client.call<Term[]>(
      'prisonApi',
      'GET',
      `/api/offender-sentences/booking/${booking.bookingId}/sentenceTerms`,
    )
  ).body;
  const sentenceStartDate = terms
    .filter((term) => term.consecutiveTo === undefined && term.startDate !== undefined)
    .map((term) => term.startDate as string)
    .sort()
    .at(-1);
  const reply = await client.match<{ matchedBy: string }>({
    firstName: booking.firstName,
    surname: booking.lastName,
    dateOfBirth: booking.dateOfBirth,
    nomsNumber: booking.offenderNo,
    activeSentence: true,
    pncNumber: prisoner.pncNumber ?? null,
    croNumber: prisoner.croNumber ?? null,
  });
  const crns = crnsOf(reply);
  const withinSevenDays: string[] = [];
  for (const crn of crns) {
    const convictions = (
      await client.call<Conviction[]>('communityApi', 'GET', `/secure/offenders/crn/${crn}/convictions`)
    ).body;
    const near = convictions.some(
      (c) =>
        c.custody !== undefined &&
        c.sentence?.startDate !== undefined &&
        sentenceStartDate !== undefined &&
        Math.abs(Date.parse(c.sentence.startDate) - Date.parse(sentenceStartDate)) <= 7 * 86_400_000,
    );
    if (near) withinSevenDays.push(crn);
  }
  return { booking, sentenceStartDate, matchedBy: reply.body.matchedBy, crns, withinSevenDays };
}

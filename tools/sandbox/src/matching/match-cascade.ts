import { canonicalCro, canonicalPnc, type MatchedBy } from '@ptpu/domain';
import type { DeliusCaseRecord } from '../state/delius-records';
import { lenientDateVariations } from './lenient-dates';
import type { MatchRequest } from './match-request';

export interface CascadeResult {
  matchedBy: MatchedBy;
  matches: DeliusCaseRecord[];
}

interface Step {
  matchedBy: Exclude<MatchedBy, 'NOTHING'>;
  /** False when the request lacks what this step searches on, so it is skipped. */
  applies(request: MatchRequest): boolean;
  matches(request: MatchRequest, candidate: DeliusCaseRecord): boolean;
}

/**
 * probation-offender-search's match cascade: the first step with hits
 * wins. Every step only considers cases that are not soft-deleted and, when `activeSentence` is asked for,
 * that have a current disposal. Names compare ignoring case; CROs ignoring case; PNCs in canonical form.
 */
export function runMatchCascade(
  request: MatchRequest,
  cases: readonly DeliusCaseRecord[],
  hasCurrentDisposal: (candidate: DeliusCaseRecord) => boolean,
): CascadeResult {
  const searchable = cases.filter(
    (candidate) => !candidate.softDeleted && (!request.activeSentence || hasCurrentDisposal(candidate)),
  );
  for (const step of STEPS) {
    if (!step.applies(request)) continue;
    const matches = searchable.filter((candidate) => step.matches(request, candidate));
    if (matches.length > 0) return { matchedBy: step.matchedBy, matches };
  }
  return { matchedBy: 'NOTHING', matches: [] };
}

const STEPS: readonly Step[] = [
  {
    matchedBy: 'ALL_SUPPLIED',
    applies: () => true,
    matches: (request, candidate) => idsAllMatch(request, candidate) && namesMatch(request, candidate),
  },
  {
    matchedBy: 'ALL_SUPPLIED_ALIAS',
    applies: () => true,
    matches: (request, candidate) =>
      idsAllMatch(request, candidate) && candidate.aliases.some((alias) => namesMatch(request, alias)),
  },
  {
    matchedBy: 'HMPPS_KEY',
    applies: (request) => request.nomsNumber !== undefined,
    matches: (request, candidate) => sameNoms(request.nomsNumber, candidate.otherIds.nomsNumber),
  },
  {
    matchedBy: 'EXTERNAL_KEY',
    applies: (request) => request.croNumber !== undefined,
    matches: (request, candidate) =>
      sameCro(request.croNumber, candidate.otherIds.croNumber) &&
      surnameOrDateOfBirthMatch(request, candidate),
  },
  {
    matchedBy: 'EXTERNAL_KEY',
    applies: (request) => request.pncNumber !== undefined,
    matches: (request, candidate) =>
      samePnc(request.pncNumber, candidate.otherIds.pncNumber) &&
      surnameOrDateOfBirthMatch(request, candidate),
  },
  {
    matchedBy: 'NAME',
    applies: (request) => request.firstName !== undefined && request.dateOfBirth !== undefined,
    matches: (request, candidate) =>
      anyName(candidate, (n) => sameText(n.firstName, request.firstName)) &&
      anyName(candidate, (n) => sameText(n.surname, request.surname)) &&
      anyName(candidate, (n) => n.dateOfBirth === request.dateOfBirth),
  },
  {
    matchedBy: 'PARTIAL_NAME',
    applies: (request) => request.dateOfBirth !== undefined,
    matches: (request, candidate) =>
      anyName(candidate, (n) => sameText(n.surname, request.surname)) &&
      anyName(candidate, (n) => n.dateOfBirth === request.dateOfBirth),
  },
  {
    matchedBy: 'PARTIAL_NAME_DOB_LENIENT',
    applies: (request) => request.firstName !== undefined && request.dateOfBirth !== undefined,
    matches: (request, candidate) => {
      const lenientDates = lenientDateVariations(request.dateOfBirth as string);
      return (
        anyName(candidate, (n) => sameText(n.firstName, request.firstName)) &&
        anyName(candidate, (n) => sameText(n.surname, request.surname)) &&
        anyName(candidate, (n) => lenientDates.has(n.dateOfBirth))
      );
    },
  },
];

interface Name {
  firstName: string;
  surname: string;
  dateOfBirth: string;
}

/** Every supplied identifier is on the case itself (the ALL_SUPPLIED steps). */
function idsAllMatch(request: MatchRequest, candidate: DeliusCaseRecord): boolean {
  const ids = candidate.otherIds;
  return (
    (request.nomsNumber === undefined || sameNoms(request.nomsNumber, ids.nomsNumber)) &&
    (request.croNumber === undefined || sameCro(request.croNumber, ids.croNumber)) &&
    (request.pncNumber === undefined || samePnc(request.pncNumber, ids.pncNumber))
  );
}

/** Every supplied name field and the date of birth are on one name record (the person, or one alias). */
function namesMatch(request: MatchRequest, name: Name): boolean {
  return (
    sameText(name.surname, request.surname) &&
    (request.firstName === undefined || sameText(name.firstName, request.firstName)) &&
    (request.dateOfBirth === undefined || name.dateOfBirth === request.dateOfBirth)
  );
}

function surnameOrDateOfBirthMatch(request: MatchRequest, candidate: DeliusCaseRecord): boolean {
  return anyName(
    candidate,
    (n) =>
      sameText(n.surname, request.surname) ||
      (request.dateOfBirth !== undefined && n.dateOfBirth === request.dateOfBirth),
  );
}

function anyName(candidate: DeliusCaseRecord, test: (name: Name) => boolean): boolean {
  return test(candidate) || candidate.aliases.some(test);
}

function sameText(held: string, supplied: string | undefined): boolean {
  return supplied !== undefined && held.trim().toLowerCase() === supplied.toLowerCase();
}

function sameNoms(supplied: string | undefined, held: string | undefined): boolean {
  return supplied !== undefined && held !== undefined && held.trim().toUpperCase() === supplied.toUpperCase();
}

function sameCro(supplied: string | undefined, held: string | undefined): boolean {
  return supplied !== undefined && held !== undefined && canonicalCro(held) === canonicalCro(supplied);
}

function samePnc(supplied: string | undefined, held: string | undefined): boolean {
  return supplied !== undefined && held !== undefined && canonicalPnc(held) === canonicalPnc(supplied);
}

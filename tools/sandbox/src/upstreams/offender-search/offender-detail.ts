import type { WireOffenderDetail } from '@ptpu/clients';
import { optional } from '../../http/optional-field';
import { type DeliusCaseRecord, hasCurrentDisposal, idsOf } from '../../state/delius-records';

/** A Delius case as offender-search returns it in a match (the fields the index holds for the sandbox). */
export function offenderDetail(deliusCase: DeliusCaseRecord, now: Date): WireOffenderDetail {
  const current = hasCurrentDisposal(deliusCase, now);
  return {
    ...optional('offenderId', deliusCase.offenderId),
    firstName: deliusCase.firstName,
    middleNames: deliusCase.middleNames,
    surname: deliusCase.surname,
    dateOfBirth: deliusCase.dateOfBirth,
    ...optional('gender', deliusCase.gender),
    otherIds: idsOf(deliusCase),
    offenderAliases: deliusCase.aliases.map((alias) => ({
      firstName: alias.firstName,
      middleNames: alias.middleNames,
      surname: alias.surname,
      dateOfBirth: alias.dateOfBirth,
    })),
    softDeleted: deliusCase.softDeleted,
    currentDisposal: current ? '1' : '0',
    activeProbationManagedSentence: current,
  };
}

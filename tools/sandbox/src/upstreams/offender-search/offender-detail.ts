import type { WireOffenderDetail } from '@ptpu/clients';
import { type DeliusCaseRecord, hasCurrentDisposal, offenderDetailOf } from '../../state/delius-records';

/** A Delius case as offender-search returns it in a match (the fields the index holds for the sandbox). */
export function offenderDetail(deliusCase: DeliusCaseRecord, now: Date): WireOffenderDetail {
  return {
    ...offenderDetailOf(deliusCase, now),
    offenderAliases: deliusCase.aliases.map((alias) => ({
      firstName: alias.firstName,
      middleNames: alias.middleNames,
      surname: alias.surname,
      dateOfBirth: alias.dateOfBirth,
    })),
    activeProbationManagedSentence: hasCurrentDisposal(deliusCase, now),
  };
}

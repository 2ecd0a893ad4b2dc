import type { OffenderIds } from '@ptpu/domain';
import { requireFields } from '../http/require-fields';
import type { CallContext } from '../http/to-system-error';
import { withoutAbsent } from '../http/without-absent';

/** The `IDs` object offender-search and community-api share: the CRN is always there. */
export function toOffenderIds(ctx: CallContext, ids: Partial<OffenderIds> | undefined): OffenderIds {
  const i = requireFields(ctx, ids, ['crn']);
  return withoutAbsent({
    crn: i.crn,
    pncNumber: i.pncNumber,
    croNumber: i.croNumber,
    nomsNumber: i.nomsNumber,
    niNumber: i.niNumber,
    immigrationNumber: i.immigrationNumber,
    mostRecentPrisonerNumber: i.mostRecentPrisonerNumber,
  });
}

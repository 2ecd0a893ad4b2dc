import type { OffenderIds } from '@ptpu/domain';
import { pickFields } from '../http/require-fields';
import type { CallContext } from '../http/to-system-error';

/** The `IDs` object offender-search and community-api share: the CRN is always there. */
export function toOffenderIds(ctx: CallContext, ids: Partial<OffenderIds> | undefined): OffenderIds {
  return pickFields(
    ctx,
    ids,
    ['crn'],
    ['pncNumber', 'croNumber', 'nomsNumber', 'niNumber', 'immigrationNumber', 'mostRecentPrisonerNumber'],
  );
}

import type { Conviction, Custody } from '@ptpu/domain';
import type { components } from '../generated/community-api';
import { pickPresent, requireFields, withoutAbsent } from '../http/require-fields';
import type { CallContext } from '../http/to-system-error';

type Schemas = components['schemas'];

/** The key dates community-api reads and writes, in its order. */
export const CUSTODY_KEY_DATES = [
  'conditionalReleaseDate',
  'licenceExpiryDate',
  'hdcEligibilityDate',
  'paroleEligibilityDate',
  'sentenceExpiryDate',
  'expectedReleaseDate',
  'postSentenceSupervisionEndDate',
] as const;

export function toConviction(ctx: CallContext, conviction: Schemas['Conviction']): Conviction {
  const c = requireFields(ctx, conviction, ['index', 'active']);
  return withoutAbsent({
    convictionId: c.convictionId,
    index: c.index,
    active: c.active,
    convictionDate: c.convictionDate,
    sentence: c.sentence ? pickPresent(c.sentence, ['sentenceId', 'description', 'startDate']) : undefined,
    custody: c.custody ? toCustody(ctx, c.custody) : undefined,
  });
}

export function toCustody(ctx: CallContext, custody: Schemas['Custody'] | undefined): Custody {
  const c = requireFields(ctx, custody, []);
  return withoutAbsent({
    bookingNumber: c.bookingNumber,
    institution: c.institution
      ? pickPresent(c.institution, [
          'institutionId',
          'code',
          'description',
          'institutionName',
          'nomsPrisonInstitutionCode',
        ])
      : undefined,
    keyDates: c.keyDates ? pickPresent(c.keyDates, CUSTODY_KEY_DATES) : undefined,
    sentenceStartDate: c.sentenceStartDate,
    status: c.status?.code
      ? withoutAbsent({ code: c.status.code, description: c.status.description })
      : undefined,
  });
}

import type { Conviction, Custody, CustodyKeyDates, Institution } from '@ptpu/domain';
import type { components } from '../generated/community-api';
import { requireFields } from '../http/require-fields';
import type { CallContext } from '../http/to-system-error';
import { withoutAbsent } from '../http/without-absent';

type Schemas = components['schemas'];

export function toConviction(ctx: CallContext, conviction: Schemas['Conviction']): Conviction {
  const c = requireFields(ctx, conviction, ['index', 'active']);
  return withoutAbsent({
    convictionId: c.convictionId,
    index: c.index,
    active: c.active,
    convictionDate: c.convictionDate,
    sentence: c.sentence
      ? withoutAbsent({
          sentenceId: c.sentence.sentenceId,
          description: c.sentence.description,
          startDate: c.sentence.startDate,
        })
      : undefined,
    custody: c.custody ? toCustody(ctx, c.custody) : undefined,
  });
}

export function toCustody(ctx: CallContext, custody: Schemas['Custody'] | undefined): Custody {
  const c = requireFields(ctx, custody, []);
  return withoutAbsent({
    bookingNumber: c.bookingNumber,
    institution: c.institution ? toInstitution(c.institution) : undefined,
    keyDates: c.keyDates ? toKeyDates(c.keyDates) : undefined,
    sentenceStartDate: c.sentenceStartDate,
    status: c.status?.code
      ? withoutAbsent({ code: c.status.code, description: c.status.description })
      : undefined,
  });
}

function toInstitution(i: Schemas['Institution']): Institution {
  return withoutAbsent({
    institutionId: i.institutionId,
    code: i.code,
    description: i.description,
    institutionName: i.institutionName,
    nomsPrisonInstitutionCode: i.nomsPrisonInstitutionCode,
  });
}

function toKeyDates(k: Schemas['CustodyRelatedKeyDates']): CustodyKeyDates {
  return withoutAbsent({
    conditionalReleaseDate: k.conditionalReleaseDate,
    licenceExpiryDate: k.licenceExpiryDate,
    hdcEligibilityDate: k.hdcEligibilityDate,
    paroleEligibilityDate: k.paroleEligibilityDate,
    sentenceExpiryDate: k.sentenceExpiryDate,
    expectedReleaseDate: k.expectedReleaseDate,
    postSentenceSupervisionEndDate: k.postSentenceSupervisionEndDate,
  });
}

import { RETRY_TIERS, type RetryTier } from '@ptpu/domain';

/** How a tier is named in URLs, job lock names and metric labels: `short`, `medium`, `long`. */
export function tierLabel(tier: RetryTier): string {
  return tier.toLowerCase();
}

export function tierOfLabel(label: string): RetryTier | undefined {
  return RETRY_TIERS.find((tier) => tierLabel(tier) === label);
}

import { awsCallLimits, ConfigError, longestCallMs, type ConfigProblem } from '@ptpu/platform';
import { defaultSafetyMarginMs } from '@ptpu/store';

/** One Delius write and one lease renewal must each fit in the lease less the write gate's safety margin. */
export function checkLeaseFits(config: { PTPU_LOCK_LEASE: number; PTPU_HTTP_TIMEOUT: number }): void {
  const lease = config.PTPU_LOCK_LEASE;
  const marginMs = defaultSafetyMarginMs(lease);
  const renewalMs = longestCallMs(awsCallLimits('DYNAMODB'));
  const problems: ConfigProblem[] = [];
  const mustFit = (longestMs: number, problem: string) => {
    if (lease <= longestMs + marginMs) problems.push({ key: 'PTPU_LOCK_LEASE', problem });
  };
  mustFit(
    config.PTPU_HTTP_TIMEOUT,
    `${lease}ms must exceed one Delius write (PTPU_HTTP_TIMEOUT ${config.PTPU_HTTP_TIMEOUT}ms) plus the ` +
      `write gate's safety margin (${marginMs}ms): a write under a claim may take only what is left of the lease`,
  );
  mustFit(
    renewalMs,
    `${lease}ms must exceed the longest lease renewal (${renewalMs}ms: DynamoDB's request timeout x attempts ` +
      `+ back-off) plus the write gate's safety margin (${marginMs}ms), or a slow renewal lets the lease lapse`,
  );
  if (problems.length > 0) throw new ConfigError(problems);
}

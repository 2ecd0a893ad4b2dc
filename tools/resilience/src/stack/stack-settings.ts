/** How the fleet runs: several instances of each app and short timings, so faults play out in seconds. */
export interface StackSettings {
  validators: number;
  processors: number;
  retriers: number;
  /** `PRISONTOPROBATION_HOLD_BACK_DURATION`. */
  holdBack: string;
  holdBackMs: number;
  /** `PTPU_LOCK_LEASE`: booking claims and job locks. */
  lease: string;
  leaseMs: number;
  /** `PTPU_HTTP_TIMEOUT`: each upstream request. */
  httpTimeoutMs: number;
  /** Every retry tier fires this often (6-field cron). */
  retryCron: string;
  /** The queue's redrive policy. */
  maxReceiveCount: number;
}

export const DEFAULT_STACK_SETTINGS: StackSettings = {
  validators: 2,
  processors: 2,
  retriers: 1,
  holdBack: '2s',
  holdBackMs: 2_000,
  lease: '12s',
  leaseMs: 12_000,
  httpTimeoutMs: 1_000,
  retryCron: '*/3 * * * * *',
  maxReceiveCount: 6,
};

/** The settings as the apps read them (docs/architecture.md, Configuration). */
export function settingsEnv(settings: StackSettings): Record<string, string> {
  return {
    PRISONTOPROBATION_HOLD_BACK_DURATION: settings.holdBack,
    PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: '250',
    PTPU_LOCK_LEASE: settings.lease,
    PTPU_HTTP_TIMEOUT: `${settings.httpTimeoutMs}ms`,
    PTPU_ERROR_VISIBILITY: '0s,1s,2s,3s,5s',
    RETRY_SCHEDULES_SHORT_CRON: settings.retryCron,
    RETRY_SCHEDULES_MEDIUM_CRON: settings.retryCron,
    RETRY_SCHEDULES_LONG_CRON: settings.retryCron,
    LOG_LEVEL: 'info',
  };
}

/** Which variable is wrong, and what is wrong and expected (never a secret's value). */
export interface ConfigProblem {
  key: string;
  problem: string;
}

/** Thrown by `loadConfig` with every problem at once: one fix per deployment, not one restart per typo. */
export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p.key}: ${p.problem}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

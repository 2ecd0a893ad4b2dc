/** One thing wrong with the environment: which variable, and what is wrong with it. */
export interface ConfigProblem {
  key: string;
  /** What was wrong and what is expected; never contains a secret's value. */
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

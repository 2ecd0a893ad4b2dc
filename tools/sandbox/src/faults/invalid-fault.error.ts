/** A fault the sandbox cannot inject as described; `issues` name each problem. */
export class InvalidFaultError extends Error {
  readonly code = 'SANDBOX.FAULT_INVALID';

  constructor(readonly issues: readonly string[]) {
    super(`Invalid fault: ${issues.join('; ')}`);
    this.name = 'InvalidFaultError';
  }
}

/** A world file or admin upload that does not describe a consistent world; `issues` name each problem's path. */
export class WorldValidationError extends Error {
  readonly code = 'SANDBOX.WORLD_INVALID';

  constructor(
    readonly issues: readonly string[],
    source = 'world',
  ) {
    super(`${source} is not a valid sandbox world:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'WorldValidationError';
  }
}

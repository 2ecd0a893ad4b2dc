/**
 * Runs at most `limit` tasks at once. `run` resolves when the task has *started*, waiting for a free slot
 * first, so a producer feeding the pool never holds more work than it can hand out (a 100,000-row backlog is
 * read a page at a time, not all at once).
 */
export class WorkerPool {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly limit: number,
    /** Told about a task that rejected; the pool carries on with the others. */
    private readonly onTaskError: (error: unknown) => void,
  ) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }

  async run(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    const running: Promise<void> = task()
      .catch(this.onTaskError)
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  /** Resolves once every started task has ended. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

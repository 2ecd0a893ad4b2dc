export interface JournalEntry {
  name: string;
  args: unknown[];
}

/**
 * One ordered log of what the fakes were asked to do, across all of them, so a test can assert the order of
 * a Delius write, the recording of its domain event, the publishing and the clearing. A fake method can also
 * be made to fail, to play an upstream outage.
 */
export class CallJournal {
  readonly entries: JournalEntry[] = [];
  private readonly failures = new Map<string, unknown>();

  /** Logs the call and throws the failure set for `name`, if any. */
  record(name: string, ...args: unknown[]): void {
    this.entries.push({ name, args });
    if (this.failures.has(name)) throw this.failures.get(name);
  }

  /** Every later call of `name` throws `error` until `recover(name)`. */
  fail(name: string, error: unknown): void {
    this.failures.set(name, error);
  }

  recover(name: string): void {
    this.failures.delete(name);
  }

  /** The names of the calls made, in order; only those named in `filter` when it is given. */
  names(...filter: string[]): string[] {
    return this.entries
      .map((entry) => entry.name)
      .filter((name) => filter.length === 0 || filter.includes(name));
  }

  /** The arguments of every call of `name`, in order. */
  argsOf(name: string): unknown[][] {
    return this.entries.filter((entry) => entry.name === name).map((entry) => entry.args);
  }

  clear(): void {
    this.entries.splice(0);
  }
}

/**
 * Carries a failure that must end work on the whole booking (the claim was lost, a row changed under us, the
 * message table failed, the lease ran out) past the per-row handling that turns upstream faults into `ERROR`
 * outcomes: writing an outcome would fail the same way, or overwrite someone else's work.
 */
export class WorkStopped extends Error {
  override readonly name = 'WorkStopped';

  constructor(readonly reason: unknown) {
    super('work on the booking stopped', { cause: reason });
  }
}

/** Runs a call to the message table; whatever it throws stops work on the booking. */
export async function orStopWork<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new WorkStopped(err);
  }
}

/** Stops work on the booking once its claim's lease is lost, before anything else is read or written. */
export function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WorkStopped(signal.reason);
}

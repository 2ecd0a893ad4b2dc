import { randomUUID } from 'node:crypto';
import { compilePathPattern } from '../http/path-pattern';
import type { UpstreamName } from '../upstream-name';
import type { ParsedFaultSpec } from './fault-spec';

/** A fault as listed by the admin API, with how often it has matched and fired. */
export interface FaultView extends ParsedFaultSpec {
  id: string;
  matched: number;
  applied: number;
}

/** The fault deciding one call: its spec and its id, which the request log records. */
export interface TakenFault extends ParsedFaultSpec {
  id: string;
}

interface ActiveFault extends FaultView {
  matchesPath: (path: string) => boolean;
}

/** The faults in force; the first matching fault that fires decides a call. */
export class FaultInjector {
  private faults: ActiveFault[] = [];
  /** Held calls waiting for the next answer on a path (`landAfter`). */
  private waiters: { upstream: UpstreamName; matchesPath: (path: string) => boolean; release: () => void }[] =
    [];

  /** Tells the held calls waiting for it that a call on `path` has just been answered. */
  answered(upstream: UpstreamName, path: string): void {
    const due = this.waiters.filter((w) => w.upstream === upstream && w.matchesPath(path));
    this.waiters = this.waiters.filter((w) => !due.includes(w));
    for (const waiter of due) waiter.release();
  }

  /** Resolves once the next call of `upstream` matching `pattern` has been answered. */
  nextAnswer(upstream: UpstreamName, pattern: string): Promise<void> {
    return new Promise((release) =>
      this.waiters.push({ upstream, matchesPath: compilePathPattern(pattern), release }),
    );
  }

  add(spec: ParsedFaultSpec): string {
    const id = randomUUID();
    this.faults.push({ ...spec, id, matched: 0, applied: 0, matchesPath: compilePathPattern(spec.path) });
    return id;
  }

  clear(): void {
    this.faults = [];
  }

  /** Ends one fault; false when there is none with this id (it may have run its `times`). */
  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length < before;
  }

  list(): FaultView[] {
    return this.faults.map(({ matchesPath: _, ...view }) => ({ ...view }));
  }

  /** The fault to apply to this call, if any. Counts the call against each fault it reaches. */
  take(upstream: UpstreamName, method: string, path: string): TakenFault | undefined {
    for (const fault of this.faults) {
      if (fault.upstream !== upstream || (fault.method !== undefined && fault.method !== method)) continue;
      if (!fault.matchesPath(path)) continue;
      fault.matched += 1;
      if (!firesOnThisCall(fault)) continue;
      fault.applied += 1;
      if (fault.times !== undefined && fault.applied >= fault.times)
        this.faults = this.faults.filter((f) => f !== fault);
      const { matchesPath: _, matched: __, applied: ___, ...taken } = fault;
      return taken;
    }
    return undefined;
  }
}

/** Evenly spread: the call fires when it takes the running total of `share` past a whole number. */
function firesOnThisCall(fault: ActiveFault): boolean {
  if (fault.share === undefined) return true;
  return Math.floor(fault.matched * fault.share) > Math.floor((fault.matched - 1) * fault.share);
}

import type { FaultOutcome } from '../faults/inject-faults.middleware';
import { compilePathPattern } from '../http/path-pattern';
import type { UpstreamName } from '../upstream-name';

/** One request an upstream received, as tests and operators inspect it. */
export interface RecordedRequest {
  upstream: UpstreamName;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Parsed JSON or form fields when the body was one, else the text; secrets are masked. */
  body: unknown;
  /** The status answered; null when the sandbox reset the connection instead. */
  status: number | null;
  receivedAt: string;
  /** `x-ptpu-caller`: the pod name of the calling process; null when the call did not say. */
  caller: string | null;
  /** `x-ptpu-claim` (`<claimId>;fence=<n>;owner=<owner>`), sent on writes made under a booking claim; else null. */
  claim: string | null;
  /** The injected fault that decided this call, and whether the route still applied it; null when none did. */
  fault: FaultOutcome | null;
}

/** Which recorded requests to list; `path` takes the patterns of compilePathPattern. */
export interface RequestFilter {
  upstream?: UpstreamName;
  method?: string;
  path?: string;
}

/**
 * Every request since the last `clear()`, none dropped: a harness that proves no write went unannounced must see
 * every write. Memory is bounded by whoever reads it: `DELETE /admin/requests` (or `clear()`) empties it, and
 * the resilience suite takes and clears it as it goes, so even a 20,000-event burst holds a few seconds' worth.
 */
export class RequestLog {
  private entries: RecordedRequest[] = [];

  record(entry: RecordedRequest): void {
    this.entries.push(entry);
  }

  /** The matching requests, removed from the log in the same step, so a reader polling it misses none. */
  take(filter: RequestFilter = {}): RecordedRequest[] {
    const taken = this.list(filter);
    const takenSet = new Set(taken);
    this.entries = this.entries.filter((entry) => !takenSet.has(entry));
    return taken;
  }

  list(filter: RequestFilter = {}): RecordedRequest[] {
    const pathMatches = filter.path === undefined ? () => true : compilePathPattern(filter.path);
    const method = filter.method?.toUpperCase();
    return this.entries.filter(
      (entry) =>
        (filter.upstream === undefined || entry.upstream === filter.upstream) &&
        (method === undefined || entry.method === method) &&
        pathMatches(entry.path),
    );
  }

  clear(): void {
    this.entries = [];
  }
}

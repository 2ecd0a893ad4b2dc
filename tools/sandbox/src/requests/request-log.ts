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
}

/** Which recorded requests to list; `path` takes the patterns of compilePathPattern. */
export interface RequestFilter {
  upstream?: UpstreamName;
  method?: string;
  path?: string;
}

/** The oldest requests are dropped beyond this, so a long `npm start` session does not grow without bound. */
const CAPACITY = 10_000;

export class RequestLog {
  private entries: RecordedRequest[] = [];

  record(entry: RecordedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > CAPACITY) this.entries.splice(0, this.entries.length - CAPACITY);
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

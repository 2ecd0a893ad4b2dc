import type { SetupServer } from 'msw/node';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The raw body text ('' for none). */
  body: string;
}

/**
 * Keeps a copy of every request the msw server sees, so a test can assert on exactly what went over the
 * wire (path, query, headers, body) rather than on what our client meant to send.
 */
export function recordRequests(server: SetupServer) {
  const pending: Promise<RecordedRequest>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const copy = request.clone();
    pending.push(
      copy
        .text()
        .then((body) => ({ method: copy.method, url: new URL(copy.url), headers: copy.headers, body })),
    );
  };
  server.events.on('request:start', listener);
  return {
    /** Every request so far, in the order they started. */
    all: (): Promise<RecordedRequest[]> => Promise.all(pending),
    /** Requests whose path is `pathname`. */
    to: async (pathname: string): Promise<RecordedRequest[]> =>
      (await Promise.all(pending)).filter((r) => r.url.pathname === pathname),
    clear: (): void => {
      pending.length = 0;
    },
    stop: (): void => {
      server.events.removeListener('request:start', listener);
    },
  };
}

export type RequestRecorder = ReturnType<typeof recordRequests>;

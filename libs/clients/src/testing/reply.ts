import { delay, HttpResponse } from 'msw';

/** How a fake upstream answers one request. */
export interface Reply {
  /** Default 200. */
  status?: number;
  /** Default: the handler's sample body on 2xx, an upstream-style error body otherwise. */
  body?: unknown;
  /** Waits this long first (to make a client time out). */
  delayMs?: number;
  /** Fails the connection instead of answering (like a reset). */
  networkError?: boolean;
}

/** One reply for every request, or successive replies (the last one repeats). */
export type Replies = Reply | readonly Reply[];

/** An msw resolver that plays `replies` in order, filling in `sampleBody` for a 2xx without a body. */
export function respond(replies: Replies, sampleBody: () => unknown) {
  const queue = Array.isArray(replies) ? [...replies] : [replies as Reply];
  return async () => {
    const reply = (queue.length > 1 ? queue.shift() : queue[0]) ?? {};
    if (reply.delayMs) await delay(reply.delayMs);
    if (reply.networkError) return HttpResponse.error();
    const status = reply.status ?? 200;
    const body = reply.body ?? (status < 300 ? sampleBody() : errorBody(status));
    return HttpResponse.json(body as never, { status });
  };
}

/** The `ErrorResponse` prison-api and community-api send. */
export const errorBody = (status: number) => ({
  status,
  userMessage: status === 404 ? 'Resource not found' : `Fake upstream answered ${status}`,
  developerMessage: `Fake upstream answered ${status}`,
});

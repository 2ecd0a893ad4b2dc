import type { Context, Middleware } from 'koa';
import { badRequest, HttpProblem } from './http-problem';

const LIMIT_BYTES = 1_048_576;

/** Reads the request body as text into `ctx.state.rawBody` so handlers and the request log can both use it. */
export function readBody(): Middleware {
  return async (ctx, next) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > LIMIT_BYTES) throw new HttpProblem(413, 'Request body too large');
      chunks.push(chunk);
    }
    ctx.state.rawBody = Buffer.concat(chunks).toString('utf8');
    await next();
  };
}

export function rawBody(ctx: Context): string {
  return typeof ctx.state.rawBody === 'string' ? ctx.state.rawBody : '';
}

/** The JSON body; a body that is not JSON is a 400, as Spring's message converters answer. */
export function jsonBody(ctx: Context): unknown {
  const text = rawBody(ctx);
  if (text.trim() === '') throw badRequest('Required request body is missing');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest('Malformed JSON request', (error as Error).message);
  }
}

/** A form body (`application/x-www-form-urlencoded`), merged over the query string as Spring binds them. */
export function formParameters(ctx: Context): URLSearchParams {
  const params = new URLSearchParams(ctx.querystring);
  if (ctx.is('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(rawBody(ctx))) params.set(key, value);
  }
  return params;
}

import type Koa from 'koa';
import { HttpError } from '../http/http-error';
import { addLogContext } from '../logging/create-logger';
import { InvalidTokenError, type TokenVerifier } from './jwt-verifier';

/**
 * Lets the request through only with a valid bearer token carrying `role` in its `authorities`:
 * 401 with `WWW-Authenticate: Bearer` without a valid token, 403 with one that lacks the role. The caller
 * goes into the log context and onto `ctx.state.caller`. If the token cannot be checked at all (JWKS
 * unreachable) the answer is a logged 503, not a misleading 401.
 */
export function requireRole(role: string, verifier: TokenVerifier): Koa.Middleware {
  return async (ctx, next) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get('authorization'))?.[1];
    if (!token) {
      throw new HttpError(401, 'A bearer token is required', { headers: { 'WWW-Authenticate': 'Bearer' } });
    }

    const caller = await verifier.verify(token).catch((error: unknown) => {
      if (error instanceof InvalidTokenError) {
        throw new HttpError(401, 'The bearer token is not valid', {
          headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
        });
      }
      throw new HttpError(503, 'Tokens cannot be verified', { cause: error });
    });

    addLogContext({ principal: caller.principal, clientId: caller.clientId });
    ctx.state.caller = caller;
    if (!caller.authorities.includes(role)) {
      throw new HttpError(403, `Role ${role} is required`, {
        headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' },
      });
    }
    await next();
  };
}

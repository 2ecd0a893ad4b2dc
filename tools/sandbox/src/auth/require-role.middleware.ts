import type { Middleware } from 'koa';
import { HttpProblem } from '../http/http-problem';
import type { TokenIssuer } from './token-issuer';

/**
 * What the resource server in front of each upstream does: 401 without a bearer token this HMPPS Auth issued
 * (or with an expired one), 403 when the token has none of the route's roles.
 */
export function requireRole(issuer: TokenIssuer, anyOf: readonly string[]): Middleware {
  return async (ctx, next) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'))?.[1];
    let authorities: string[];
    try {
      if (bearer === undefined) throw new Error('no bearer token');
      authorities = (await issuer.verify(bearer)).authorities ?? [];
    } catch (error) {
      ctx.set('WWW-Authenticate', 'Bearer');
      throw new HttpProblem(
        401,
        'Full authentication is required to access this resource',
        (error as Error).message,
      );
    }
    if (!anyOf.some((role) => authorities.includes(role))) {
      throw new HttpProblem(403, 'Access is denied', `needs one of ${anyOf.join(', ')}`);
    }
    await next();
  };
}

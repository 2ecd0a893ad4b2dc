import Router from '@koa/router';
import type { TokenResponse } from '@ptpu/clients';
import type { Context } from 'koa';
import { formParameters } from '../http/request-body';
import type { ClientRegistration } from './client-registration';
import type { TokenIssuer } from './token-issuer';

/**
 * HMPPS Auth as this service uses it: client-credentials tokens at
 * /auth/oauth/token (client authenticated by HTTP Basic or form fields) and the JWKS that verifies them.
 */
export function authRoutes(issuer: TokenIssuer, clients: readonly ClientRegistration[]): Router {
  const router = new Router({ prefix: '/auth' });

  router.post('/oauth/token', async (ctx) => {
    const params = formParameters(ctx);
    const credentials = clientCredentials(ctx, params);
    const client = clients.find(
      (registered) =>
        registered.clientId === credentials?.clientId && registered.clientSecret === credentials.clientSecret,
    );
    if (client === undefined) {
      ctx.set('WWW-Authenticate', 'Basic realm="oauth2/client"');
      return oauthError(ctx, 401, 'invalid_client', 'Bad client credentials');
    }
    if (params.get('grant_type') !== 'client_credentials') {
      return oauthError(
        ctx,
        400,
        'unsupported_grant_type',
        `Unsupported grant type: ${params.get('grant_type')}`,
      );
    }
    // HMPPS Auth lets a system client name the user it acts for; the token then carries user_name.
    const userName = params.get('username') ?? undefined;
    const issued = await issuer.issue({
      authorities: client.authorities,
      clientId: client.clientId,
      userName,
    });
    ctx.set('Cache-Control', 'no-store');
    const body: TokenResponse = {
      access_token: issued.token,
      token_type: 'bearer',
      expires_in: issued.expiresIn,
      scope: 'read',
      sub: userName ?? client.clientId,
      auth_source: userName === undefined ? 'none' : 'auth',
      jti: issued.jti,
      iss: issuer.issuer,
    };
    ctx.body = body;
  });

  router.get('/.well-known/jwks.json', (ctx) => {
    ctx.body = issuer.jwks;
  });

  return router;
}

function clientCredentials(
  ctx: Context,
  params: URLSearchParams,
): { clientId: string; clientSecret: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(ctx.get('authorization'))?.[1];
  if (basic !== undefined) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    // RFC 6749 2.3.1: both parts are form-url-encoded before being joined.
    const clientId = formDecode(decoded.slice(0, colon));
    const clientSecret = formDecode(decoded.slice(colon + 1));
    return clientId === undefined || clientSecret === undefined ? undefined : { clientId, clientSecret };
  }
  const clientId = params.get('client_id');
  const clientSecret = params.get('client_secret');
  return clientId === null || clientSecret === null ? undefined : { clientId, clientSecret };
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

function oauthError(ctx: Context, status: number, error: string, description: string): void {
  ctx.status = status;
  ctx.body = { error, error_description: description };
}

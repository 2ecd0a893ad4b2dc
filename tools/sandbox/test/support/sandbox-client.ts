import type { Sandbox, UpstreamName } from '../../src';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** Real HTTP against a started sandbox, the way the service's clients call it. */
export class SandboxClient {
  private token: string | undefined;

  constructor(private readonly sandbox: Sandbox) {}

  /** A client-credentials token for the default client, fetched once. */
  async serviceToken(): Promise<string> {
    if (this.token === undefined) {
      const { clientId, clientSecret } = this.sandbox.clientCredentials;
      const reply = await this.tokenRequest(clientId, clientSecret);
      if (reply.status !== 200) throw new Error(`token request failed: ${reply.status}`);
      this.token = (reply.body as { access_token: string }).access_token;
    }
    return this.token;
  }

  tokenRequest(clientId: string, clientSecret: string, grantType = 'client_credentials'): Promise<Reply> {
    return send(`${this.sandbox.urls.auth}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `grant_type=${grantType}&scope=read`,
    });
  }

  /** A call with the service's token unless `token` says otherwise (null: no Authorization header). */
  async call<T = unknown>(
    upstream: Exclude<UpstreamName, 'auth'>,
    method: string,
    path: string,
    body?: unknown,
    token?: string | null,
  ): Promise<Reply<T>> {
    const bearer = token === undefined ? await this.serviceToken() : token;
    return send<T>(`${this.sandbox.urls[upstream]}${path}`, {
      method,
      headers: {
        ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  match<T = unknown>(request: Record<string, unknown>): Promise<Reply<T>> {
    return this.call<T>('offenderSearch', 'POST', '/match', request);
  }
}

export async function send<T = unknown>(url: string, init: RequestInit): Promise<Reply<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** The CRNs of a /match answer, in order. */
export function crnsOf(reply: Reply): string[] {
  return (reply.body as { matches: { offender: { otherIds: { crn: string } } }[] }).matches.map(
    (match) => match.offender.otherIds.crn,
  );
}

import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import type { Clock } from '@ptpu/domain';
import { createAdminApp } from './admin/admin-app';
import { createSandboxAdmin, type SandboxAdmin } from './admin/sandbox-admin';
import { authRoutes } from './auth/auth.routes';
import { type ClientRegistration, DEFAULT_CLIENT } from './auth/client-registration';
import { TokenIssuer } from './auth/token-issuer';
import { FaultInjector } from './faults/fault-injector';
import { healthRoutes } from './http/health.routes';
import { closeServer, listenAll } from './http/listen';
import { createUpstreamApp, type UpstreamAppDeps } from './http/upstream-app';
import type { RecordedRequest } from './requests/request-log';
import { RequestLog } from './requests/request-log';
import { WorldState } from './state/world-state';
import type { UpstreamName } from './upstream-name';
import { communityApiRoutes } from './upstreams/community-api/community-api.routes';
import { offenderSearchRoutes } from './upstreams/offender-search/offender-search.routes';
import { prisonApiRoutes } from './upstreams/prison-api/prison-api.routes';
import type { UpstreamDeps } from './upstreams/upstream-deps';
import { parseWorld } from './world/parse-world';
import type { WorldInput } from './world/world.schema';

export interface SandboxPorts {
  auth: number;
  prisonApi: number;
  communityApi: number;
  offenderSearch: number;
  admin: number;
}

/** The original service's local ports (docs/architecture.md, Local stack), plus the admin port. */
export const LOCAL_PORTS: SandboxPorts = {
  auth: 8090,
  prisonApi: 8093,
  communityApi: 8096,
  offenderSearch: 8097,
  admin: 8099,
};

export interface StartSandboxOptions {
  world: WorldInput;
  /** Default 0 for every port (ephemeral, for tests); the CLI passes LOCAL_PORTS. */
  ports?: Partial<SandboxPorts>;
  /** Default 127.0.0.1. */
  host?: string;
  /** The clients HMPPS Auth accepts; default [DEFAULT_CLIENT]. The first is `clientCredentials`. */
  clients?: ClientRegistration[];
  /** Lifetime of issued tokens; default 3600 seconds. */
  tokenLifetimeSeconds?: number;
  /** Default the system clock. Decides when events recorded later appear, and "in the past" for /match. */
  clock?: Clock;
  /** Called after each upstream request is recorded (the CLI prints them). */
  onRequest?: (entry: RecordedRequest) => void;
}

export interface SandboxUrls {
  /** Includes /auth, as OAUTH_ENDPOINT_URL does. */
  auth: string;
  prisonApi: string;
  communityApi: string;
  offenderSearch: string;
  /** Includes /admin. */
  admin: string;
}

export interface Sandbox {
  urls: SandboxUrls;
  /** HMPPS Auth's `iss`: `${urls.auth}/issuer`. */
  issuer: string;
  admin: SandboxAdmin;
  /** A signed token with these roles (`authorities`), e.g. ['ROLE_PTPU_REPORT'] for the reports. */
  mintToken(roles: string[], options?: { userName?: string; expiresInSeconds?: number }): Promise<string>;
  clientCredentials: { clientId: string; clientSecret: string };
  close(): Promise<void>;
}

const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/** Starts HMPPS Auth, prison-api, community-api and offender-search (one port each) and the admin API. */
export async function startSandbox(options: StartSandboxOptions): Promise<Sandbox> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const clients = options.clients ?? [DEFAULT_CLIENT];
  if (clients.length === 0) throw new Error('The sandbox needs at least one client registration');
  const holder = { current: new WorldState(parseWorld(options.world), clock.now()) };
  const host = options.host ?? '127.0.0.1';
  const ports = { auth: 0, prisonApi: 0, communityApi: 0, offenderSearch: 0, admin: 0, ...options.ports };

  const servers = await listenAll(host, ports);
  const base = (name: keyof SandboxPorts) =>
    `http://${host}:${(servers[name].address() as AddressInfo).port}`;
  const urls: SandboxUrls = {
    auth: `${base('auth')}/auth`,
    prisonApi: base('prisonApi'),
    communityApi: base('communityApi'),
    offenderSearch: base('offenderSearch'),
    admin: `${base('admin')}/admin`,
  };
  const issuer = await TokenIssuer.create(`${urls.auth}/issuer`, options.tokenLifetimeSeconds ?? 3600);
  const closing = new AbortController();
  const requestLog = new RequestLog();
  const faults = new FaultInjector();
  const admin = createSandboxAdmin({ holder, requestLog, faults, clock });
  const appDeps: UpstreamAppDeps = {
    requestLog,
    faults,
    closing: closing.signal,
    onRequest: options.onRequest,
  };
  const upstreamDeps: UpstreamDeps = { world: () => holder.current, issuer, clock };
  const mintToken: Sandbox['mintToken'] = async (roles, mint = {}) =>
    (await issuer.issue({ authorities: roles, clientId: clients[0].clientId, ...mint })).token;

  const upstream = (name: UpstreamName, routes: Router) =>
    createUpstreamApp(name, [healthRoutes(), routes], appDeps);
  const apps = {
    // HMPPS Auth lives under the /auth context path, and so does its health ping.
    auth: createUpstreamApp(
      'auth',
      [healthRoutes(), healthRoutes('/auth'), authRoutes(issuer, clients)],
      appDeps,
    ),
    prisonApi: upstream('prisonApi', prisonApiRoutes(upstreamDeps)),
    communityApi: upstream('communityApi', communityApiRoutes(upstreamDeps)),
    offenderSearch: upstream('offenderSearch', offenderSearchRoutes(upstreamDeps)),
    admin: createAdminApp({ admin, mintToken }),
  };
  for (const name of Object.keys(apps) as (keyof SandboxPorts)[]) {
    servers[name].on('request', apps[name].callback());
  }

  return {
    urls,
    issuer: issuer.issuer,
    admin,
    mintToken,
    clientCredentials: { clientId: clients[0].clientId, clientSecret: clients[0].clientSecret },
    close: async () => {
      closing.abort();
      await Promise.all(Object.values(servers).map(closeServer));
    },
  };
}

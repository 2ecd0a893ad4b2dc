import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { MessageRow } from '@ptpu/domain';
import { FixedClock } from '@ptpu/domain/testing';
import {
  createJwksHealthComponent,
  createJwtVerifier,
  createMetricsRegistry,
  startHttpServer,
  type RunningHttpServer,
} from '@ptpu/platform';
import { createCapturingLogger, startTestTokenIssuer, type TestTokenIssuer } from '@ptpu/platform/testing';
import { DynamoMessageRepository, DynamoReportRows } from '@ptpu/store';
import { createTestTables, localDynamoClient, type TestTables } from '@ptpu/store/testing';
import { createApp } from '../../src/app';
import { messageTableHealth } from '../../src/health/message-table-health';
import { REPORT_ROLE } from '../../src/routes/reports.routes';

export interface StartOptions {
  /** Rows per Query page; small pages make every report cross page boundaries. @defaultValue 2 */
  pageSize?: number;
  /** The DynamoDB client the app reads through (tests that watch or hold its requests pass their own). */
  client?: DynamoDBClient;
}

/**
 * One suite's reports app: its own tables on DynamoDB Local, a fake HMPPS Auth, a clock standing at `NOW`, and
 * the app served on an ephemeral port. `start` in `beforeAll`, `stop` in `afterAll`.
 */
export class ReportsUnderTest {
  static readonly NOW = '2026-01-15T10:00:00.000Z';
  readonly clock = new FixedClock(ReportsUnderTest.NOW);
  readonly client = localDynamoClient();
  readonly log = createCapturingLogger();
  private tables?: TestTables;
  private server?: RunningHttpServer;
  private tokenIssuer?: TestTokenIssuer;

  async start(label: string, options: StartOptions = {}): Promise<void> {
    this.tables = await createTestTables(this.client, `reports-${label}`);
    this.tokenIssuer = await startTestTokenIssuer();
    const { logger } = this.log;
    const oauthEndpointUrl = this.tokenIssuer.oauthEndpointUrl;
    const reportClient = options.client ?? this.client;
    const app = createApp({
      info: { name: 'reports', version: 'test' },
      health: [
        messageTableHealth(reportClient, this.tables.messageTable),
        createJwksHealthComponent({ oauthEndpointUrl }),
      ],
      registry: createMetricsRegistry(),
      logger,
      verifier: createJwtVerifier({ oauthEndpointUrl, issuer: this.tokenIssuer.issuer, logger }),
      reportRows: new DynamoReportRows({
        client: reportClient,
        messageTable: this.tables.messageTable,
        pageSize: options.pageSize ?? 2,
      }),
      clock: this.clock,
    });
    this.server = await startHttpServer(app, 0, logger);
  }

  async stop(): Promise<void> {
    await this.server?.close();
    await this.tokenIssuer?.close();
    await this.tables?.drop();
    this.client.destroy();
  }

  get issuer(): TestTokenIssuer {
    if (!this.tokenIssuer) throw new Error('start() has not run');
    return this.tokenIssuer;
  }

  get messageTable(): string {
    if (!this.tables) throw new Error('start() has not run');
    return this.tables.messageTable;
  }

  /** Stores rows as the validator and processor would have left them. */
  async seed(rows: readonly MessageRow[]): Promise<void> {
    const repository = new DynamoMessageRepository({
      ...(this.tables as TestTables),
      client: this.client,
      clock: this.clock,
    });
    for (const row of rows) await repository.storeIfAbsent(row);
  }

  /** GET `path` with an analyst's token, or with `token` when given (`null` for none). */
  async get(path: string, token?: string | null, signal?: AbortSignal): Promise<Response> {
    if (!this.server) throw new Error('start() has not run');
    const bearer = token === undefined ? await this.issuer.mint({ authorities: [REPORT_ROLE] }) : token;
    return fetch(`${this.server.url}${path}`, {
      headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` },
      redirect: 'manual',
      ...(signal && { signal }),
    });
  }

  /** `n` days before the suite's now, as the instant string rows store. */
  daysAgo(days: number, plusMinutes = 0): string {
    return new Date(
      Date.parse(ReportsUnderTest.NOW) - days * 86_400_000 + plusMinutes * 60_000,
    ).toISOString();
  }
}

/** The lines of a CSV body, without the final empty string after the last `\n`. */
export function csvLines(body: string): string[] {
  return body === '' ? [] : body.replace(/\n$/, '').split('\n');
}

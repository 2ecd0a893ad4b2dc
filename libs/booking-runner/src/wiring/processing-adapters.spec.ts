import { Registry } from 'prom-client';
import { ConfigError } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import {
  createProcessingAdapters,
  type ProcessingAdapters,
  type ProcessingSettings,
} from './processing-adapters';

// Building the adapters opens no connection, so none of these addresses needs to answer.
const SETTINGS: ProcessingSettings = {
  AWS_REGION: 'eu-west-2',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
  DYNAMODB_TABLENAME: 'messages',
  DYNAMODB_SCHEDULE_TABLENAME: 'schedule',
  PROVISION_LOCAL_RESOURCES: false,
  HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: 'arn:aws:sns:eu-west-2:000000000000:domain_events',
  PRISONTOPROBATION_ONLY_PRISONS: ['MDI', 'LEI'],
  PRISONTOPROBATION_DRY_RUN: true,
  PTPU_PAGE_SIZE: 100,
  PTPU_LOCK_LEASE: 120_000,
  PRISON_ENDPOINT_URL: 'http://127.0.0.1:2',
  OFFENDER_SEARCH_ENDPOINT_URL: 'http://127.0.0.1:3',
  COMMUNITY_ENDPOINT_URL: 'http://127.0.0.1:4',
  OAUTH_ENDPOINT_URL: 'http://127.0.0.1:5/auth',
  OAUTH_CLIENT_ID: 'ptpu',
  OAUTH_CLIENT_SECRET: 'secret',
  PTPU_HTTP_TIMEOUT: 10_000,
};

let adapters: ProcessingAdapters;
beforeAll(async () => {
  adapters = await createProcessingAdapters(SETTINGS, {
    logger: createCapturingLogger().logger,
    clock: { now: () => new Date('2026-01-15T10:00:00.000Z') },
    roleName: 'ptpu-processor',
    podName: 'ptpu-processor-0',
    registry: new Registry(),
  });
});
afterAll(() => adapters.destroy());

describe('createProcessingAdapters', () => {
  it('names the health components as the original did, with only the AWS resources counting for readiness', () => {
    expect(adapters.health.map(({ name, readiness }) => ({ name, readiness }))).toEqual([
      { name: 'messageTable', readiness: true },
      { name: 'scheduleTable', readiness: true },
      { name: 'domaineventtopic-health', readiness: true },
      { name: 'prisonApiHealth', readiness: false },
      { name: 'searchApiHealth', readiness: false },
      { name: 'communityApiHealth', readiness: false },
      { name: 'OAuthApiHealth', readiness: false },
    ]);
  });

  it('gives each job its own lock owner under the pod name', () => {
    const short = adapters.newLocks('retrier-short').owner;
    const admin = adapters.newLocks('admin').owner;

    expect(short).toMatch(/^ptpu-processor-0\/retrier-short\/[0-9a-f-]{36}$/);
    expect(admin).toMatch(/^ptpu-processor-0\/admin\//);
    expect(adapters.newLocks('admin').owner).not.toBe(admin);
  });

  it('hands the processing use case the settings from the config (a write may land for the lease plus the write timeout) and the message table as its pending work', () => {
    expect(adapters.processing.settings).toEqual({
      interestedPrisons: ['MDI', 'LEI'],
      dryRun: true,
      writeMayLandForMs: 130_000,
    });
    expect(adapters.processing.work).toBe(adapters.repository);
    expect(adapters.processing.prisonApi).toBe(adapters.upstreams.prisonApi);
    expect(adapters.processing.communityApi).toBe(adapters.upstreams.communityApi);
    expect(adapters.processing.telemetry).toBe(adapters.telemetry);
  });

  it('when the lease is shorter than one Delius write, then the adapters are not built and the config is blamed', async () => {
    const building = createProcessingAdapters(
      { ...SETTINGS, PTPU_LOCK_LEASE: 10_000, PTPU_HTTP_TIMEOUT: 10_000 },
      {
        logger: createCapturingLogger().logger,
        clock: { now: () => new Date() },
        roleName: 'ptpu-processor',
        registry: new Registry(),
      },
    );

    await expect(building).rejects.toBeInstanceOf(ConfigError);
    await expect(building).rejects.toThrow(
      /PTPU_LOCK_LEASE: 10000ms must exceed one Delius write \(PTPU_HTTP_TIMEOUT/,
    );
  });
});

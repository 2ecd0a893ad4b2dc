import { ConfigError } from '@ptpu/platform';
import { loadProcessorConfig } from './config';

const secrets = { OAUTH_CLIENT_ID: 'ptpu-client', OAUTH_CLIENT_SECRET: 'secret' };

describe('loadProcessorConfig', () => {
  it('applies the local defaults of the configuration contract', () => {
    expect(loadProcessorConfig(secrets)).toMatchObject({
      PORT: 8082,
      PRISONTOPROBATION_HOLD_BACK_DURATION: 15 * 60_000,
      PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: 1000,
      PRISONTOPROBATION_DRY_RUN: false,
      PRISONTOPROBATION_ONLY_PRISONS: [],
      PTPU_PROCESSING_CONCURRENCY: 8,
      PTPU_PAGE_SIZE: 100,
      PTPU_LOCK_LEASE: 120_000,
      PTPU_HTTP_TIMEOUT: 10_000,
      COMMUNITY_ENDPOINT_URL: 'http://127.0.0.1:8096',
    });
  });

  it('reads the production settings', () => {
    const config = loadProcessorConfig({
      ...secrets,
      PRISONTOPROBATION_HOLD_BACK_DURATION: '60m',
      PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: '10000',
      PRISONTOPROBATION_DRY_RUN: 'true',
      PRISONTOPROBATION_ONLY_PRISONS: 'LEI, MDI',
    });
    expect(config).toMatchObject({
      PRISONTOPROBATION_HOLD_BACK_DURATION: 3_600_000,
      PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: 10_000,
      PRISONTOPROBATION_DRY_RUN: true,
      PRISONTOPROBATION_ONLY_PRISONS: ['LEI', 'MDI'],
    });
  });

  it('names every bad variable at once; a misspelt one is not refused (the app warns of it)', () => {
    let problems: readonly { key: string; problem: string }[] = [];
    try {
      loadProcessorConfig({
        ...secrets,
        PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: '10s',
        PTPU_PROCESSING_CONCURENCY: '4',
        PTPU_LOCK_LEASE: '100ms',
      });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.key).sort()).toEqual([
      'PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY',
      'PTPU_LOCK_LEASE',
    ]);
    expect(problems.find((p) => p.key === 'PTPU_LOCK_LEASE')?.problem).toBe(
      '"100ms": expected a lease of at least 300ms',
    );
  });
});

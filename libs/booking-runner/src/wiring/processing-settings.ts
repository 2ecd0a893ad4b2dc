import type { UpstreamSettings } from '@ptpu/clients';
import type { AwsSettings } from '@ptpu/platform';

/**
 * The part of the processor's and the retrier's config that the processing adapters are built from: AWS, the
 * two tables, the domain topic, the upstreams, and what the processing use case reads (libs/platform's
 * `commonShape`, `upstreamApisShape` and `processingShape`, plus the page size and lease both apps set).
 */
export interface ProcessingSettings extends AwsSettings, UpstreamSettings {
  DYNAMODB_TABLENAME: string;
  DYNAMODB_SCHEDULE_TABLENAME: string;
  PROVISION_LOCAL_RESOURCES: boolean;
  HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: string;
  PRISONTOPROBATION_ONLY_PRISONS: readonly string[];
  PRISONTOPROBATION_DRY_RUN: boolean;
  APPLICATIONINSIGHTS_CONNECTION_STRING?: string;
  PTPU_PAGE_SIZE: number;
  /** In ms. */
  PTPU_LOCK_LEASE: number;
}

import { z } from 'zod';
import { otherAppsVariables } from './load-config';
import { otherAppsConfigNames, SERVICE_CONFIG_NAMES, serviceConfigNames } from './service-config-names';
import { commonShape, inboundAuthShape } from './shared-config';

const reportsSchema = z.object({ ...commonShape(8084), ...inboundAuthShape });

describe('SERVICE_CONFIG_NAMES', () => {
  it('lists PORT for every app: each deployment sets its own', () => {
    for (const names of Object.values(SERVICE_CONFIG_NAMES)) expect(names).toContain('PORT');
    expect(otherAppsVariables(reportsSchema, { PORT: '8081' })).toEqual({});
  });

  it('is the union the unknown-variable check reads, sorted and without repeats', () => {
    const names = serviceConfigNames();

    expect(names).toEqual([...new Set(Object.values(SERVICE_CONFIG_NAMES).flat())].sort());
  });
});

describe('otherAppsConfigNames', () => {
  it('lists what only other apps read, e.g. for the processor the queues, the issuer and the crons', () => {
    expect(otherAppsConfigNames('processor')).toEqual([
      'HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME',
      'HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME',
      'OAUTH_ISSUER',
      'PTPU_CONSUMER_CONCURRENCY',
      'PTPU_DLQ_MAX_REDRIVES',
      'PTPU_ERROR_VISIBILITY',
      'PTPU_MANAGEMENT_PORT',
      'RETRY_SCHEDULES_LONG_CRON',
      'RETRY_SCHEDULES_MEDIUM_CRON',
      'RETRY_SCHEDULES_SHORT_CRON',
    ]);
  });
});

import {
  commonShape,
  inboundAuthShape,
  interestedPrisonsShape,
  processingShape,
  upstreamApisShape,
} from './shared-config';

// Every variable each app of the service reads, app by app: what lets one app tell another app's variable
// (accepted and ignored, so all four can share one ConfigMap, `.env` or compose anchor) from a typo (refused).
//
// The lists live here, not in a registry each app's config.ts fills, because an app's process loads only its
// own config.ts: at start-up such a registry would know one app. libs/platform cannot import the apps either.
// So each app declares its schema with `appConfigSchema('<app>', ...)` (load-config.ts), which checks the
// schema's fields against its list here, at compile time and again when the schema is built: the list and
// the schema cannot drift apart. Shared fragments contribute their fields by name, so only each app's own
// fields are spelt out.

/** The field names of a schema fragment, with their literal types. */
function namesOf<T extends object>(shape: T): (keyof T & string)[] {
  return Object.keys(shape) as (keyof T & string)[];
}

// The port default does not matter here: only the names are read.
const common = namesOf(commonShape(0));

export const SERVICE_CONFIG_NAMES = {
  validator: [
    ...common,
    ...namesOf(inboundAuthShape),
    ...namesOf(upstreamApisShape),
    ...namesOf(interestedPrisonsShape),
    'HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME',
    'HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME',
    'PTPU_CONSUMER_CONCURRENCY',
    'PTPU_ERROR_VISIBILITY',
    'PTPU_DLQ_MAX_REDRIVES',
    'PTPU_MANAGEMENT_PORT',
  ],
  processor: [
    ...common,
    ...namesOf(upstreamApisShape),
    ...namesOf(processingShape),
    'PRISONTOPROBATION_HOLD_BACK_DURATION',
    'PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY',
    'PTPU_PROCESSING_CONCURRENCY',
    'PTPU_PAGE_SIZE',
    'PTPU_LOCK_LEASE',
  ],
  retrier: [
    ...common,
    ...namesOf(inboundAuthShape),
    ...namesOf(upstreamApisShape),
    ...namesOf(processingShape),
    'RETRY_SCHEDULES_SHORT_CRON',
    'RETRY_SCHEDULES_MEDIUM_CRON',
    'RETRY_SCHEDULES_LONG_CRON',
    'PTPU_PROCESSING_CONCURRENCY',
    'PTPU_PAGE_SIZE',
    'PTPU_LOCK_LEASE',
  ],
  reports: [...common, ...namesOf(inboundAuthShape)],
} as const;

/** The apps of the service. */
export type ServiceApp = keyof typeof SERVICE_CONFIG_NAMES;

/** The variables `app` reads. */
export type ServiceConfigName<A extends ServiceApp> = (typeof SERVICE_CONFIG_NAMES)[A][number];

export const SERVICE_APPS = Object.keys(SERVICE_CONFIG_NAMES) as ServiceApp[];

const appsByName = new Map<string, ServiceApp[]>();
for (const app of SERVICE_APPS) {
  // A set: fragments may share a field (both auth fragments have OAUTH_ENDPOINT_URL).
  for (const name of new Set<string>(SERVICE_CONFIG_NAMES[app])) {
    appsByName.set(name, [...(appsByName.get(name) ?? []), app]);
  }
}

/** The apps that read `name`, in pipeline order; empty when no app of the service does. */
export function appsReading(name: string): readonly ServiceApp[] {
  return appsByName.get(name) ?? [];
}

/** Every variable some app of the service reads, sorted. */
export function serviceConfigNames(): string[] {
  return [...appsByName.keys()].sort();
}

/** The variables other apps of the service read and `app` does not: what `app` ignores in a shared environment. */
export function otherAppsConfigNames(app: ServiceApp): string[] {
  const own = new Set<string>(SERVICE_CONFIG_NAMES[app]);
  return serviceConfigNames().filter((name) => !own.has(name));
}

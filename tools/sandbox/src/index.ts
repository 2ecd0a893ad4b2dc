export { startSandbox, LOCAL_PORTS } from './start-sandbox';
export { upstreamEnvOf } from './upstream-env';
export type { Sandbox, SandboxPorts, SandboxUrls, StartSandboxOptions } from './start-sandbox';
export type { SandboxAdmin } from './admin/sandbox-admin';
export { DEFAULT_CLIENT } from './auth/client-registration';
export type { ClientRegistration } from './auth/client-registration';
export type { FaultSpec } from './faults/fault-spec';
export type { FaultView } from './faults/fault-injector';
export type { FaultOutcome } from './faults/inject-faults.middleware';
export { InvalidFaultError } from './faults/invalid-fault.error';
export type { RecordedRequest, RequestFilter } from './requests/request-log';
export type { UpstreamName } from './upstream-name';
export type { DeliusCaseRecord, ConvictionRecord } from './state/delius-records';
export { parseWorld, readWorldFile } from './world/parse-world';
export { WorldValidationError } from './world/world-validation.error';
export { DEFAULT_WORLD_PATH } from './world/default-world';
export type * from './world/world.schema';
export {
  buildBooking,
  buildCustodialConviction,
  buildDeliusCase,
  buildPrisoner,
  buildUnlinkedPerson,
  buildWorld,
  LEEDS,
  MOORLAND,
} from './world/world-builders';
export type {
  AgencyInput,
  BookingInput,
  ConvictionInput,
  DeliusCaseInput,
  PrisonerInput,
  UnlinkedPersonIds,
} from './world/world-builders';

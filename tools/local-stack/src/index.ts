export * from './endpoints';
export * from './emulators';
export * from './aws-clients';
export * from './messaging';
export * from './domain-event-probe';
export * from './unique-name';
export * from './eventually';
export { isPortOpen, waitFor } from './processes';
export * from './local-env';

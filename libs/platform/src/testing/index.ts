export * from './capturing-logger';
export * from './recording-telemetry';
export * from './test-token-issuer';

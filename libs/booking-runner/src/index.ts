export * from './processing-metrics';
export * from './job-runner';
export * from './work-booking';
export * from './wiring/processing-adapters';

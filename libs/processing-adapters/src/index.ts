export * from './processing-adapters';
export * from './processing-settings';

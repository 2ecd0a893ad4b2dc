export * from './aws-errors';
export * from './resource-health';

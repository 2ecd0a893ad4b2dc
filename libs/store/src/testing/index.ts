export * from './local-dynamodb';
export * from './call-recorder';

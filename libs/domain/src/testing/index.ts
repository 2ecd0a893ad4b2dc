export * from './fixed-clock';
export * from './build-message-row';
export * from './build-sns-envelope';
export * from './build-prison-values';
export * from './build-delius-values';

export * from './fixed-clock';
export * from './build-message-row';

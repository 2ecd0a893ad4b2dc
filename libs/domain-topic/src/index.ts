export * from './sns-domain-event-publisher';
export * from './topic-health';

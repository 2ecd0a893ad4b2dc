import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { awsClientConfig } from '@ptpu/platform';
import type { ValidatorConfig } from './config';
import { RECEIVE_WAIT_SECONDS } from '@ptpu/queues';

export interface AwsClients {
  sqs: SQSClient;
  dynamodb: DynamoDBClient;
  destroy(): void;
}

export function createAwsClients(config: ValidatorConfig): AwsClients {
  // One client for the consumer's long polls and for sends and deletes: its attempts must outlast the poll.
  const sqs = new SQSClient(awsClientConfig(config, 'SQS', { longPollSeconds: RECEIVE_WAIT_SECONDS }));
  const dynamodb = new DynamoDBClient(awsClientConfig(config, 'DYNAMODB'));
  return {
    sqs,
    dynamodb,
    destroy() {
      sqs.destroy();
      dynamodb.destroy();
    },
  };
}

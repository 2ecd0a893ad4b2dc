import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { awsClientConfig } from '@ptpu/platform';
import type { ValidatorConfig } from './config';

export interface AwsClients {
  sqs: SQSClient;
  dynamodb: DynamoDBClient;
  destroy(): void;
}

export function createAwsClients(config: ValidatorConfig): AwsClients {
  const sqs = new SQSClient(awsClientConfig(config, 'SQS'));
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

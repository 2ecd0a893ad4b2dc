import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { awsClientConfig } from '@ptpu/platform';
import type { RetrierConfig } from './config';

export interface AwsClients {
  dynamodb: DynamoDBClient;
  sns: SNSClient;
  destroy(): void;
}

export function createAwsClients(config: RetrierConfig): AwsClients {
  const dynamodb = new DynamoDBClient(awsClientConfig(config, 'DYNAMODB'));
  const sns = new SNSClient(awsClientConfig(config, 'SNS'));
  return {
    dynamodb,
    sns,
    destroy() {
      dynamodb.destroy();
      sns.destroy();
    },
  };
}

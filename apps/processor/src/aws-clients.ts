import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import type { ProcessorConfig } from './config';

export interface AwsClients {
  dynamodb: DynamoDBClient;
  sns: SNSClient;
  destroy(): void;
}

/**
 * SDK clients from the config rather than from the SDK's own reading of the environment, so a test can run
 * the app against its own emulator endpoints. In AWS nothing is set and the SDK's defaults (IRSA) apply.
 */
export function createAwsClients(config: ProcessorConfig): AwsClients {
  const credentials =
    config.AWS_ACCESS_KEY_ID && config.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: config.AWS_ACCESS_KEY_ID, secretAccessKey: config.AWS_SECRET_ACCESS_KEY }
      : undefined;
  const common = { region: config.AWS_REGION, ...(credentials && { credentials }) };
  const endpoint = (specific: string | undefined) => specific ?? config.AWS_ENDPOINT_URL;
  const dynamodb = new DynamoDBClient({ ...common, endpoint: endpoint(config.AWS_ENDPOINT_URL_DYNAMODB) });
  const sns = new SNSClient({ ...common, endpoint: endpoint(config.AWS_ENDPOINT_URL_SNS) });
  return {
    dynamodb,
    sns,
    destroy() {
      dynamodb.destroy();
      sns.destroy();
    },
  };
}

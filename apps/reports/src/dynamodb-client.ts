import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ReportsConfig } from './config';

/**
 * The DynamoDB client from the config rather than from the SDK's own reading of the environment, so the app
 * can be pointed at DynamoDB Local. In AWS nothing is set and the SDK's defaults (IRSA) apply.
 */
export function createDynamoClient(config: ReportsConfig): DynamoDBClient {
  const credentials =
    config.AWS_ACCESS_KEY_ID && config.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: config.AWS_ACCESS_KEY_ID, secretAccessKey: config.AWS_SECRET_ACCESS_KEY }
      : undefined;
  const endpoint = config.AWS_ENDPOINT_URL_DYNAMODB ?? config.AWS_ENDPOINT_URL;
  return new DynamoDBClient({
    region: config.AWS_REGION,
    ...(credentials && { credentials }),
    ...(endpoint && { endpoint }),
  });
}

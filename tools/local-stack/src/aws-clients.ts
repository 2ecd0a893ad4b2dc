import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, LOCAL_REGION, localEndpoints, type EmulatorEndpoints } from './endpoints';

export interface LocalAwsClients {
  sqs: SQSClient;
  sns: SNSClient;
  dynamodb: DynamoDBClient;
  destroy(): void;
}

/** SDK clients pointed at the local emulators, for provisioning and tests. */
export function localAwsClients(endpoints: EmulatorEndpoints = localEndpoints()): LocalAwsClients {
  const common = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const sqs = new SQSClient({ ...common, endpoint: endpoints.sqsSns });
  const sns = new SNSClient({ ...common, endpoint: endpoints.sqsSns });
  const dynamodb = new DynamoDBClient({ ...common, endpoint: endpoints.dynamodb });
  return {
    sqs,
    sns,
    dynamodb,
    destroy() {
      sqs.destroy();
      sns.destroy();
      dynamodb.destroy();
    },
  };
}

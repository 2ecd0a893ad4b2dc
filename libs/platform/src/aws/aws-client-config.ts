/** The AWS settings of `awsShape`, as any app's config has them. */
export interface AwsSettings {
  AWS_REGION: string;
  AWS_ENDPOINT_URL?: string;
  AWS_ENDPOINT_URL_SQS?: string;
  AWS_ENDPOINT_URL_SNS?: string;
  AWS_ENDPOINT_URL_DYNAMODB?: string;
  AWS_ACCESS_KEY_ID?: string;
  AWS_SECRET_ACCESS_KEY?: string;
}

export type AwsService = 'SQS' | 'SNS' | 'DYNAMODB';

/** What an SDK client's constructor takes (`new SQSClient(...)` etc.); no SDK import needed to build it. */
export interface AwsClientConfig {
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * SDK client options from the config rather than from the SDK's own reading of the environment, so a test can
 * run an app against its own emulator endpoints. The service's own endpoint wins over `AWS_ENDPOINT_URL`, as
 * in the SDK. In AWS nothing is set and the SDK's defaults (IRSA) apply.
 */
export function awsClientConfig(config: AwsSettings, service: AwsService): AwsClientConfig {
  const endpoint = config[`AWS_ENDPOINT_URL_${service}`] ?? config.AWS_ENDPOINT_URL;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = config;
  return {
    region: config.AWS_REGION,
    ...(endpoint && { endpoint }),
    ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
  };
}

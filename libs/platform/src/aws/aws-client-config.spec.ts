import { awsClientConfig } from './aws-client-config';

describe('awsClientConfig', () => {
  it('when nothing but the region is set, then the SDK is left to its defaults (IRSA in AWS)', () => {
    expect(awsClientConfig({ AWS_REGION: 'eu-west-2' }, 'SQS')).toEqual({ region: 'eu-west-2' });
  });

  it("when the service's own endpoint is set, then it wins over AWS_ENDPOINT_URL", () => {
    const config = {
      AWS_REGION: 'eu-west-2',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000',
    };

    expect(awsClientConfig(config, 'DYNAMODB').endpoint).toBe('http://127.0.0.1:8000');
    expect(awsClientConfig(config, 'SNS').endpoint).toBe('http://127.0.0.1:4566');
  });

  it('when both keys are set, then they are the credentials; one alone is ignored', () => {
    const keys = { AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'id', AWS_SECRET_ACCESS_KEY: 'secret' };

    expect(awsClientConfig(keys, 'SQS').credentials).toEqual({
      accessKeyId: 'id',
      secretAccessKey: 'secret',
    });
    expect(awsClientConfig({ AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'id' }, 'SQS')).not.toHaveProperty(
      'credentials',
    );
  });
});

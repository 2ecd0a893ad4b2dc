/** Where the local emulators listen. Clients always use 127.0.0.1, never a wildcard address. */
export const LOCAL_SQS_PORT = 4566;
export const LOCAL_DYNAMODB_PORT = 8000;
export const LOCAL_REGION = 'eu-west-2';

export interface EmulatorEndpoints {
  sqsSns: string;
  dynamodb: string;
}

export const localEndpoints = (
  sqsPort = LOCAL_SQS_PORT,
  dynamoPort = LOCAL_DYNAMODB_PORT,
): EmulatorEndpoints => ({
  sqsSns: `http://127.0.0.1:${sqsPort}`,
  dynamodb: `http://127.0.0.1:${dynamoPort}`,
});

/** Dummy credentials: the emulators accept any, and the SDK refuses to sign without some. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

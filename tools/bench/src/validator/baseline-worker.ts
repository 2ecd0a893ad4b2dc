/**
 * The validator's work without the validator: `node --import tsx baseline-worker.ts`, with the environment a
 * validator would get plus BENCH_EVENTS and BENCH_CONCURRENCY. It makes the same receives (batches of up to
 * 10 at the same concurrency, long polling, the same attributes), the same prison-api calls, the same
 * conditional puts and the same deletes, and nothing else: no validation rules, logging, metrics or
 * heartbeats. Prints `ready` when it starts receiving and exits 0 once every event is stored and deleted.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const events = Number(env('BENCH_EVENTS'));
const concurrency = Number(env('BENCH_CONCURRENCY'));
const queueUrl = env('BENCH_QUEUE_URL');
const prisonApi = env('PRISON_ENDPOINT_URL');
const credentials = { accessKeyId: env('AWS_ACCESS_KEY_ID'), secretAccessKey: env('AWS_SECRET_ACCESS_KEY') };
const sqs = new SQSClient({ region: env('AWS_REGION'), credentials, endpoint: env('AWS_ENDPOINT_URL_SQS') });
const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: env('AWS_REGION'), credentials, endpoint: env('AWS_ENDPOINT_URL_DYNAMODB') }),
);
const stopReceiving = new AbortController();
let token: Promise<string> | undefined;
let handled = 0;

async function main(): Promise<void> {
  // The validator's pollers: as many receives of up to 10 as it takes to reach the concurrency.
  const pollers = Math.ceil(concurrency / 10);
  const batchSizes = Array.from(
    { length: pollers },
    (_, i) => Math.floor(concurrency / pollers) + (i < concurrency % pollers ? 1 : 0),
  );
  console.log('ready');
  await Promise.all(batchSizes.map(poll));
}

async function poll(batchSize: number): Promise<void> {
  while (handled < events) {
    const received = await sqs
      .send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: batchSize,
          WaitTimeSeconds: 20,
          MessageAttributeNames: ['All'],
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
        { abortSignal: stopReceiving.signal },
      )
      .catch((error: Error) => (stopReceiving.signal.aborted ? { Messages: [] } : Promise.reject(error)));
    await Promise.all((received.Messages ?? []).map(handle));
  }
}

async function handle(message: Message): Promise<void> {
  const envelope = JSON.parse(message.Body ?? '') as { MessageId: string; Message: string };
  const { bookingId } = JSON.parse(envelope.Message) as { bookingId: number };
  await prisonApiGet(`/api/bookings/${bookingId}/sentenceDetail`);
  const booking = (await prisonApiGet(`/api/bookings/${bookingId}?basicInfo=false&extraInfo=true`)) as Record<
    string,
    unknown
  >;
  const now = new Date();
  await doc.send(
    new PutCommand({
      TableName: env('DYNAMODB_TABLENAME'),
      Item: {
        id: envelope.MessageId,
        bookingId,
        eventType: 'IMPRISONMENT_STATUS-CHANGED',
        message: envelope.Message,
        createdDate: now.toISOString(),
        retryCount: 0,
        deleteBy: Math.floor(now.getTime() / 1000) + 30 * 86_400,
        status: 'VALIDATED',
        pendingState: 'NEW',
        pendingBookingId: bookingId,
        offenderNo: booking.offenderNo,
        bookingNo: booking.bookingNo,
        locationId: booking.agencyId,
        locationDescription: booking.locationDescription,
        recall: booking.recall,
        legalStatus: booking.legalStatus,
      },
      ConditionExpression: 'attribute_not_exists(id)',
    }),
  );
  await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
  handled += 1;
  // Pollers waiting on an empty queue would otherwise hold the process for a whole long poll.
  if (handled >= events) stopReceiving.abort();
}

async function prisonApiGet(path: string): Promise<unknown> {
  const response = await fetch(`${prisonApi}${path}`, {
    headers: { authorization: `Bearer ${await bearerToken()}` },
  });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

/** One client-credentials token, fetched on first use, as the validator's token cache does. */
function bearerToken(): Promise<string> {
  token ??= (async () => {
    const basic = Buffer.from(`${env('OAUTH_CLIENT_ID')}:${env('OAUTH_CLIENT_SECRET')}`).toString('base64');
    const response = await fetch(`${env('OAUTH_ENDPOINT_URL')}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    if (!response.ok) throw new Error(`the token request answered ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  })();
  return token;
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`baseline: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);

// `npm run publish-event -- <sample|file.json> [--booking N] [--topic-arn ARN]`: one prison event onto the
// local offender_events topic (AWS_ENDPOINT_URL, default the fauxqs emulator at http://127.0.0.1:4566).
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SNSClient } from '@aws-sdk/client-sns';
import { findTopicArn } from './find-topic';
import { publishEvent } from './publish-event';
import { readEvent, SAMPLES_DIR } from './read-event';

const TOPIC_NAME = 'offender_events';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { booking: { type: 'string' }, 'topic-arn': { type: 'string' } },
  });
  if (positionals.length !== 1) {
    const samples = readdirSync(SAMPLES_DIR).map((file) => file.replace(/\.json$/, ''));
    throw new Error(
      `usage: npm run publish-event -- <sample|file.json> [--booking N] [--topic-arn ARN]\nsamples: ${samples.join(', ')}`,
    );
  }
  if (values.booking !== undefined && !/^\d+$/.test(values.booking)) {
    throw new Error(`--booking must be a booking id, not ${values.booking}`);
  }
  const event = await readEvent(
    positionals[0],
    values.booking === undefined ? undefined : Number(values.booking),
  );

  const sns = new SNSClient({
    endpoint: process.env.AWS_ENDPOINT_URL_SNS ?? process.env.AWS_ENDPOINT_URL ?? 'http://127.0.0.1:4566',
    region: process.env.AWS_REGION ?? 'eu-west-2',
    credentials: {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
    },
  });
  const topicArn = values['topic-arn'] ?? (await findTopicArn(sns, TOPIC_NAME));
  const messageId = await publishEvent(sns, topicArn, event);
  console.log(
    `published ${event.eventType} (bookingId ${String(event.bookingId)}) to ${topicArn}: MessageId ${messageId}`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

// `npm run publish-event -- <sample|file.json> [--booking N] [--crn CRN] [--topic-arn ARN]`: one event onto the
// local topic of its channel (classic prison events, HMPPS domain events or probation events; AWS_ENDPOINT_URL,
// default the fauxqs emulator at http://127.0.0.1:4566).
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SNSClient } from '@aws-sdk/client-sns';
import { channelOf } from './channel';
import { findTopicArn } from './find-topic';
import { publishEvent } from './publish-event';
import { readEvent, SAMPLES_DIR } from './read-event';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { booking: { type: 'string' }, crn: { type: 'string' }, 'topic-arn': { type: 'string' } },
  });
  if (positionals.length !== 1) {
    const samples = readdirSync(SAMPLES_DIR).map((file) => file.replace(/\.json$/, ''));
    throw new Error(
      `usage: npm run publish-event -- <sample|file.json> [--booking N] [--crn CRN] [--topic-arn ARN]\nsamples: ${samples.join(', ')}`,
    );
  }
  if (values.booking !== undefined && !/^\d+$/.test(values.booking)) {
    throw new Error(`--booking must be a booking id, not ${values.booking}`);
  }
  const event = await readEvent(positionals[0]);
  const channel = channelOf(event, {
    ...(values.booking !== undefined && { bookingId: Number(values.booking) }),
    ...(values.crn !== undefined && { crn: values.crn }),
  });

  const sns = new SNSClient({
    endpoint: process.env.AWS_ENDPOINT_URL_SNS ?? process.env.AWS_ENDPOINT_URL ?? 'http://127.0.0.1:4566',
    region: process.env.AWS_REGION ?? 'eu-west-2',
    credentials: {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
    },
  });
  const topicArn = values['topic-arn'] ?? (await findTopicArn(sns, channel.topicName));
  const messageId = await publishEvent(sns, topicArn, event.eventType, channel.message);
  console.log(`published ${event.eventType} to ${topicArn}: MessageId ${messageId}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

/**
 * `npm start`: the whole service on this machine, with no cloud and no Docker. Starts the SNS/SQS emulator and
 * DynamoDB Local, provisions the default topic, queues and tables, starts the sandbox upstreams and the four
 * apps, prints where everything is, and stops everything it started on Ctrl-C.
 *
 * The apps log JSON, as in production; here each line is reformatted for reading by pino-pretty
 * (src/pretty-log.ts), one line per entry, prefixed by the app. `npm start -- --json` prints the apps' lines as they are, after `[app] `.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTables } from '@ptpu/store';
import {
  APP_PORTS,
  DEFAULT_MESSAGING_NAMES,
  DEFAULT_PROBATION_MESSAGING_NAMES,
  SANDBOX_PORTS,
  ensureEmulators,
  isPortOpen,
  localAppEnv,
  localAwsClients,
  provisionMessaging,
  provisionProbationMessaging,
  waitFor,
  type AppName,
} from './src';
import { startProcess, type ManagedProcess } from './src/processes';
import { createLogFormatter } from './src/pretty-log';

const root = path.resolve(__dirname, '../..');
const TABLES = { messageTable: 'ptpu-messages', scheduleTable: 'ptpu-schedule' };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const names = ['sandbox', ...Object.keys(APP_PORTS)];
  const appWidth = Math.max(...names.map((name) => name.length));
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  const formatLine = (app: string) =>
    values.json ? undefined : createLogFormatter({ app, appWidth, colour });
  const running: ManagedProcess[] = [];
  const emulators = await ensureEmulators({ quiet: true });
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    await Promise.all(running.map((p) => p.stop()));
    await emulators.stop();
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  const aws = localAwsClients(emulators.endpoints);
  const messaging = await provisionMessaging(aws.sqs, aws.sns, DEFAULT_MESSAGING_NAMES);
  await provisionProbationMessaging(aws.sqs, aws.sns, DEFAULT_PROBATION_MESSAGING_NAMES);
  await createTables(aws.dynamodb, TABLES);
  aws.destroy();

  running.push(
    startProcess('sandbox', process.execPath, ['--import', 'tsx', 'tools/sandbox/src/cli.ts'], {
      cwd: root,
      formatLine: formatLine('sandbox'),
    }),
  );
  for (const port of Object.values(SANDBOX_PORTS)) {
    await waitFor(`sandbox port ${port}`, () => isPortOpen(port));
  }

  const env = localAppEnv(
    emulators.endpoints,
    {
      ...messaging,
      queueName: DEFAULT_MESSAGING_NAMES.queue,
      dlqName: DEFAULT_MESSAGING_NAMES.dlq,
      probationQueueName: DEFAULT_PROBATION_MESSAGING_NAMES.probationQueue,
      probationDlqName: DEFAULT_PROBATION_MESSAGING_NAMES.probationDlq,
    },
    TABLES,
    { PRISONTOPROBATION_HOLD_BACK_DURATION: process.env.PRISONTOPROBATION_HOLD_BACK_DURATION ?? '1m' },
  );
  for (const [app, port] of Object.entries(APP_PORTS) as [AppName, number][]) {
    running.push(
      startProcess(app, process.execPath, ['--import', 'tsx', `apps/${app}/src/main.ts`], {
        cwd: root,
        env: { ...process.env, ...env, PORT: String(port) },
        formatLine: formatLine(app),
      }),
    );
  }

  console.log(`
prison-to-probation-update is running locally (Ctrl-C stops everything started here)
  SNS/SQS emulator   ${emulators.endpoints.sqsSns}   topics ${DEFAULT_MESSAGING_NAMES.offenderEventsTopic}, ${DEFAULT_MESSAGING_NAMES.domainEventsTopic} -> queue ${DEFAULT_MESSAGING_NAMES.queue}; topic ${DEFAULT_PROBATION_MESSAGING_NAMES.probationEventsTopic} -> queue ${DEFAULT_PROBATION_MESSAGING_NAMES.probationQueue}
  DynamoDB Local     ${emulators.endpoints.dynamodb}   tables ${TABLES.messageTable}, ${TABLES.scheduleTable}
  sandbox            auth :${SANDBOX_PORTS.auth}/auth  prison-api :${SANDBOX_PORTS.prisonApi}  community-api :${SANDBOX_PORTS.communityApi}  offender-search :${SANDBOX_PORTS.offenderSearch}
${Object.entries(APP_PORTS)
  .map(([app, port]) => `  ${app.padEnd(18)} http://127.0.0.1:${port}/health`)
  .join('\n')}
Publish an event: npm run publish-event -- imprisonment-status-changed
${values.json ? "Logs: the apps' JSON lines as they are" : "Logs: one line per entry (npm start -- --json for the apps' JSON lines)"}
`);
}

main().catch((error: Error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});

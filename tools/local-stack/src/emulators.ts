import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { LOCAL_DYNAMODB_PORT, LOCAL_SQS_PORT, localEndpoints, type EmulatorEndpoints } from './endpoints';
import { isPortOpen, startProcess, waitFor, type ManagedProcess } from './processes';

const workspaceRoot = path.resolve(__dirname, '../../..');
const dynamoDir = path.join(workspaceRoot, 'node_modules/amplify-dynamodb-simulator/emulator');
const fauxqsCli = path.join(workspaceRoot, 'node_modules/fauxqs/dist/cli.js');

export const JAVA_MISSING =
  'DynamoDB Local needs Java 17 or newer and none was found: install it with `apt-get install -y openjdk-17-jre-headless` (Debian/Ubuntu) and try again.';

export interface RunningEmulators {
  endpoints: EmulatorEndpoints;
  /** Names of the emulators this call started (those already running are reused and left alone). */
  started: string[];
  stop(): Promise<void>;
}

/**
 * Makes sure the SNS/SQS emulator and DynamoDB Local answer on their ports, starting whichever is not running.
 * Only what was started here is stopped by `stop()`, so a running `npm start` can be shared by test runs.
 */
export async function ensureEmulators(
  options: { sqsPort?: number; dynamoPort?: number; quiet?: boolean } = {},
): Promise<RunningEmulators> {
  const sqsPort = options.sqsPort ?? LOCAL_SQS_PORT;
  const dynamoPort = options.dynamoPort ?? LOCAL_DYNAMODB_PORT;
  const quiet = options.quiet ?? true;
  const processes: ManagedProcess[] = [];

  const startedSqs = !(await isPortOpen(sqsPort));
  if (startedSqs) {
    processes.push(
      startProcess('sqs', process.execPath, [fauxqsCli], {
        quiet,
        env: {
          ...process.env,
          FAUXQS_PORT: String(sqsPort),
          FAUXQS_LOGGER: 'false',
          FAUXQS_DEFAULT_REGION: 'eu-west-2',
        },
      }),
    );
  }
  const startedDynamo = !(await isPortOpen(dynamoPort));
  if (startedDynamo) {
    assertJava();
    processes.push(
      startProcess(
        'dynamodb',
        'java',
        [
          '-Xmx512m',
          '-Djava.library.path=./DynamoDBLocal_lib',
          '-jar',
          'DynamoDBLocal.jar',
          '-inMemory',
          '-port',
          String(dynamoPort),
        ],
        { cwd: dynamoDir, quiet },
      ),
    );
  }
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
  };
  try {
    const endpoints = localEndpoints(sqsPort, dynamoPort);
    await waitFor(`SNS/SQS emulator on ${endpoints.sqsSns}`, () => answersHttp(`${endpoints.sqsSns}/health`));
    await waitFor(`DynamoDB Local on ${endpoints.dynamodb}`, () => answersHttp(endpoints.dynamodb));
    return { endpoints, started: processes.map((p) => p.name), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Any HTTP answer (even 400) means the server is up. */
async function answersHttp(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
  await response.arrayBuffer();
  return true;
}

function assertJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(JAVA_MISSING);
  }
}

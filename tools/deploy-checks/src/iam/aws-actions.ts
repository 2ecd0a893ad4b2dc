import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { AppName } from '../contract/app-environment';
import { WORKSPACE_ROOT } from '../files/workspace-files';

/**
 * The AWS actions (`sqs:ReceiveMessage`, ...) each app's code can call, derived from the code rather than
 * listed by hand. Static, on purpose: the app is bundled as `npm run build` bundles it (esbuild, tree-shaken, our
 * code inlined, npm packages left as imports), and every `new <X>Command(` left in that bundle is a call the
 * shipped app can make, plus those inside the npm packages it imports that themselves call the AWS SDK
 * (sqs-consumer). This errs towards more actions, never fewer: a method of a class the app uses counts even
 * if this app never calls it, because an action missing from the IAM role fails in production (AccessDenied)
 * while one too many only widens a role the app already holds for the same tables. Running the component
 * tests with a recording middleware would only see the paths the tests happen to take.
 */

const SERVICE_OF_PACKAGE: Record<string, string> = {
  '@aws-sdk/client-sqs': 'sqs',
  '@aws-sdk/client-sns': 'sns',
  '@aws-sdk/client-dynamodb': 'dynamodb',
  '@aws-sdk/lib-dynamodb': 'dynamodb',
};

/** The document client's commands, by the DynamoDB action IAM authorises them as. */
const DOCUMENT_COMMAND_ACTIONS: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  Query: 'Query',
  Scan: 'Scan',
};

/** Batch calls IAM authorises as their single-message action. */
const BATCH_ACTIONS: Record<string, string> = {
  DeleteMessageBatch: 'DeleteMessage',
  ChangeMessageVisibilityBatch: 'ChangeMessageVisibility',
  SendMessageBatch: 'SendMessage',
};

/** IAM has no TransactWriteItems action: each item is authorised as its own kind. */
const TRANSACT_ITEM_ACTIONS: Record<string, string> = {
  ConditionCheck: 'ConditionCheckItem',
  Update: 'UpdateItem',
  Put: 'PutItem',
  Delete: 'DeleteItem',
};

/**
 * Source files whose AWS calls never run in AWS: `createTables` provisions the emulators' tables when
 * PROVISION_LOCAL_RESOURCES is set, which no chart sets (the platform creates the tables).
 */
const LOCAL_ONLY_SOURCES = ['libs/store/src/tables.ts'];

export interface AwsCall {
  action: string;
  /** The source file the call is made in (an npm package's name for calls made inside it). */
  source: string;
}

/** Every AWS call site of one app, with the IAM action it needs. */
export async function awsCallsOf(app: AppName): Promise<AwsCall[]> {
  const result = await build({
    entryPoints: [path.join(WORKSPACE_ROOT, `apps/${app}/src/main.ts`)],
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    packages: 'external',
    tsconfig: path.join(WORKSPACE_ROOT, 'tsconfig.base.json'),
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0].text;
  return [...ownCalls(bundle), ...packageCalls(bundle)];
}

/** The IAM actions one app needs in AWS: its calls less local provisioning. */
export async function awsActionsOf(app: AppName): Promise<Set<string>> {
  const calls = await awsCallsOf(app);
  return new Set(
    calls.filter((call) => !LOCAL_ONLY_SOURCES.includes(call.source)).map((call) => call.action),
  );
}

/** Local names of the SDK commands the bundle imports, with their package and exported name. */
function importedCommands(bundle: string): Map<string, { service: string; pkg: string; command: string }> {
  const commands = new Map<string, { service: string; pkg: string; command: string }>();
  for (const [, names, pkg] of bundle.matchAll(/import \{([^}]*)\} from "([^"]+)"/g)) {
    const service = SERVICE_OF_PACKAGE[pkg];
    if (!service) continue;
    for (const spec of names.split(',').map((name) => name.trim())) {
      const [command, local = command] = spec.split(/\s+as\s+/);
      if (command.endsWith('Command')) commands.set(local, { service, pkg, command });
    }
  }
  return commands;
}

function ownCalls(bundle: string): AwsCall[] {
  const commands = importedCommands(bundle);
  const calls: AwsCall[] = [];
  for (const match of bundle.matchAll(/new (\w+)\(/g)) {
    const imported = commands.get(match[1]);
    if (!imported) continue;
    const source = sourceAt(bundle, match.index);
    const name = imported.command.replace(/Command$/, '');
    const actions =
      name === 'TransactWrite'
        ? transactItemKinds(bundle, match.index + match[0].length).map((kind) => TRANSACT_ITEM_ACTIONS[kind])
        : [actionOf(name, imported.pkg)];
    for (const action of actions) calls.push({ action: `${imported.service}:${action}`, source });
  }
  return calls;
}

function actionOf(name: string, pkg: string): string {
  if (pkg === '@aws-sdk/lib-dynamodb') {
    const action = DOCUMENT_COMMAND_ACTIONS[name];
    if (!action) throw new Error(`no IAM action known for the document client's ${name}Command`);
    return action;
  }
  return BATCH_ACTIONS[name] ?? name;
}

/** esbuild marks where each source file's code starts with a `// path` comment line. */
function sourceAt(bundle: string, index: number): string {
  const markers = [...bundle.slice(0, index).matchAll(/^\/\/ ((?:apps|libs)\/\S+\.ts)$/gm)];
  return markers.at(-1)?.[1] ?? 'unknown';
}

/** The item kinds (`ConditionCheck`, `Update`, ...) of the TransactItems inside one `new TransactWriteCommand(`. */
function transactItemKinds(bundle: string, argumentsStart: number): string[] {
  let depth = 1;
  let end = argumentsStart;
  while (depth > 0 && end < bundle.length) {
    const char = bundle[end++];
    if (char === '(') depth++;
    else if (char === ')') depth--;
  }
  const kinds = [...bundle.slice(argumentsStart, end).matchAll(/\b(ConditionCheck|Update|Put|Delete): \{/g)];
  if (kinds.length === 0) throw new Error('a TransactWriteCommand whose items could not be read');
  return [...new Set(kinds.map((kind) => kind[1]))];
}

/** Calls made inside npm packages the bundle imports that depend on an AWS SDK client (sqs-consumer). */
function packageCalls(bundle: string): AwsCall[] {
  const packages = new Set([...bundle.matchAll(/ from "((?:@[^/"]+\/)?[^/"]+)/g)].map((m) => m[1]));
  return [...packages].flatMap((pkg) => {
    if (pkg.startsWith('@aws-sdk/') || pkg.startsWith('node:')) return [];
    const dir = path.join(WORKSPACE_ROOT, 'node_modules', pkg);
    let manifest: { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    } catch {
      return [];
    }
    const sdk = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).find(
      (dependency) => SERVICE_OF_PACKAGE[dependency] && dependency !== '@aws-sdk/lib-dynamodb',
    );
    if (!sdk) return [];
    const names = new Set(
      jsFilesUnder(dir).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/new (\w+)Command\(/g)].map((m) => m[1]),
      ),
    );
    return [...names].map((name) => ({
      action: `${SERVICE_OF_PACKAGE[sdk]}:${actionOf(name, sdk)}`,
      source: pkg,
    }));
  });
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.[cm]?js$/.test(entry.name))
    .filter((entry) => !/[/\\]node_modules[/\\]/.test(entry.parentPath.slice(dir.length)))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

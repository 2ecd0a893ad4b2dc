// The sandbox on the original service's local ports: `tsx tools/sandbox/src/cli.ts [--world file] [--host h]`.
import { parseArgs } from 'node:util';
import { LOCAL_PORTS, startSandbox } from './start-sandbox';
import { DEFAULT_WORLD_PATH } from './world/default-world';
import { readWorldFile } from './world/parse-world';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      world: { type: 'string', default: DEFAULT_WORLD_PATH },
      host: { type: 'string', default: '127.0.0.1' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const world = await readWorldFile(values.world);
  const sandbox = await startSandbox({
    world,
    host: values.host,
    ports: LOCAL_PORTS,
    onRequest: values.quiet
      ? undefined
      : (entry) =>
          console.log(
            `${entry.receivedAt} ${entry.upstream} ${entry.method} ${entry.path} -> ${entry.status ?? 'reset'}`,
          ),
  });

  console.log(
    `sandbox world ${values.world}: ${world.prisoners.length} prisoners, ${world.deliusCases.length} Delius cases`,
  );
  console.log(`  OAUTH_ENDPOINT_URL=${sandbox.urls.auth}  (issuer ${sandbox.issuer})`);
  console.log(
    `  OAUTH_CLIENT_ID=${sandbox.clientCredentials.clientId}  OAUTH_CLIENT_SECRET=${sandbox.clientCredentials.clientSecret}`,
  );
  console.log(`  PRISON_ENDPOINT_URL=${sandbox.urls.prisonApi}`);
  console.log(`  COMMUNITY_ENDPOINT_URL=${sandbox.urls.communityApi}`);
  console.log(`  OFFENDER_SEARCH_ENDPOINT_URL=${sandbox.urls.offenderSearch}`);
  console.log(`  admin: ${sandbox.urls.admin}  (see tools/sandbox/README.md)`);

  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});

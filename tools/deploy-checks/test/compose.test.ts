import { execFileSync, spawnSync } from 'node:child_process';
import { checkCompose } from '../src/checks/compose-rules';
import { APP_ENVIRONMENT, APP_PORTS, LOCAL_ONLY_VARIABLES } from '../src/contract/app-environment';
import { WORKSPACE_ROOT, readYaml } from '../src/files/workspace-files';

/**
 * Compose validates the file without a Docker engine: Debian's docker-compose (v1, which .ci/run installs) or
 * the Docker CLI's compose plugin (v2, on CI runners). Without either, only the rules below check the file.
 */
const composeCommand = [['docker-compose'], ['docker', 'compose']].find(
  ([command, ...args]) => spawnSync(command, [...args, 'version'], { stdio: 'ignore' }).status === 0,
);

describe('docker-compose.yml', () => {
  it('when read against the compose rules, then every rule holds', () => {
    const compose = readYaml('docker-compose.yml', { merge: true });

    const problems = checkCompose(compose, {
      appPorts: APP_PORTS,
      contracts: APP_ENVIRONMENT,
      // The SDK's per-service endpoints are set; the generic AWS_ENDPOINT_URL is not needed.
      localVariables: LOCAL_ONLY_VARIABLES.filter((name) => name !== 'AWS_ENDPOINT_URL'),
      supportServices: ['sqs', 'dynamodb', 'sandbox'],
    });

    expect(problems).toEqual([]);
  });

  (composeCommand ? it : it.skip)('when compose checks it, then it is a valid compose file', () => {
    const [command, ...args] = composeCommand ?? [];

    // -q prints nothing on success; a non-zero exit (reason on stderr) throws.
    expect(() =>
      execFileSync(command, [...args, '-f', 'docker-compose.yml', 'config', '-q'], {
        cwd: WORKSPACE_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ).not.toThrow();
  });
});

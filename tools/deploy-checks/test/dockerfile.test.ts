import { checkDockerfile } from '../src/checks/dockerfile-rules';
import { APP_PORTS, variablesOf } from '../src/contract/app-environment';
import { readJson, readText } from '../src/files/workspace-files';

describe('Dockerfile', () => {
  it('when read against the image rules, then every rule holds', () => {
    const pinnedNode = (readJson('package.json') as { devDependencies: Record<string, string> })
      .devDependencies.node;

    const problems = checkDockerfile(readText('Dockerfile'), {
      nodeMajor: Number(pinnedNode.split('.')[0]),
      imageVariables: variablesOf('validator', 'image'),
      appPorts: APP_PORTS,
    });

    expect(problems).toEqual([]);
  });

  it('when the build context is listed, then dependencies, build output and git history stay out', () => {
    const ignored = readText('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));

    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git', '.env']));
  });
});

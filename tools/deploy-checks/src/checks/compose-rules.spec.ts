import { parseYaml } from '../files/workspace-files';
import { checkCompose, type ComposeExpectations } from './compose-rules';

const expected: ComposeExpectations = {
  appPorts: { reports: 8084 },
  contracts: { reports: { PORT: 'value', OAUTH_ENDPOINT_URL: 'value', OAUTH_CLIENT_SECRET: 'secret' } },
  localVariables: ['AWS_ENDPOINT_URL_DYNAMODB'],
  supportServices: ['dynamodb'],
};

const GOOD = `
services:
  dynamodb:
    image: local-tools
    healthcheck: { test: ['CMD', 'true'] }
  reports:
    build: { context: ., target: app, args: { APP: reports } }
    environment:
      PORT: '8084'
      AWS_ENDPOINT_URL_DYNAMODB: http://dynamodb:8000
      OAUTH_ENDPOINT_URL: http://sandbox:8090/auth
      OAUTH_CLIENT_SECRET: local
    ports: ['8084:8084']
    depends_on: { dynamodb: { condition: service_healthy } }
`;

const check = (yaml: string) => checkCompose(parseYaml(yaml, 'fixture'), expected);

describe('checkCompose', () => {
  it('when every rule holds, then it reports nothing', () => {
    expect(check(GOOD)).toEqual([]);
  });

  it('when a service is missing, then it names it', () => {
    expect(check('services: {}')).toEqual(['service dynamodb is missing', 'service reports is missing']);
  });

  it('when an emulator has no healthcheck and the app only starts after it, then both are reported', () => {
    const text = GOOD.replace("    healthcheck: { test: ['CMD', 'true'] }\n", '').replace(
      '{ dynamodb: { condition: service_healthy } }',
      '[dynamodb]',
    );
    expect(check(text)).toEqual([
      'service dynamodb has no healthcheck',
      'reports does not wait for dynamodb to be healthy',
    ]);
  });

  it('when the app is built from another stage on another port, then each rule reports', () => {
    const text = GOOD.replace('target: app', 'target: build').replace("['8084:8084']", "['9000:8084']");
    expect(check(text)).toEqual([
      'reports is not built as the deployable image (target app, APP=reports)',
      'reports does not publish 8084:8084',
    ]);
  });

  it('when the environment misses a secret and a local endpoint and adds an unknown variable, then each is named', () => {
    const text = GOOD.replace('      OAUTH_CLIENT_SECRET: local\n', '      PTPU_PAGE_SIZE: 10\n').replace(
      '      AWS_ENDPOINT_URL_DYNAMODB: http://dynamodb:8000\n',
      '',
    );
    expect(check(text)).toEqual([
      'reports does not set AWS_ENDPOINT_URL_DYNAMODB',
      'reports does not set OAUTH_CLIENT_SECRET',
      'reports sets PTPU_PAGE_SIZE, which is not in its configuration contract',
    ]);
  });

  it('when another service depends on an app, then scaling the app to 0 is reported as broken', () => {
    const text = `${GOOD}  publisher:\n    image: x\n    depends_on: [reports]\n`;
    expect(check(text)).toEqual(['service publisher depends on app reports, so it cannot be scaled to 0']);
  });
});

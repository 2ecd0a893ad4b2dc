import { checkDockerfile, type DockerfileExpectations } from './dockerfile-rules';

const expected: DockerfileExpectations = {
  nodeMajor: 24,
  imageVariables: ['BUILD_NUMBER'],
  appPorts: { validator: 8081 },
};

const GOOD = `
ARG NODE_IMAGE=node:24-bookworm-slim
FROM \${NODE_IMAGE} AS deps
RUN npm ci
FROM deps AS build
RUN npm run build
FROM \${NODE_IMAGE} AS prod-deps
RUN npm ci --omit=dev
FROM \${NODE_IMAGE}
ENV BUILD_NUMBER=1 \\
    OTHER=2
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/dist dist
USER 1000:1000
HEALTHCHECK CMD node -e "const p = { validator: 8081 }; fetch('http://127.0.0.1:' + p + '/health/ping')"
CMD ["node", "dist/main.js"]
`;

/** The good Dockerfile with one line replaced. */
const withLine = (from: string, to: string) => {
  if (!GOOD.includes(from)) throw new Error(`fixture has no line ${from}`);
  return GOOD.replace(from, to);
};

describe('checkDockerfile', () => {
  it('when every rule holds, then it reports nothing', () => {
    expect(checkDockerfile(GOOD, expected)).toEqual([]);
  });

  it('when there is a single stage, then it says so', () => {
    expect(checkDockerfile('FROM node:24\nUSER 1000\nCMD ["node"]\n', expected)).toEqual([
      'not multi-stage: the build tools must stay out of the runtime image',
    ]);
  });

  it('when a stage uses another Node major, then it names the stage', () => {
    expect(checkDockerfile(withLine('node:24-bookworm-slim', 'node:22-bookworm-slim'), expected)).toContain(
      'stage deps starts from node:22-bookworm-slim, not node:24',
    );
  });

  it.each([
    ['USER 1000:1000', '', 'the runtime stage has no USER: it would run as root'],
    ['USER 1000:1000', 'USER root', 'the runtime stage runs as root'],
    ['USER 1000:1000', 'USER node', 'USER node is not numeric: Kubernetes runAsNonRoot cannot verify it'],
  ])('when the runtime user line is "%s" -> "%s", then it reports "%s"', (from, to, problem) => {
    expect(checkDockerfile(withLine(from, to), expected)).toEqual([problem]);
  });

  it('when the health check calls another path and misses a port, then it reports both', () => {
    const text = withLine(
      "{ validator: 8081 }; fetch('http://127.0.0.1:' + p + '/health/ping')",
      "'/health'",
    );
    expect(checkDockerfile(text, expected)).toEqual([
      'the HEALTHCHECK does not call /health/ping',
      "the HEALTHCHECK does not know validator's default port 8081",
    ]);
  });

  it('when node_modules come from a stage with development dependencies, then it says so', () => {
    const text = withLine('COPY --from=prod-deps /app/node_modules', 'COPY --from=deps /app/node_modules');
    expect(checkDockerfile(text, expected)).toEqual([
      'node_modules copied from stage deps, which installs development dependencies',
    ]);
  });

  it('when the runtime builds on the full install, then it says so', () => {
    const text = GOOD.replace(/FROM \$\{NODE_IMAGE\}\nENV/, 'FROM deps\nENV');
    expect(checkDockerfile(text, expected)).toContain(
      'the runtime image contains development dependencies (stage deps)',
    );
  });

  it('when the build identity or the command is missing, then it reports each', () => {
    const text = withLine('ENV BUILD_NUMBER=1 \\', 'ENV \\').replace('CMD ["node", "dist/main.js"]', '');
    expect(checkDockerfile(text, expected)).toEqual([
      'the runtime stage does not set BUILD_NUMBER',
      'the runtime stage has no CMD',
    ]);
  });
});

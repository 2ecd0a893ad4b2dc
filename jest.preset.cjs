// Shared jest settings. @swc/jest compiles TypeScript and the ES-module-only packages (msw, jose, ...)
// to CommonJS, which is why nothing in node_modules is ignored by the transform.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, path.join(root, target)]),
);

const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
    module: { type: 'commonjs' },
  },
];

/** @param {string} projectDir @param {import('jest').Config} [extra] */
function preset(projectDir, extra = {}) {
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.test.ts'],
    transform: { '^.+\\.(t|j|mj|cj)s$': swc },
    transformIgnorePatterns: [],
    moduleNameMapper,
    testTimeout: 20_000,
    ...extra,
  };
}

/** Jest settings for suites that talk to the SNS/SQS emulator and DynamoDB Local. */
function presetWithEmulators(projectDir, extra = {}) {
  return preset(projectDir, {
    globalSetup: path.join(root, 'tools/local-stack/src/jest/global-setup.ts'),
    globalTeardown: path.join(root, 'tools/local-stack/src/jest/global-teardown.ts'),
    ...extra,
  });
}

module.exports = { preset, presetWithEmulators };

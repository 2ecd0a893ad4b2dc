// One lint configuration for the whole workspace. The module-boundary rules below are the machine-checked
// form of docs/architecture.md, Layout and dependency rules; tools/workspace-checks proves they bite.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const testFiles = ['**/*.spec.ts', '**/*.test.ts', '**/test/**/*.ts', '**/testing/**/*.ts'];

const DEP_CONSTRAINTS = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:aws',
      'type:adapter',
      'type:platform',
      'type:composition',
      'type:tool',
    ],
  },
  // Wiring shared by apps (libs/booking-runner): adapters and platform built from config.
  {
    sourceTag: 'type:composition',
    onlyDependOnLibsWithTags: ['type:domain', 'type:aws', 'type:adapter', 'type:platform'],
  },
  // The boundary every AWS call crosses (libs/aws): what its failures mean, for every adapter alike.
  { sourceTag: 'type:aws', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:domain', 'type:aws'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:domain'] },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:domain', 'type:aws', 'type:adapter', 'type:platform', 'type:tool'],
  },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: [
      '@aws-sdk/*',
      'koa',
      '@koa/*',
      'openapi-fetch',
      'prom-client',
      'msw',
      'msw/*',
      'pino',
    ],
  },
];

/** The layering rules; `allow` lists import paths exempt from them. */
function moduleBoundaries(allow) {
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      banTransitiveDependencies: false,
      allow,
      depConstraints: DEP_CONSTRAINTS,
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.nx/**', '**/generated/**', 'tools/lint-fixtures/**'],
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': moduleBoundaries([]),
    },
  },
  {
    // The deploy checks compare the charts with what each app reads, so they import each app's config module
    // (its zod schema) and nothing else of an app.
    files: ['tools/deploy-checks/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries([
        '@ptpu/validator/config',
        '@ptpu/processor/config',
        '@ptpu/retrier/config',
        '@ptpu/reports/config',
      ]),
    },
  },
  {
    // Production code in apps and libs never reaches for test fixtures, the sandbox or the emulators.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@ptpu/*/testing'], message: 'Test fixtures are for tests only.' },
            {
              group: ['@ptpu/sandbox', '@ptpu/local-stack'],
              message: 'Tools are for tests and local use only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: time comes through the Clock port, configuration through arguments.
    files: ['libs/domain/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use the Clock port.' },
        { object: 'process', property: 'env', message: 'The domain takes configuration as arguments.' },
        { object: 'Math', property: 'random', message: 'Take randomness through a port.' },
      ],
    },
  },
];

const { presetWithEmulators } = require('../../jest.preset.cjs');

// The unit tests of the checks and proxies, and the short run of named scenarios (test/short-run.test.ts),
// which starts the whole fleet; `npm run test:resilience` runs every scenario.
module.exports = presetWithEmulators(__dirname);

const { preset } = require('../../jest.preset.cjs');

// Pure file checks: no emulators. `docker-compose config` (when installed) is the slowest step.
module.exports = preset(__dirname, { testTimeout: 30_000 });

const { preset } = require('../../jest.preset.cjs');

// Lint runs build the Nx project graph in-process: give them time on a busy 2-core machine.
module.exports = preset(__dirname, { testTimeout: 120_000 });

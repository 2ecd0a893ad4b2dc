const { preset } = require('../../jest.preset.cjs');

// The benches themselves run with `npm run bench`; these tests cover how their runs are recorded and drawn.
module.exports = preset(__dirname);

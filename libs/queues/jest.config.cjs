const { presetWithEmulators } = require('../../jest.preset.cjs');

module.exports = presetWithEmulators(__dirname);

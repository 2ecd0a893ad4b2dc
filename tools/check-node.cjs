// Fails fast, with the fix, when a script runs on a Node other than the pinned major.
// npm puts node_modules/.bin first on PATH, so after `npm ci` the pinned `node` package is the one used.
const required = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major !== required) {
  console.error(
    `prison-to-probation-update needs Node ${required}; this is ${process.version}. ` +
      'Run `npm ci` (it installs the pinned Node into node_modules/.bin) and use the npm scripts.',
  );
  process.exit(1);
}

#!/usr/bin/env node
// Loads the command line as built by `npm ci` (package.json `prepare`): plain JavaScript, nothing
// compiled at start-up. Built from src/cli by scripts/buildCli.ts.
const { existsSync } = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const build = path.join(root, "build", "cli", "stoplicht.cjs");
if (!existsSync(build)) {
  process.stderr.write(
    `Stoplicht is nog niet gebouwd: voer \`npm run build:cli\` uit in ${root} (npm ci doet dat ook). / ` +
      `Stoplicht is not built yet: run \`npm run build:cli\` in ${root} (npm ci does so too).\n`,
  );
  process.exitCode = 2;
} else {
  require(build);
}

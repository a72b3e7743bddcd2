/**
 * Builds the command line into one CommonJS file, build/cli/stoplicht.cjs, which bin/stoplicht.cjs
 * loads: Node then starts it without compiling TypeScript on every run (through tsx that was
 * almost all of a check's 1.6 s). Run by `npm ci` and `npm install` (`prepare`), by
 * `npm run build:cli`, and before every jest run (tests/buildCli.setup.ts), so that no test runs a
 * stale build.
 *
 * esbuild rather than tsc: it bundles src/cli, src/domain and src/xlsx into one file in a fraction
 * of a second and leaves type checking to `npm run typecheck`, which already checks them. The
 * packages (ExcelJS, commander, …) stay in node_modules, loaded as they are.
 */
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(__dirname, "..");

/** Where the build goes: at the depth of src/cli, so that its paths to the project's files (the bundled sample) hold. */
export const CLI_BUILD = path.join(root, "build", "cli", "stoplicht.cjs");

export async function buildCli(): Promise<void> {
  await build({
    entryPoints: [path.join(root, "src", "cli", "main.ts")],
    outfile: CLI_BUILD,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (require.main === module) {
  buildCli().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}

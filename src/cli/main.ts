import { runCli } from "./runCli";

/** The `stoplicht` command: exit code from runCli; an unexpected failure is a bug, reported as one line. */
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  interactive: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Stoplicht: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);

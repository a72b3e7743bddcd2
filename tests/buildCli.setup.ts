/**
 * Before every jest run: the command line built afresh from src/ (scripts/buildCli.ts), so that
 * the tests that start bin/stoplicht.cjs never run a stale build. esbuild takes a fraction of a second.
 */
import { buildCli } from "../scripts/buildCli";

export default async function globalSetup(): Promise<void> {
  await buildCli();
}

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publishManifest } from "../../scripts/manifest/publishManifest";

/**
 * How `npm run build` (webpack.config.js) writes dist/manifest.xml and dist/help.html, without
 * running a build: the config is loaded in a Node of its own, as webpack loads it. The real build
 * with a base is checked end to end by tests/e2e/publish.e2e.test.ts.
 */
const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://example.org/stoplicht/";

interface Copied {
  from: string;
  to: string;
  /** The file as the build writes it, where the pattern transforms it. */
  transformed?: string;
}

/**
 * The files webpack.config.js copies into dist/, for `env` (webpack's --env) and `variable`
 * (STOPLICHT_BASE_URL), and what the config says while loading.
 */
function copiedFiles(env: Record<string, string>, variable?: string): { files: Copied[]; said: string } {
  const script = `
    const { readFileSync } = require("node:fs");
    require("./webpack.config.js")(${JSON.stringify(env)}, { mode: "production" }).then((config) => {
      const CopyWebpackPlugin = require("copy-webpack-plugin");
      const copy = config.plugins.find((p) => p instanceof CopyWebpackPlugin);
      const files = copy.patterns.map((p) => ({
        from: p.from,
        to: p.to,
        transformed: p.transform ? String(p.transform(readFileSync(p.from), p.from)) : undefined,
      }));
      process.stdout.write("\\n" + JSON.stringify(files));
    });`;
  const environment = { ...process.env };
  delete environment.STOPLICHT_BASE_URL;
  if (variable !== undefined) environment.STOPLICHT_BASE_URL = variable;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, env: environment, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`webpack.config.js failed: ${run.stderr}`);
  const lines = run.stdout.split("\n");
  return { files: JSON.parse(lines.pop()!) as Copied[], said: lines.join("\n").trim() };
}

describe("npm run build writes the manifest and the help page into dist/", () => {
  it("copies the development manifest as it is, and the help page, without STOPLICHT_BASE_URL", () => {
    const { files, said } = copiedFiles({});
    expect(said).toBe("");
    expect(files.find((f) => f.from === "manifest.xml")).toEqual({
      from: "manifest.xml",
      to: "manifest.xml",
    });
    expect(files.find((f) => f.to === "help.html")).toEqual({ from: "src/help/help.html", to: "help.html" });
  });

  it.each([
    ["the environment variable", {}, BASE],
    ["webpack's --env, which any shell takes", { STOPLICHT_BASE_URL: BASE }, undefined],
  ])("writes the manifest for the base given in %s", (_how, env, variable) => {
    const { files, said } = copiedFiles(env, variable);
    expect(said).toBe(`dist/manifest.xml: every URL under ${BASE}`);
    const manifest = files.find((f) => f.from === "manifest.xml");
    expect(manifest?.to).toBe("manifest.xml");
    expect(manifest?.transformed).toBe(publishManifest(MANIFEST, new URL(BASE)));
  });

  it("refuses a base that is not https before building anything, saying why and what would do", () => {
    const out = mkdtempSync(join(tmpdir(), "stoplicht-build-"));
    try {
      const run = spawnSync(
        process.execPath,
        [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
        {
          cwd: ROOT,
          env: { ...process.env, STOPLICHT_BASE_URL: "http://example.org/stoplicht/" },
          encoding: "utf8",
        },
      );
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe(
        'STOPLICHT_BASE_URL "http://example.org/stoplicht/" is not https: Office loads an add-in only over https://. ' +
          "Set it to the https:// address where dist/ is hosted, for example: " +
          "STOPLICHT_BASE_URL=https://example.org/stoplicht/ npm run build",
      );
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

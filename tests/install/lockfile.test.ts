import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * `npm ci` must succeed on a machine with Node and the npm registry only. A package that builds
 * native code at install (keytar, under the M365 Agents Toolkit that office-addin-dev-settings
 * names as a peer) needs system libraries and, without them, fails the whole install.
 */
interface LockEntry {
  version?: string;
  hasInstallScript?: boolean;
  optional?: boolean;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const ROOT = join(__dirname, "..", "..");
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockEntry>;
};
const paths = new Set(Object.keys(lock.packages));

/** Packages whose install step only checks its own files: esbuild picks its platform binary from an optional package. */
const ALLOWED_INSTALL_SCRIPTS = new Set(["esbuild"]);
/** Peers that are never needed for Excel: office-addin-dev-settings runs the toolkit through npx, for Outlook and Teams only. */
const PEERS_NOT_INSTALLED = new Set(["@microsoft/m365agentstoolkit-cli"]);

const nameOf = (path: string) => path.replace(/^.*node_modules\//, "");

/** Whether `dep` resolves from the package at `from`, as Node looks it up: its own node_modules, then each one above. */
function resolves(from: string, dep: string): boolean {
  let dir = from;
  for (;;) {
    if (paths.has(`${dir ? `${dir}/` : ""}node_modules/${dep}`)) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf("/node_modules/");
    dir = up < 0 ? "" : dir.slice(0, up);
  }
}

describe("the lockfile installs from the npm registry alone", () => {
  it("holds no package that builds or downloads code at install, such as keytar", () => {
    const building = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && entry.hasInstallScript && !entry.optional)
      .map(([path]) => nameOf(path))
      .filter((name) => !ALLOWED_INSTALL_SCRIPTS.has(name));
    expect(building).toEqual([]);
    expect([...paths].filter((p) => /node_modules\/keytar$/.test(p))).toEqual([]);
  });

  it("installs every peer a package needs, since peers are not added automatically (.npmrc)", () => {
    expect(readFileSync(join(ROOT, ".npmrc"), "utf8")).toMatch(/^legacy-peer-deps=true$/m);
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === "") continue;
      for (const peer of Object.keys(entry.peerDependencies ?? {})) {
        if (entry.peerDependenciesMeta?.[peer]?.optional || PEERS_NOT_INSTALLED.has(peer)) continue;
        if (!resolves(path, peer)) missing.push(`${nameOf(path)} → ${peer}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

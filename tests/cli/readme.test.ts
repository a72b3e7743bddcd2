import { promises as fs } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";

const ROOT = path.resolve(__dirname, "../..");

/** The lines the README quotes under "`npm run check` on the sample prints:", up to its "…". */
async function quotedOutput(): Promise<string[]> {
  const readme = await fs.readFile(path.join(ROOT, "README.md"), "utf8");
  const m = /`npm run check` on the sample prints:\s*```\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error("The README no longer quotes what `npm run check` prints on the sample.");
  const lines = m[1].split("\n");
  const cut = lines.findIndex((line) => line.trim() === "…");
  return cut >= 0 ? lines.slice(0, cut) : lines.filter((line) => line !== "");
}

describe("the README's door", () => {
  it("quotes what the main job prints on the bundled sample, its first lines as they are", async () => {
    const out: string[] = [];
    const sample = path.join(ROOT, "samples/ipo-jaarverslag-2024.xlsx");
    const code = await runCli([sample, "--no-write"], {
      out: (l) => out.push(l),
      err: () => {},
      interactive: false,
    });
    expect(code).toBe(0);
    // The command names the sample by the path it was given, the README by the path npm run check
    // gives; the README writes the no-break space after € as a plain one, as a reader sees it.
    const printed = out
      .join("\n")
      .split("\n")
      .map((l) => l.replace(sample, "samples/ipo-jaarverslag-2024.xlsx").replace(/\u00a0/g, " "));
    const quoted = await quotedOutput();
    expect(printed.slice(0, quoted.length)).toEqual(quoted);
  });
});

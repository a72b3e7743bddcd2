import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Workbook text reaches the pane only through React's escaping: no raw HTML anywhere in the pane's code. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the pane's source", () => {
  const files = [
    ...sourceFiles(join(__dirname, "..", "..", "src", "taskpane")),
    ...sourceFiles(join(__dirname, "..", "..", "src", "commands")),
  ];

  it.each([
    "dangerouslySetInnerHTML",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "eval(",
  ])("never uses %s", (api) => {
    expect(files.filter((f) => readFileSync(f, "utf8").includes(api))).toEqual([]);
  });

  it("calls Office only from index.tsx and the gateway", () => {
    const callers = files.filter((f) =>
      /\b(Office|Excel)\.(onReady|run|context)\b/.test(readFileSync(f, "utf8")),
    );
    expect(callers.map((f) => f.replace(/^.*src[\\/]/, "src/")).sort()).toEqual([
      "src/commands/commands.ts",
      "src/taskpane/index.tsx",
      "src/taskpane/officeWorkbook.ts",
    ]);
  });
});

import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "**/*.js", "**/*.cjs", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The engine is pure: grids in, result out. Adapters depend on it, never the reverse.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*"], message: "src/domain stays free of UI code." },
            { group: ["exceljs", "office*", "@microsoft/*"], message: "src/domain stays free of Excel/ExcelJS." },
            { group: ["node:*", "fs", "path", "os", "child_process", "stream", "util"], message: "src/domain stays free of Node APIs." },
            { group: ["../excel/*", "../xlsx/*", "../taskpane/*", "../cli/*", "../commands/*", "../../*"], message: "Dependencies point inward." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "process", "require"],
    },
  },
);

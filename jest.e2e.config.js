/** The browser test of the task pane: the production build in headless Chromium (run by `npm run test:e2e`, which builds first). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  // Only against a hang: Playwright's own waits (tests/e2e/paneHarness.ts) give up first, saying on what.
  testTimeout: 300000,
};

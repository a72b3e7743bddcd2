/** Unit, component and adapter tests. The browser test has its own config (jest.e2e.config.js). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", {}],
  },
  globalSetup: "<rootDir>/tests/buildCli.setup.ts",
  setupFilesAfterEnv: ["<rootDir>/tests/testingLibrary.setup.ts"],
  // Only against a hang: a test that passes never comes near it, however busy the machine (the
  // write-failure tests of tests/excel/writeResults.test.ts take about a minute on a loaded one).
  testTimeout: 600000,
};

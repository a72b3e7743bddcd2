/** Unit, component and adapter tests. The browser test has its own config (jest.e2e.config.js). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", {}],
  },
  testTimeout: 60000,
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type errors are reported by `npm run typecheck`; the transform only strips types.
    '^.+\\.[tj]s$': ['ts-jest', { diagnostics: false }],
  },
  // chalk 5 is ESM-only; let ts-jest turn it into CommonJS for the tests.
  transformIgnorePatterns: ['/node_modules/(?!(chalk)/)'],
};

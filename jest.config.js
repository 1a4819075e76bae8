/** The whole suite, on SQLite by default; DATABASE_URL=mysql://… runs it on MySQL/MariaDB. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  setupFiles: ['<rootDir>/tests/helpers/setup-env.ts'],
  maxWorkers: 2,
  testTimeout: 120000,
};

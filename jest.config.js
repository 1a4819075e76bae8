/** The whole suite, on SQLite by default; DATABASE_URL=mysql://… runs it on MySQL/MariaDB. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // otplib's base32 and hash plugins are ES modules only: Node loads them (require(esm)), Jest needs them compiled.
    '/node_modules/@(scure|noble)/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@(scure|noble)/)'],
  setupFiles: ['<rootDir>/tests/helpers/setup-env.ts'],
  maxWorkers: 2,
  testTimeout: 120000,
};

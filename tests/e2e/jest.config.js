/** Browser suite: the built clients and a real server, driven in Chromium (never a downloaded browser). */
module.exports = {
  testEnvironment: 'node',
  rootDir: '../..',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // otplib's base32 and hash plugins are ES modules only: Node loads them (require(esm)), Jest needs them compiled.
    '/node_modules/@(scure|noble)/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@(scure|noble)/)'],
  testTimeout: 180000,
  maxWorkers: 1,
};

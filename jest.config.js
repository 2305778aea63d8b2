/** @type {import('jest').Config} */
// tsconfig.json sets isolatedModules, so ts-jest transpiles each file on its own (fast).
const tsJest = ['<rootDir>/test/localGlobals.js', { tsconfig: 'tsconfig.json' }];
module.exports = {
  // The slow suites first, on a fresh clone too (CI): see test/slowFirst.js.
  testSequencer: '<rootDir>/test/slowFirst.js',
  projects: [
    {
      displayName: 'core',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/core/**/*.test.ts'],
    },
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/{cli,excel,manifest,commands,host,hostile,bench,workflow}/**/*.test.ts'],
    },
    {
      // Browser tests: the production build in Debian's Chromium (npm run build first).
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
    },
    {
      displayName: 'pane',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/taskpane/**/*.test.tsx'],
    },
  ],
};

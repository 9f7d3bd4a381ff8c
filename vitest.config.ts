import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'lambdas/**/*.test.ts',
      'cli/**/*.test.ts',
      'lib/**/*.test.ts',
      'local/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'infra-tests/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

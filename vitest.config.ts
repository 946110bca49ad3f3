/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * `npm test`: unit tests (pure lib and islands) and build-level tests (the real site built
 * into .test-dist/, checked as files and over a real static server). `npm run test:unit` runs the
 * unit project alone, without a build. Browser tests live in vitest.e2e.config.ts.
 */
export default getViteConfig(
  {
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'build',
            include: ['tests/build/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/support/build-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);

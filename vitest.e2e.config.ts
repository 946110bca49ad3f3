/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** `npm run test:e2e`: real Chromium against the built site on a real static server. */
export default getViteConfig(
  {
    test: {
      name: 'e2e',
      include: ['tests/e2e/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['tests/support/e2e-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // One browser, one server: files run one after another to keep a 2-core machine steady.
      fileParallelism: false,
    },
  },
  { devToolbar: { enabled: false } },
);

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // One Chromium with an extension at a time: this machine has two cores.
  workers: 1,
  retries: 0,
  // An upper bound only: a busy two-core CI machine can take seconds to start the card's frame process.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});

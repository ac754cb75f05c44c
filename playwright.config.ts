import { defineConfig } from '@playwright/test';
import { readTestToolSettings } from './config/test-tools';

// E2E runs against a production build (`next build` + `next start`) in Debian's Chromium.
// scripts/test.ts builds the app and sets NEO4J_URI to the test database before this runs.
const { e2ePort: port, chromiumPath: chromium } = readTestToolSettings();

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Wipes the test database (NEO4J_URI) and loads the seed page plus e2e/fixtures.
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  projects: [
    { name: 'fixtures', testIgnore: '**/hub.spec.ts' },
    // Adds the demo's kcna-2024 articles to the graph, so it runs after every other spec (alone:
    // `playwright test --project=hub --no-deps`).
    { name: 'hub', testMatch: '**/hub.spec.ts', dependencies: ['fixtures'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve.ts -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      // Every spec explores from 127.0.0.1 at machine speed, one after another on one server:
      // the anonymous cost budget of one person (see docs/security.md) would run dry part-way.
      // The limiter itself is covered by graphql/limits/access.int.test.ts and rate-limit.test.ts.
      RATE_LIMIT_CAPACITY: '2000000',
      RATE_LIMIT_REFILL_PER_SECOND: '40000',
      // /bench/graph: big synthetic views drawn by the explorer's canvas (e2e/big-view.spec.ts).
      NARRAGRAPH_BENCH_PAGES: '1',
    },
  },
});

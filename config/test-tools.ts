import { envInt, envString, type Env } from './env';

/** Settings of the test and benchmark tooling (docs/configuration.md lists every variable). */
export interface TestToolSettings {
  /** Debian's Chromium, which Playwright drives; never a downloaded browser. */
  readonly chromiumPath: string;
  /** Port the e2e tests serve the production build on. */
  readonly e2ePort: number;
}

export function readTestToolSettings(env: Env = process.env): TestToolSettings {
  return {
    chromiumPath: envString(env, 'CHROMIUM_PATH') ?? '/usr/bin/chromium',
    e2ePort: envInt(env, 'E2E_PORT', 3100),
  };
}

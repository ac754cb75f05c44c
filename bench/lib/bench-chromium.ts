/**
 * The one way the UI benchmarks and their profiles start Debian's Chromium, so every script
 * measures in a browser started with the same flags; a script adds only what it studies.
 */
import { chromium, type Browser } from 'playwright';
import { readTestToolSettings } from '../../config/test-tools';

const BASE_ARGS = ['--no-sandbox', '--no-first-run', '--disable-background-networking'];

export function launchBenchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: readTestToolSettings().chromiumPath,
    args: [...BASE_ARGS, ...extraArgs],
  });
}

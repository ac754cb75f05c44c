import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readTestToolSettings } from '../../config/test-tools';
import { checkJava } from '../../graph-db/server/local-neo4j';

const { chromiumPath } = readTestToolSettings();

function isRootOnDebian(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * Checks what the tests need outside npm: Java 17+ and Maven for the local Neo4j (unless a test
 * server is given), Debian's Chromium for e2e. As root on Debian it installs Chromium itself, so
 * the README's one test command works on a fresh machine.
 */
export function checkPrerequisites(options: { readonly needBrowser: boolean }): void {
  if (!process.env.NEO4J_TEST_URI) checkJava();
  if (!options.needBrowser || existsSync(chromiumPath)) return;
  if (isRootOnDebian()) {
    console.log(
      "Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)...",
    );
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (install.status === 0 && existsSync(chromiumPath)) return;
  }
  throw new Error(
    `Chromium was not found at ${chromiumPath}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH. Never use \`npx playwright install\` here.`,
  );
}

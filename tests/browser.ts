// Finds a Chromium for Playwright: CHROME_PATH first, then the usual install paths.
// Playwright cannot download its own browsers on these machines, so a system one is required.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist; point it at a Chromium binary or unset it.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

/** Flags that keep Chromium from calling out to other hosts (the machines have no network). */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'];

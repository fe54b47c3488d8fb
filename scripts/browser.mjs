// Finds a Chromium (or Chrome) to run the tests in, without downloading one: the path in
// $CHROME_PATH (or $CHROMIUM_PATH / $PUPPETEER_EXECUTABLE_PATH), else the usual install paths.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The browser executable; throws with install instructions when there is none. */
export function chromiumPath() {
  const fromEnv = ['CHROME_PATH', 'CHROMIUM_PATH', 'PUPPETEER_EXECUTABLE_PATH']
    .map((name) => process.env[name])
    .find(Boolean);
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`The browser named by the environment, ${fromEnv}, does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium or Chrome found for the tests.',
      'Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium)',
      'or point CHROME_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

/**
 * Flags for headless runs: no sandbox when running as root (containers, CI), and no calls
 * home (they would only fail on a closed network and slow every start).
 */
export const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

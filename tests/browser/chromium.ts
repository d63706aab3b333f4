// Finds the system Chromium for the browser tests. Never lets them pass silently without one: installs it
// when we can (root with apt), otherwise fails with one line saying how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function findChromium(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt && !process.env.CHROME_PATH) {
    console.log('Chromium not found: installing it with apt-get (chromium) for the browser tests…');
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(path)) return path;
  }
  throw new Error(
    `No Chromium at ${path}. Install it (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.`,
  );
}

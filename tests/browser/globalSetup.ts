// Serves the built site (dist/) on 127.0.0.1 for the browser tests, after making sure Chromium is there,
// and gives the run a folder for the builds that tests share (tests/build/sites.ts), removed at the end.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/chromium';

let server: PreviewServer | undefined;
let runDir: string | undefined;

export async function setup(project: TestProject) {
  const chromium = ensureChromium();
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first.');
  server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  mkdirSync('.build-tmp', { recursive: true });
  runDir = mkdtempSync(join(process.cwd(), '.build-tmp', 'run-'));
  project.provide('origin', `http://127.0.0.1:${address.port}`);
  project.provide('chromium', chromium);
  project.provide('runDir', runDir);
}

export async function teardown() {
  await server?.close();
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    chromium: string;
    /** A folder of this run's, for the builds tests share. */
    runDir: string;
  }
}

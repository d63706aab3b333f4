// Serves the built site (dist/) on 127.0.0.1 for the browser tests and checks Chromium is there.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/chromium';

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const chromium = ensureChromium();
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first.');
  server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('origin', `http://127.0.0.1:${address.port}`);
  project.provide('chromium', chromium);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    chromium: string;
  }
}

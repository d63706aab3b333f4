// Serves the built site on 127.0.0.1 (npm start builds first; npm run preview serves what is there).
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { buildSite } from './build';
import { ChromiumMissing } from './chromium';
import { DataCheckError } from '../src/lib/data/load';

const noBuild = process.argv.includes('--no-build');
if (!noBuild || !existsSync('dist/index.html'))
  await buildSite().catch((error: unknown) => {
    if (!(error instanceof DataCheckError || error instanceof ChromiumMissing)) throw error;
    console.error(`${error.message}\n\nBuild stopped; the previous site (if any) was left as it was.`);
    process.exit(1);
  });
const server = await preview({
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: false, open: false },
});
const base = server.config.base;
console.log(`The story is at ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:4173${base}`}`);

// The builds that are themselves the subject of tests, each made once per test run and shared by every
// test file that needs it: the first file to ask builds it into the run's folder (tests/browser/
// globalSetup.ts makes the folder and removes it at the end), the others find it there.
//   publishedSite()  the site published at SITE_URL under a subfolder, made by a build into a copy of dist/
//                    that is then made to fail just before its swap: one build proves both that a late
//                    failure leaves the site there untouched, and what a SITE_URL build writes
//   scaleSite()      the site of the generated dataset at the size the company claims, without SITE_URL
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite } from '../../scripts/build';
import { writeScaleData } from '../../scripts/scale-data';

/** Every file of a folder with a hash of its content. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    out[path.slice(dir.length)] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return out;
}

async function once<T>(name: string, make: (dir: string) => Promise<T>): Promise<T> {
  const dir = join(inject('runDir'), name);
  const made = join(dir, 'made.json');
  const read = () => JSON.parse(readFileSync(made, 'utf8')) as T;
  if (existsSync(made)) return read();
  // Test files run two at a time: the first to make the folder's claim builds, another waits for it.
  // (mkdir is atomic: one of two workers asking at once gets the claim.)
  const claim = `${dir}.claim`;
  try {
    mkdirSync(claim);
  } catch {
    while (!existsSync(made)) {
      if (!existsSync(claim)) throw new Error(`the ${name} build of another test file failed`);
      await new Promise((r) => setTimeout(r, 250)); // a build in another process: no event to wait on
    }
    return read();
  }
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const result = await make(dir);
    // Written aside and renamed: a waiting worker never reads half of it.
    writeFileSync(`${made}.tmp`, JSON.stringify(result));
    renameSync(`${made}.tmp`, made);
    return result;
  } catch (error) {
    rmSync(claim, { recursive: true, force: true });
    throw error;
  }
}

export const siteUrl = 'https://news.example.org/graphics/tiandy/';
export const base = '/graphics/tiandy/';

export interface Published {
  /** The finished site, taken from the build's work folder just before its swap. */
  site: string;
  /** The copy of dist/ the build was to replace; `changed` lists what the failure changed in it. */
  target: string;
  changed: string[];
  /** The error the build stopped with ('' if it did not). */
  error: string;
}

export const lateFailure = 'a late step failed';

export function publishedSite(): Promise<Published> {
  return once('published', async (dir) => {
    const target = join(dir, 'target');
    const site = join(dir, 'site');
    cpSync('dist', target, { recursive: true });
    const before = snapshot(target);
    const error = await buildSite({
      outDir: target,
      siteUrl,
      quiet: true,
      beforeSwap: (finished) => {
        renameSync(finished, site);
        throw new Error(lateFailure);
      },
    }).then(
      () => '',
      (e: Error) => e.message,
    );
    const after = snapshot(target);
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (f) => before[f] !== after[f],
    );
    return { site, target, changed, error };
  });
}

export interface Scale {
  site: string;
  dataDir: string;
  /** The build's progress lines. */
  logged: string[];
}

export function scaleSite(): Promise<Scale> {
  return once('scale', async (dir) => {
    const dataDir = writeScaleData(join(dir, 'data'));
    const site = join(dir, 'site');
    const logged: string[] = [];
    // No PNGs: they need a browser of their own and say nothing about scale.
    await buildSite({
      outDir: site,
      dataDir,
      siteUrl: '',
      quiet: true,
      pngs: false,
      log: (m) => logged.push(m),
    });
    return { site, dataDir, logged };
  });
}

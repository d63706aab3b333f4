// The interface strings: messages/{en,fa,zh}.json (the inlang message format), compiled by Paraglide JS
// into src/lib/paraglide (generated, not committed). `npm run check` runs this file first: it refuses a
// key that English has and another edition lacks (Paraglide itself would quietly fall back to English), a
// key English lacks, and a translation whose placeholders differ from the English; then it compiles.
// The build, the dev server and vitest compile through scripts/messagesPlugin.ts, so a fresh clone works.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editionIds } from '../src/lib/editions/editions.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const messagesDir = join(root, 'messages');
export const outdir = join(root, 'src/lib/paraglide');
const project = join(root, 'project.inlang');
const stamp = join(outdir, '.inputs');

type Messages = Record<string, string>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export function readMessages(dir = messagesDir): Record<string, Messages> {
  const all: Record<string, Messages> = {};
  for (const id of editionIds) {
    const { $schema: _, ...messages } = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
    all[id] = messages;
  }
  return all;
}

/** What is wrong with the translations, one line each (file: key: what to do); none when all agree. */
export function checkMessages(all: Record<string, Messages>): string[] {
  const problems: string[] = [];
  const en = all.en;
  for (const id of editionIds.filter((e) => e !== 'en')) {
    const messages = all[id];
    for (const [key, text] of Object.entries(en)) {
      if (typeof messages[key] !== 'string' || messages[key].trim() === '') {
        problems.push(`messages/${id}.json: "${key}" is missing: translate "${text}"`);
        continue;
      }
      const want = placeholders(text).join(', ');
      const got = placeholders(messages[key]).join(', ');
      if (want !== got)
        problems.push(`messages/${id}.json: "${key}" has placeholders {${got}}; English has {${want}}`);
    }
    for (const key of Object.keys(messages).filter((k) => !(k in en)))
      problems.push(`messages/${id}.json: "${key}" is not in messages/en.json: remove it or add it there`);
  }
  return problems;
}

function inputsHash(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(project, 'settings.json')));
  for (const id of editionIds) hash.update(readFileSync(join(messagesDir, `${id}.json`)));
  hash.update(readFileSync(join(root, 'node_modules/@inlang/paraglide-js/package.json')));
  return hash.digest('hex');
}

let compiling: Promise<void> | undefined;

/**
 * Compiles the messages unless the output is already that of these inputs (the inlang SDK takes seconds
 * to open a project, and the build, vitest and check all ask). Locale modules: messages/en.js, fa.js and
 * zh.js each hold every message in one language, so an edition's build imports its language alone.
 */
export function compileMessages(): Promise<void> {
  compiling ??= (async () => {
    const hash = inputsHash();
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
    const { compile } = await import('@inlang/paraglide-js');
    // The strategy matters only where no edition is chosen at build time: in unit tests, which set the
    // locale with setLocale (scripts/messagesPlugin.ts gives pages their edition's module instead).
    await compile({
      project,
      outdir,
      outputStructure: 'locale-modules',
      strategy: ['globalVariable', 'baseLocale'],
      emitTsDeclarations: true,
      emitReadme: false,
    });
    if (!existsSync(join(outdir, 'messages', 'en.js')))
      throw new Error('Paraglide compiled no messages: is project.inlang/settings.json intact?');
    writeFileSync(stamp, hash);
  })();
  return compiling;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = checkMessages(readMessages());
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`${problems.length} interface string(s) to fix in messages/`);
    process.exit(1);
  }
  await compileMessages();
  console.log(`messages: ${Object.keys(readMessages().en).length} keys in en, fa and zh`);
}

// No {@html} anywhere in the source: editor text is parsed into elements, never injected as markup.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Every `{@html` in a text, as "file:line", ignoring case and spaces after the brace. */
function findRawHtml(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (/\{\s*@html\b/i.test(line) ? [`${file}:${i + 1}`] : []));
}

describe('no {@html}', () => {
  it('finds it when it is there', () => {
    expect(findRawHtml('x.svelte', '<p>\n{@html step.text}</p>')).toEqual(['x.svelte:2']);
    expect(findRawHtml('x.svelte', '{ @HTML x }')).toEqual(['x.svelte:1']);
    expect(findRawHtml('x.svelte', '<p>{step.html}</p>')).toEqual([]);
  });

  it('is used nowhere in src/', () => {
    const files = filesUnder('src').filter((f) => /\.(svelte|ts|js|md)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => findRawHtml(f, readFileSync(f, 'utf8')));
    expect(found, `{@html} found at ${found.join(', ')}: render markup as elements instead`).toEqual([]);
  });
});

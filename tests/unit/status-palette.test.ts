// The evidence statuses' colours have one home, src/app.css (light and dark), which the page, the embeds
// and the standalone SVGs (their styles inlined) all carry: no component keeps a colour of its own for a
// status, not even as a var() fallback, where it drifted from the palette before (#a86e00 for #a35a00).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusOrder } from '../../src/lib/charts/status';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : /\.(svelte|css|ts)$/.test(f) ? [path] : [];
  });

describe('the status palette', () => {
  const app = readFileSync('src/app.css', 'utf8');
  it.each(statusOrder)('defines --status-%s once, in app.css, for light and dark', (status) => {
    expect(
      app.match(new RegExp(`--status-${status}:\\s*light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\)`, 'g')),
    ).toHaveLength(1);
  });
  const fallback = new RegExp(`var\\(--status-(${statusOrder.join('|')}),[^)]*\\)`, 'g');
  it('is read without a colour of its own anywhere else in src', () => {
    const strays = files('src')
      .filter((f) => f !== join('src', 'app.css'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(fallback)].map((m) => `${f}: ${m[0]}`));
    expect(strays).toEqual([]);
  });
});

// The page's breakpoints and landing line have one home, src/lib/ui/layout.ts. A media query cannot read a
// custom property, so the stylesheets write the widths out: this holds every @media width in src to a
// listed breakpoint, and the CSS landing line to layout.ts's.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, below, breakpoints, landingLine, triggerLine } from '$lib/ui/layout';

const root = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(svelte|css)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Each width of each @media rule in a stylesheet's text, with where it is. */
function mediaWidths(css: string): { query: string; line: number }[] {
  return [...css.matchAll(/@media([^{]*)\{/g)].flatMap((m) =>
    [...m[1].matchAll(/\((?:min|max)-width:[^)]*\)/g)].map((w) => ({
      query: w[0],
      line: css.slice(0, m.index).split('\n').length,
    })),
  );
}

/** The widths that are not a breakpoint of layout.ts, written as atLeast() or below() writes it. */
function strayWidths(css: string): { query: string; line: number }[] {
  const listed = new Set(
    (Object.keys(breakpoints) as (keyof typeof breakpoints)[]).flatMap((b) => [atLeast(b), below(b)]),
  );
  return mediaWidths(css).filter((w) => !listed.has(w.query.replace(/\s+/g, ' ')));
}

describe('breakpoints', () => {
  it('writes "below" 0.01rem short of "at least"', () => {
    expect(atLeast('wide')).toBe('(min-width: 60rem)');
    expect(below('wide')).toBe('(max-width: 59.99rem)');
    expect(below('phone')).toBe('(max-width: 37.49rem)');
  });

  it('finds a width that is not a listed breakpoint (px, or one of its own)', () => {
    const css =
      '@media (max-width: 599px) { a { b: c } }\n@media (min-width: 60rem) and (scripting: none) {}';
    expect(strayWidths(css)).toEqual([{ query: '(max-width: 599px)', line: 1 }]);
    expect(strayWidths('@media print and (min-width: 48rem) {}')).toHaveLength(1);
  });

  it('every @media width in src is a breakpoint of src/lib/ui/layout.ts', () => {
    const stray = files(join(root, 'src')).flatMap((f) =>
      strayWidths(readFileSync(f, 'utf8')).map((w) => `${relative(root, f)}:${w.line} ${w.query}`),
    );
    expect(stray).toEqual([]);
  });
});

describe('the trigger line and where a jump lands', () => {
  it("lands a step above the trigger line, so the step a jump lands on is the one that's active", () => {
    expect(landingLine.wide).toBeLessThan(triggerLine.wide);
    expect(landingLine.phone).toBeLessThan(triggerLine.phone);
  });

  for (const name of ['landing', 'trigger'] as const)
    it(`writes the CSS's ${name} line (src/app.css --${name}-line) as layout.ts's, for phones and wide screens`, () => {
      const css = readFileSync(join(root, 'src/app.css'), 'utf8');
      const phone = new RegExp(`:root\\s*\\{[^}]*--${name}-line:\\s*([\\d.]+)svh`).exec(css);
      const wide = new RegExp(
        `@media ${atLeast('wide').replace(/[()]/g, '\\$&')}\\s*\\{\\s*:root\\s*\\{[^}]*--${name}-line:\\s*([\\d.]+)svh`,
      ).exec(css);
      const line = name === 'landing' ? landingLine : triggerLine;
      expect(Number(phone?.[1]) / 100).toBe(line.phone);
      expect(Number(wide?.[1]) / 100).toBe(line.wide);
    });
});

// Security, privacy and accessibility of the pages besides the story, in every edition: every built page
// carries a strict Content-Security-Policy (meta tag, and _headers for hosts that set headers); on a visit to
// the data page and each embed, in light and dark, nothing violates it, links to other hosts send no
// referrer, the page asks nothing of any host but its own, sets no cookie and writes nothing to storage
// (there is no reader preference to keep on these pages), and axe-core with the WCAG 2.0–2.2 A/AA rules
// finds nothing (all rules in light, the colour rules in dark) in a sound outline. The story is held to the
// same over the walk through every step (steps.test.ts) and at its top (a11y.test.ts). The checks share
// each visit: a page opened once for each is the same page opened three times.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, outlineProblems } from './axe';
import { closeBrowser, openPage, origin } from './harness';
import { editions } from '../../src/lib/editions/editions';
import { pagesBuilt } from './quality-assets';
import { editionIds, otherPaths, prefixOf, schemeVisits } from './quality-content';
import { settle } from './phones';
import { countStorageWrites, nothingLeft, storageLeft } from './storage';

afterAll(closeBrowser);

/** Records every CSP violation the page reports, from before its first script. */
function recordViolations() {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    const el =
      e.target instanceof Element
        ? ` on <${e.target.tagName.toLowerCase()} class="${e.target.getAttribute('class') ?? ''}">`
        : '';
    w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where}${el}: ${e.sample}`);
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

const parsePolicy = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  ) as Record<string, string[]>;

/** What a page's policy gets wrong against the rules of issue 9. */
function policyProblems(policy: string): string[] {
  const p = parsePolicy(policy);
  const problems: string[] = [];
  if (p['default-src']?.join(' ') !== "'self'")
    problems.push(`default-src is "${p['default-src']?.join(' ')}", not 'self'`);
  const script = p['script-src'] ?? p['default-src'] ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
    if (script.includes(bad)) problems.push(`script-src allows ${bad}`);
  if (p['object-src']?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (p['base-uri']?.join(' ') !== "'none'") problems.push("base-uri is not 'none'");
  return problems;
}

const metaPolicy = (html: string) =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i
    .exec(html)?.[1]
    ?.replaceAll('&#39;', "'");

describe.each(editionIds)('security and privacy, %s edition', (id) => {
  for (const file of pagesBuilt('dist', editions[id].path)) {
    it(`dist/${file} has a strict policy in a meta tag before any script or style`, () => {
      const html = readFileSync(`dist/${file}`, 'utf8');
      const policy = metaPolicy(html);
      expect(policy, 'no CSP meta tag').toBeTruthy();
      expect(policyProblems(policy!)).toEqual([]);
      const head = html.slice(0, html.indexOf('</head>'));
      const meta = head.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
      const firstLoad = head.search(/<(script|link|style)\b/i);
      expect(meta).toBeGreaterThan(-1);
      if (firstLoad > -1) expect(meta).toBeLessThan(firstLoad);
      expect(html).toMatch(/<meta\s+name="referrer"\s+content="no-referrer"/i);
    });
  }

  if (id === 'en')
    it('dist/_headers sets the same policy, with frame-ancestors, for the story and the embeds', () => {
      const headers = readFileSync('dist/_headers', 'utf8');
      const policies = [...headers.matchAll(/Content-Security-Policy:\s*(.+)/g)].map((m) => m[1].trim());
      expect(policies.length).toBeGreaterThanOrEqual(2);
      for (const policy of policies) {
        expect(policyProblems(policy)).toEqual([]);
        expect(parsePolicy(policy)['frame-ancestors']).toBeDefined();
      }
      expect(headers).toMatch(/Referrer-Policy:\s*no-referrer\b/);
      // Each edition's own policy (its stylesheet's hashes) for its story and, framed anywhere, its embeds.
      for (const other of editionIds.filter((e) => e !== 'en'))
        for (const rule of [`/${editions[other].path}*`, `/${editions[other].path}embed/*`])
          expect(headers, rule).toMatch(
            new RegExp(`^${rule.replace('*', '\\*')}\\n\\s+Content-Security-Policy:`, 'm'),
          );
    });

  for (const path of otherPaths.map((p) => prefixOf(id) + p)) {
    it(`${path}, light and dark: no CSP violation, no referrer, only its own host, nothing stored, no axe finding`, async () => {
      for (const [query, colorScheme] of schemeVisits(path)) {
        const { page, context, problems, requests, close } = await openPage(path + query, {
          colorScheme,
          initScript: [recordViolations, countStorageWrites],
          width: 400,
          height: 700,
        });
        await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
        await settle(page, 'body');
        const visit = `${path}${query} (${colorScheme})`;
        expect(await violations(page), visit).toEqual([]);
        // Every console error and warning, CSP's included: none is filtered out.
        expect(problems, visit).toEqual([]);
        // One full axe run in light, then the colour rules in dark (or under the host's ?theme=dark).
        const coloursOnly = query !== '' || colorScheme === 'dark';
        const found = await axe(page, { coloursOnly });
        if (!coloursOnly) found.push(...(await outlineProblems(page)).map((o) => `outline: ${o}`));
        expect(found, `${visit}: axe`).toEqual([]);
        if (coloursOnly) {
          await close();
          continue;
        }
        // Its links to other hosts (each story's, once every step has been read: steps.test.ts).
        expect(await linkProblems(page), `${path}: links`).toEqual([]);
        // What it asked for once everything below the fold has woken and loaded (no event marks the last
        // request of a page: the network's half second of quiet does).
        await page.waitForLoadState('networkidle');
        expect(foreign(requests), `${path}: requests`).toEqual([]);
        expect(foreign(await markupUrls(page)), `${path}: markup`).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        expect(await storageLeft(page)).toEqual(nothingLeft);
        await close();
      }
    });
  }

  it('links no analytics, font or script CDN in its story', async () => {
    const { page, close } = await openPage(`${prefixOf(id)}/`, { javaScript: false });
    expect(foreign(await markupUrls(page))).toEqual([]);
    await close();
  });
});

/** Requests to anywhere but the page's own host (data: URLs are inline and go nowhere). */
const foreign = (requests: string[]) =>
  requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).origin !== origin());

/** What a page's markup loads: scripts, stylesheets, images, frames (not its canonical or alternates). */
const markupUrls = (page: Page) =>
  page.$$eval('script[src], link[href], img[src], iframe[src], source[src]', (els) =>
    els
      .filter((e) => e.tagName !== 'LINK' || !/^(canonical|alternate)$/.test(e.getAttribute('rel') ?? ''))
      .map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href || (e as HTMLIFrameElement).src)
      .filter(Boolean),
  );

/** Links to other hosts without rel="noreferrer", and a page that would send a referrer. */
async function linkProblems(page: Page): Promise<string[]> {
  const links = await page.$$eval('a[href], area[href]', (els) =>
    els.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })),
  );
  const outside = links.filter((l) => /^https?:/.test(l.href) && new URL(l.href).origin !== origin());
  const problems = outside
    .filter((l) => !l.rel.split(/\s+/).includes('noreferrer'))
    .map((l) => `${l.href} without noreferrer`);
  const referrer = await page.evaluate(() =>
    document.querySelector('meta[name="referrer"]')?.getAttribute('content'),
  );
  if (referrer !== 'no-referrer') problems.push(`referrer policy ${referrer}`);
  return problems;
}

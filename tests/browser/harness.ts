// Opens pages of the built site in Chromium and collects what went wrong on them: console errors,
// uncaught exceptions, Svelte hydration warnings, CSP violations and requests to any other host.
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium';
import { graphicShows } from '../../scripts/bench/reader';

export const origin = () => inject('origin');

let browser: Browser | undefined;
export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: inject('chromium'), args: chromiumArgs });
  return browser;
}
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: boolean;
  /** Run in the page before any of its scripts, in order (each must be self-contained). */
  initScript?: (() => void) | (() => void)[];
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, page errors, CSP violations: anything here is a bug. */
  problems: string[];
  /** Every URL the page requested. */
  requests: string[];
  close: () => Promise<void>;
}

export async function openPage(path: string, options: OpenOptions = {}): Promise<Opened> {
  const b = await getBrowser();
  const context = await b.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  for (const script of [options.initScript ?? []].flat()) await context.addInitScript(script);
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  // The load event: the document complete, its scripts run (the islands hydrate after, each on its own).
  await page.goto(origin() + path, { waitUntil: 'load' });
  return { page, context, problems, requests, close: () => context.close() };
}

/** Scrolls a step to the trigger line the way a reader would, and waits for the graphic to follow. */
export async function scrollToStep(page: Page, stepId: string) {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const y = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4;
    window.scrollTo({ top: y, behavior: 'instant' });
  }, stepId);
  await graphicShows(page, stepId);
}

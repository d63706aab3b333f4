// Privacy: the story and every embed, scrolled through, ask nothing of any host but their own, set no
// cookie and write nothing to storage (there is no reader preference to keep on these pages).
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, origin } from './harness';
import { otherPaths, pagePaths, scrollThrough, steps } from './quality-content';

afterAll(closeBrowser);

/** Counts every write to Web Storage, IndexedDB, the Cache API, cookies and service workers. */
function countStorageWrites() {
  const w = window as unknown as { __storageWrites: string[] };
  w.__storageWrites = [];
  const note = (what: string) => w.__storageWrites.push(what);
  for (const name of ['setItem', 'removeItem', 'clear'] as const) {
    const original = Storage.prototype[name] as (...a: unknown[]) => unknown;
    Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
      note(
        `${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.${name}(${String(args[0] ?? '')})`,
      );
      return original.apply(this, args);
    } as never;
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    note(`indexedDB.open(${name})`);
    return open.call(this, name, version);
  };
  if (window.CacheStorage) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
      note(`caches.open(${name})`);
      return cacheOpen.call(this, name);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      ...cookie,
      set(this: Document, value: string) {
        note(`document.cookie = ${value.split('=')[0]}`);
        cookie.set!.call(this, value);
      },
    });
  }
  if (navigator.serviceWorker) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...a) {
      note('serviceWorker.register');
      return register.apply(this, a);
    };
  }
}

/** What the page keeps in the browser after the reader is done. */
const storageLeft = (page: Page) =>
  page.evaluate(async () => ({
    writes: (window as unknown as { __storageWrites: string[] }).__storageWrites,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: window.caches ? await caches.keys() : [],
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
const nothingLeft = {
  writes: [],
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  caches: [],
  serviceWorkers: 0,
};

/** Requests to anywhere but the page's own host (data: URLs are inline and go nowhere). */
const foreign = (requests: string[]) =>
  requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:') && new URL(r).origin !== origin());

describe('privacy', () => {
  it('the story, scrolled through every step, talks only to its own host and stores nothing', async () => {
    expect(steps.length).toBeGreaterThan(0);
    const { page, context, requests, close } = await openPage('/', { initScript: countStorageWrites });
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(1);
    expect(foreign(requests)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await storageLeft(page)).toEqual(nothingLeft);
    await close();
  });

  for (const path of otherPaths) {
    for (const query of ['', '?theme=dark']) {
      it(`${path}${query} talks only to its own host and stores nothing`, async () => {
        const { page, context, requests, close } = await openPage(path + query, {
          initScript: countStorageWrites,
          width: 400,
          height: 700,
        });
        await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
        await page.waitForLoadState('networkidle');
        expect(foreign(requests)).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        expect(await storageLeft(page)).toEqual(nothingLeft);
        await close();
      });
    }
  }

  it('links no analytics, font or script CDN in any page', async () => {
    for (const path of pagePaths) {
      const { page, close } = await openPage(path, { javaScript: false });
      const urls = await page.$$eval('script[src], link[href], img[src], iframe[src], source[src]', (els) =>
        els
          .filter((e) => e.tagName !== 'LINK' || !/^(canonical|alternate)$/.test(e.getAttribute('rel') ?? ''))
          .map(
            (e) =>
              (e as HTMLScriptElement).src || (e as HTMLLinkElement).href || (e as HTMLIFrameElement).src,
          ),
      );
      expect(foreign(urls.filter(Boolean)), path).toEqual([]);
      await close();
    }
  });
});

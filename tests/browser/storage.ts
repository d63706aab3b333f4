// What a page writes to the browser's storage: counted from before its first script (installed with
// addInitScript), and what is left once the reader is done. Used by the privacy checks (csp-privacy-a11y.test.ts) and the story walk.
import type { Page } from 'playwright-core';

export interface StorageLeft {
  writes: string[];
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: (string | undefined)[];
  caches: string[];
  serviceWorkers: number;
}

/** Counts every write to Web Storage, IndexedDB, the Cache API, cookies and service workers. */
export function countStorageWrites() {
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
export const storageLeft = (page: Page): Promise<StorageLeft> =>
  page.evaluate(async () => ({
    writes: (window as unknown as { __storageWrites: string[] }).__storageWrites,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: window.caches ? await caches.keys() : [],
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
export const nothingLeft: StorageLeft = {
  writes: [],
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  caches: [],
  serviceWorkers: 0,
};

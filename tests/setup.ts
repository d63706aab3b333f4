// jsdom lacks these observers; components only need them to exist (jsdom does no layout anyway).
import '@testing-library/jest-dom/vitest';

class NoopObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
for (const name of ['IntersectionObserver', 'ResizeObserver'] as const) {
  if (typeof globalThis[name] === 'undefined') {
    (globalThis as Record<string, unknown>)[name] = NoopObserver;
  }
}

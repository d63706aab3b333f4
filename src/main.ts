// The story's only up-front script. The page is already complete as prerendered HTML; this wakes each
// interactive island (a scrolly block, the stepper) as the reader comes within a screen of it, so the
// first view loads almost no JavaScript and readers who never scroll to a chart never download it.
import './app.css';
import { painted } from '$lib/schedule';

// In the dev server the static shell's styles come from importing its components (the build inlines
// them instead); production builds drop this line.
if (import.meta.env.DEV) void import('./App.svelte');

const woken = new WeakSet<Element>();
const nav = document.querySelector<HTMLElement>('[data-island="nav"]');

async function wake(el: HTMLElement) {
  if (woken.has(el)) return;
  woken.add(el);
  // The dataset (and Svelte, which it shares a chunk with) is evaluated first, in a task of its own: with
  // the islands' code on top, the first wake was one long task on a phone.
  // Each await of painted() lets the browser draw before the next piece: a module's evaluation and the
  // hydration that follows it would otherwise land in one long frame while the reader scrolls.
  await import('$lib/data');
  await painted();
  const { hydrateIsland } = await import('$lib/story/islands');
  await painted();
  await hydrateIsland(el, painted);
  // The stepper only matters once a block is awake; it wakes with the first one, in a task of its own.
  if (nav && el !== nav) void painted().then(() => wake(nav));
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      observer.unobserve(e.target);
      void wake(e.target as HTMLElement);
    }
  },
  { rootMargin: '100% 0px' },
);
document
  .querySelectorAll<HTMLElement>('[data-island]:not([data-island="nav"])')
  .forEach((el) => observer.observe(el));

// A deep link (/#step-id) or a reload mid-page: wake the reader's block now.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const island = target?.closest<HTMLElement>('[data-island]');
if (island) void wake(island);

// Keyboard readers get the stepper as soon as they start moving through the page.
if (nav) document.addEventListener('focusin', () => void wake(nav), { once: true });

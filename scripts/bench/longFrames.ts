// Long animation frames (the LoAF API), recorded in the page itself from before its first script: when each
// frame started, how long it took, what it spent its time on, and which step was being read.

interface LoafEntry {
  startTime: number;
  duration: number;
  styleAndLayoutStart: number;
  scripts: { duration: number; invoker: string; sourceURL: string }[];
}
export interface LongFrame {
  start: number;
  duration: number;
  scripts: { ms: number; what: string }[];
  styleAndLayoutMs: number;
  at: string;
}

/**
 * Counts long animation frames from the start, buffered, before any of the page's scripts run. Passed to
 * addInitScript, so it runs in the page: it keeps what it finds on `window.__loaf`.
 */
export function observeLongFrames() {
  const w = window as unknown as { __loaf: LongFrame[] };
  w.__loaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEntry[] & LoafEntry[]) {
        w.__loaf.push({
          start: e.startTime,
          duration: e.duration,
          // What the frame spent its time on: scripts (by caller and file), then style and layout.
          scripts: e.scripts
            .filter((s) => s.duration > 5)
            .map((s) => ({
              ms: Math.round(s.duration),
              what: `${s.invoker} @ ${s.sourceURL.split('/').pop()}`,
            })),
          // 0 when the frame did not render.
          styleAndLayoutMs: e.styleAndLayoutStart
            ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart)
            : 0,
          // The step being read, set by the scroll loop (reading scrollY here would force a layout).
          at: (window as unknown as { __step?: string }).__step ?? 'load',
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // (No named inner functions above: tsx would wrap them in a helper that the page does not have.)
    // Older Chromium without LoAF: the figure stays 0 and the report says so.
  }
}

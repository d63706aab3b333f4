// The one place the site waits. Everything that must happen "after the browser has drawn", "in the next
// frame" or "when the reader's device is idle" asks here, so the timing rules of the page are written once and each decision behind them is in
// docs/performance.md. Charts never ask: the story's islands decide when a chart wakes and follows a step.
//
// The three frame moments, for a change made now (in a task):
//   beforePaint     – an animation-frame callback: its work is drawn in the coming frame;
//   frameAfterPaint – an animation-frame callback one frame later: the coming frame is drawn without it;
//   afterPaint      – a task after the coming frame: the browser draws first, then runs it, and its work
//                     is drawn in a frame of its own. (A bare zero timeout is not enough: tasks with no
//                     rendering between them land in one frame.)
// And one moment for work nothing is waiting for yet: whenIdle (eachWhenIdle for a list, one per idle period).

/** Stops what was scheduled; calling it after the work ran does nothing. */
export type Cancel = () => void;

export function beforePaint(run: () => void): Cancel {
  const id = requestAnimationFrame(() => run());
  return () => cancelAnimationFrame(id);
}

export function frameAfterPaint(run: () => void): Cancel {
  let cancel = beforePaint(() => (cancel = beforePaint(run)));
  return () => cancel();
}

export function afterPaint(run: () => void): Cancel {
  let cancel = beforePaint(() => (cancel = inTask(run)));
  return () => cancel();
}

/** `afterPaint` as a promise, for work written as a sequence of awaits. */
export const painted = (): Promise<void> => new Promise((resolve) => afterPaint(resolve));

/** A task of its own, as soon as the current one and those queued before it are done. */
export function inTask(run: () => void): Cancel {
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/** The browser's idle callback where there is one; else a short timer, so the work still waits its turn. */
export function whenIdle(run: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => run(), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}

/** Runs each task in an idle period of its own, in order; the returned function stops the rest. */
export function eachWhenIdle(tasks: (() => void)[], idle: typeof whenIdle = whenIdle): Cancel {
  let cancel: Cancel = () => {};
  let stopped = false;
  const next = (i: number) => {
    if (stopped || i >= tasks.length) return;
    cancel = idle(() => {
      tasks[i]();
      next(i + 1);
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}

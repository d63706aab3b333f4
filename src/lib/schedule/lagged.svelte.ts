// A value that follows its source later: the source's change is drawn first, this value's consequences in
// a later frame, so two pieces of work that together overran a phone's frame each get one (the scheduling
// itself is in ./index.ts; why each use pays is in docs/performance.md).
import { untrack } from 'svelte';
import { frameAfterPaint, type Cancel } from './index';

interface Options<T> {
  /** When the new value is taken: by default in the frame after the source's change is drawn. */
  wait?: (run: () => void) => Cancel;
  /** Changes taken at once, without waiting (a cut for reduced motion, hiding something). */
  now?: (next: T) => boolean;
}

/** Call during a component's setup; read `.current`. A newer source value replaces one still waiting. */
export function lagged<T>(source: () => T, { wait = frameAfterPaint, now }: Options<T> = {}) {
  let value = $state(untrack(source));
  $effect.pre(() => {
    const next = source();
    if (
      Object.is(
        next,
        untrack(() => value),
      )
    )
      return;
    if (now?.(next)) {
      value = next;
      return;
    }
    return wait(() => (value = next));
  });
  return {
    get current() {
      return value;
    },
  };
}

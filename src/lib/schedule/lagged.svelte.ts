// A value that follows its source later: the source's change is drawn first, this value's consequences in
// a later frame, so two pieces of work that together overran a phone's frame each get one (the scheduling
// itself is in ./index.ts; why each use pays is in docs/performance.md).
import { untrack } from 'svelte';
import { frameAfterPaint, type Cancel } from './index';

interface Options {
  /** When the new value is taken: by default in the frame after the source's change is drawn. */
  wait?: (run: () => void) => Cancel;
}

/** Call during a component's setup; read `.current`. A newer source value replaces one still waiting. */
export function lagged<T>(source: () => T, { wait = frameAfterPaint }: Options = {}) {
  // Raw: a value is replaced, never changed in place, and an object (a view) keeps its identity.
  let value = $state.raw(untrack(source));
  $effect.pre(() => {
    const next = source();
    if (
      Object.is(
        next,
        untrack(() => value),
      )
    )
      return;
    return wait(() => (value = next));
  });
  return {
    get current() {
      return value;
    },
  };
}

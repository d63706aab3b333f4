// How the diagram's marks come and go: only what a view shows is drawn, and marks fade in and out.

/** Milliseconds between two links of view.reveal. */
export const revealStep = 450;

export interface Fade {
  /** Milliseconds (0 under reduced motion). */
  duration: number;
  /** Fades to the opacity a dimmed mark has in CSS (.dim). */
  dim?: boolean;
  delay?: number;
}

/** A Svelte transition: a mark fading in or out, to the opacity its emphasis gives it. svelte/transition's
 * fade reads that back with getComputedStyle, a forced style recalculation for every mark that comes or
 * goes in the middle of a change of view. */
export const fadeMark = (_: Element, { duration, dim = false, delay = 0 }: Fade) => ({
  delay,
  duration,
  css: (t: number) => `opacity: ${t * (dim ? 0.4 : 1)}`,
});

/** Milliseconds before a revealed link fades in, one after the other. */
export const revealDelay = (reveal: number, duration: number) =>
  duration && reveal > 0 ? reveal * revealStep : 0;

// Derives the active step from where the steps are, not from the order events arrived in.

/**
 * Index of the step the reader is at: the last step whose top has crossed the trigger line (a fraction of
 * the viewport height from the top). Before the first step crosses, it is 0: the block shows its first view.
 */
export function indexAtLine(stepTops: number[], viewportHeight: number, offset: number): number {
  const line = viewportHeight * offset;
  let active = 0;
  stepTops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}

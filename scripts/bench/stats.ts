// The benchmark's arithmetic: medians of runs that may have failed (NaN), and figures rounded for the report.

/** The median of the finite values; NaN when there are none. */
export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x: number, digits = 0) => Number(x.toFixed(digits));

// The chart kinds are declared once, as the `chart` of the schema's view union (schema.ts): every place
// that depends on the kind switches over it and ends here, so a new kind fails `npm run check` (a value
// that is not `never`) until each place handles it, instead of rendering or citing as another chart.
import type { ChartName } from './schema.ts';

export type { ChartName };

/** The end of an exhaustive switch over the chart kinds. */
export function unhandledChart(chart: never): never {
  throw new Error(`no handling for the chart kind "${String(chart)}"`);
}

// Modules that Vite plugins make at build time (see vite.config.ts).
declare module 'virtual:network-layout' {
  import type { NetworkLayout } from '$lib/charts/network/layout';
  const layout: NetworkLayout;
  export default layout;
}
declare module 'virtual:embed-chart' {
  import type { ChartEmbed } from '$lib/charts/definition';
  /** The embed of the chart this build is for (scripts/embedEntry.ts). */
  export const embed: ChartEmbed;
}

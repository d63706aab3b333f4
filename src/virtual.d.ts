// Modules that Vite plugins make at build time (see vite.config.ts).
declare module 'virtual:network-layout' {
  import type { NetworkLayout } from '$lib/charts/network/layout';
  const layout: NetworkLayout;
  export default layout;
}

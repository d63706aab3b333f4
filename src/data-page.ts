// The data page's only script: makes the countries table sortable. Everything else on the page is static
// HTML and reads the same without JavaScript.
import { hydrate } from 'svelte';
import './app.css';
import FootprintTable from '$lib/charts/FootprintTable.svelte';
import { countries } from '$lib/data/files/footprint';
import { sources } from '$lib/data/files/sources';

// In the dev server the static page's styles come from importing it (the build inlines them instead).
if (import.meta.env.DEV) void import('./DataPage.svelte');

const island = document.querySelector<HTMLElement>('[data-island="countries"]');
if (island) hydrate(FootprintTable, { target: island, props: { countries, sources } });

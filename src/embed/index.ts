// Hydrates a prerendered embed, of whichever chart its build was made for: `virtual:embed-chart` is that
// chart's src/lib/charts/<kind>/embed.ts (scripts/embedEntry.ts), so an embed's script holds its own chart
// and no other.
import { hydrate } from 'svelte';
import '../app.css';
import { embed } from 'virtual:embed-chart';
import Embed from '$lib/embed/Embed.svelte';

const target = document.getElementById('app')!;
hydrate(Embed, { target, props: { embed, geometry: embed.readGeometry?.(target) } });

// Hydrates the prerendered map embed.
import { hydrate } from 'svelte';
import '../app.css';
import EmbedMap from '$lib/embed/EmbedMap.svelte';
import { readMapGeometry } from '$lib/geo/geometry.dom';

const target = document.getElementById('app')!;
hydrate(EmbedMap, { target, props: { mapGeometry: readMapGeometry(target) } });

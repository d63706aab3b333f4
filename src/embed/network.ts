// Hydrates the prerendered relationship-diagram embed.
import { hydrate } from 'svelte';
import '../app.css';
import EmbedNetwork from '$lib/embed/EmbedNetwork.svelte';

hydrate(EmbedNetwork, { target: document.getElementById('app')! });

// Hydrates the prerendered timeline embed.
import { hydrate } from 'svelte';
import '../app.css';
import EmbedTimeline from '$lib/embed/EmbedTimeline.svelte';

hydrate(EmbedTimeline, { target: document.getElementById('app')! });

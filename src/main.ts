// Hydrates the prerendered story: the HTML is already on screen, this only makes it interactive.
import { hydrate } from 'svelte';
import './app.css';
import App from './App.svelte';
import { readMapGeometry } from '$lib/charts/map/geometry.dom';

const target = document.getElementById('app')!;
hydrate(App, { target, props: { mapGeometry: readMapGeometry(target) } });

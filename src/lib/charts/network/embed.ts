// The relationship diagram's embed (/embed/network/): its data and its props.
import { entities } from '$lib/data/files/entities';
import { relationships } from '$lib/data/files/relationships';
import { sources, story } from '$lib/data/files/embed';
import networkLayout from 'virtual:network-layout';
import type { ChartEmbed } from '../definition';
import RelationshipDiagram from '../RelationshipDiagram.svelte';
import { networkChart } from './chart';

export const embed: ChartEmbed<'network'> = {
  chart: networkChart,
  component: RelationshipDiagram,
  data: { entities, relationships, sources, story },
  props: () => ({ entities, relationships, sources, layout: networkLayout }),
};

// The policy timeline's embed (/embed/timeline/): its data and its props.
import { events } from '$lib/data/files/events';
import { entities } from '$lib/data/files/entities';
import { sources, story } from '$lib/data/files/embed';
import type { ChartEmbed } from '../definition';
import PolicyTimeline from '../PolicyTimeline.svelte';
import { timelineChart } from './chart';

export const embed: ChartEmbed<'timeline'> = {
  chart: timelineChart,
  component: PolicyTimeline,
  data: { events, entities, sources, story },
  props: () => ({ events, entities, sources }),
};

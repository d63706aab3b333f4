// The story's steps as the model knows them: grouped into scrolly blocks, looked up by address, and the
// one place a step index is clamped. Consecutive steps that show the same chart share one sticky graphic,
// so each chart is drawn once on the page (and its geometry shipped once).
import type { ChartName, Section, Step, Story, View } from './schema';

export interface StepEntry {
  step: Step;
  section: Section;
  /** True for the first step of its section: the section heading and intro go before it. */
  opensSection: boolean;
  /** Position in the whole story, from 0. */
  storyIndex: number;
}

export interface Block {
  id: string;
  chart: ChartName;
  steps: StepEntry[];
}

export function groupSteps(story: Story): Block[] {
  const blocks: Block[] = [];
  let storyIndex = 0;
  for (const section of story.sections) {
    section.steps.forEach((step, i) => {
      const entry = { step, section, opensSection: i === 0, storyIndex: storyIndex++ };
      const last = blocks.at(-1);
      if (last && last.chart === step.view.chart) last.steps.push(entry);
      else blocks.push({ id: `block-${step.id}`, chart: step.view.chart, steps: [entry] });
    });
  }
  return blocks;
}

/** Every step in reading order. */
export const allSteps = (story: Story): Step[] => story.sections.flatMap((s) => s.steps);

/** The step a URL fragment names, or undefined ("#intel-chips" → that step). */
export function stepFromHash(hash: string, steps: Step[]): Step | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id ? steps.find((s) => s.id === id) : undefined;
}

/** The block's step at `index`, clamped to the block: a jump, a reload or a fast flick past either end
 * lands on a real step. */
export function stepAt(block: Block, index: number): Step {
  const i = Math.min(Math.max(index, 0), block.steps.length - 1);
  return block.steps[i].step;
}

/** What the block's chart shows at `index`: the view of that step. */
export const viewFor = (block: Block, index: number): View => stepAt(block, index).view;

/** The views of a block's steps, in order (none for an unknown block). */
export const blockViews = (story: Story, blockId: string): View[] =>
  groupSteps(story)
    .find((b) => b.id === blockId)
    ?.steps.map((s) => s.step.view) ?? [];

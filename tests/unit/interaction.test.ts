// The one card and interaction model of the three charts, driven with plain objects standing in for
// events and marks: what opens a card, what pins it, what closes it and where focus goes.
import { describe, expect, it } from 'vitest';
import { ChartInteraction } from '$lib/charts/interaction.svelte';

/** A mark is named by `mark`; anything else is empty space (or the card, with `card: true`). */
type Target = { mark?: string; card?: boolean } | null;

function setup(shown = (_: string) => true) {
  const focused: string[] = [];
  const root = {
    contains: (n: unknown) => n !== outside,
    querySelector: () => null,
  } as unknown as HTMLElement;
  const ix = new ChartInteraction({
    markOf: (t) => (t as Target)?.mark ?? null,
    elementOf: (_, id) => ({ focus: () => focused.push(id) }) as unknown as HTMLElement,
    shows: shown,
    move: (id, key) => (key === 'ArrowRight' ? `${id}+1` : undefined),
  });
  ix.root = root;
  return { ix, focused };
}
const outside = { mark: undefined };
/** What the model asks of an event's target besides its mark: whether it is inside the card. */
const el = (t: Target) => t && { ...t, closest: (s: string) => (s === '.card' && t.card ? t : null) };
const target = (t: Target) => ({ target: el(t), relatedTarget: null, preventDefault() {} }) as never;
const move = (t: Target, pointerType = 'mouse') => ({ pointerType, target: t }) as never;
const out = (from: Target, to: Target) => ({ target: from, relatedTarget: to }) as never;
const key = (k: string, t: Target) =>
  ({ key: k, target: t, defaultPrevented: false, preventDefault() {} }) as unknown as KeyboardEvent;

describe('ChartInteraction', () => {
  it('opens a card on the mouse’s own movement over a mark, never a touch’s, and closes it when the mouse leaves', () => {
    const { ix } = setup();
    ix.pointermove(move({ mark: 'a' }, 'touch'));
    expect(ix.active).toBeNull();
    ix.pointermove(move({ mark: 'a' }));
    expect(ix.active).toBe('a');
    ix.pointerout(out({ mark: 'a' }, { mark: 'a' }));
    expect(ix.active).toBe('a');
    ix.pointerout(out({ mark: 'a' }, null));
    expect(ix.active).toBeNull();
  });

  it('shows the focused mark’s card, the hovered one first', () => {
    const { ix } = setup();
    ix.focusin(target({ mark: 'a' }));
    expect(ix.active).toBe('a');
    ix.pointermove(move({ mark: 'b' }));
    expect(ix.active).toBe('b');
    ix.pointermove(move(null));
    expect(ix.active).toBe('a');
    ix.focusout({ target: { mark: 'a' }, relatedTarget: null } as never);
    expect(ix.active).toBeNull();
  });

  it('pins with a click, keeps the pinned card over hovers, and closes it with a second click or on empty space', () => {
    const { ix } = setup();
    ix.click(target({ mark: 'a' }));
    expect([ix.pinned, ix.active, ix.expanded('a')]).toEqual(['a', 'a', true]);
    ix.pointermove(move({ mark: 'b' }));
    expect(ix.active).toBe('a');
    ix.click(target({ card: true }));
    expect(ix.pinned).toBe('a');
    ix.click(target(null));
    expect(ix.pinned).toBeNull();
    // A second click closes the card rather than leave it open as the hover card of the same mark.
    ix.click(target({ mark: 'b' }));
    ix.click(target({ mark: 'b' }));
    expect([ix.pinned, ix.active]).toEqual([null, null]);
    ix.pointermove(move({ mark: 'c' }));
    expect(ix.active).toBe('c');
  });

  it('pins with Enter or Space, and Escape closes and puts focus back on the mark', () => {
    const { ix, focused } = setup();
    for (const k of ['Enter', ' ']) {
      const e = key(k, { mark: 'a' });
      let prevented = false;
      e.preventDefault = () => (prevented = true);
      ix.keydown(e);
      expect([ix.pinned, prevented]).toEqual(['a', true]);
      ix.keydown(key('Escape', { card: true }));
      expect([ix.pinned, ix.active]).toEqual([null, null]);
      expect(focused.at(-1)).toBe('a');
    }
  });

  it('hides a hover or focus card with Escape until another mark is focused', () => {
    const { ix } = setup();
    ix.focusin(target({ mark: 'a' }));
    ix.keydown(key('Escape', { mark: 'a' }));
    expect([ix.active, ix.focused]).toEqual([null, 'a']);
    ix.focusin(target({ mark: 'b' }));
    expect(ix.active).toBe('b');
  });

  it('moves focus with the keys the chart uses', () => {
    const { ix, focused } = setup();
    ix.keydown(key('ArrowRight', { mark: 'a' }));
    expect(focused).toEqual(['a+1']);
    ix.keydown(key('ArrowUp', { mark: 'a' }));
    expect(focused).toEqual(['a+1']);
  });

  it('closes a pinned card when focus moves on to another part of the page', () => {
    const { ix } = setup();
    ix.click(target({ mark: 'a' }));
    ix.focusout({ target: { mark: 'a' }, relatedTarget: { card: true } } as never);
    expect(ix.pinned).toBe('a');
    ix.focusout({ target: { card: true }, relatedTarget: outside } as never);
    expect(ix.pinned).toBeNull();
  });

  it('draws no card for a mark the view hides', () => {
    let hidden = false;
    const { ix } = setup((id) => !(hidden && id === 'a'));
    ix.click(target({ mark: 'a' }));
    hidden = true;
    expect(ix.active).toBeNull();
  });
});

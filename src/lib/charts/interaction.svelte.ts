// How every chart's card opens and closes, written once. A chart names its marks (the focusable elements
// a card is about) by an attribute, wires the handlers below to its root element (the events bubble, so
// one listener each serves every mark), and draws `active` in a ChartCard:
//
//   hover     the mouse's own movement over a mark (`pointermove`, mouse only). Never `pointerover`: a
//             page scrolling under a resting mouse sends over and out events but no moves, and a card per
//             mark sliding past would open and shut in the middle of the scroll (docs/performance.md,
//             "A step change"; tests/browser/hover.test.ts). A tap pins with its click instead.
//   focus     keyboard focus on a mark shows its card, unpinned.
//   pin       a click, tap, Enter or Space pins the card (again: closes it); from the keyboard, focus
//             moves into the card, so its links are next with Tab.
//   close     Escape closes a pinned card and puts focus back on its mark, or hides a hover or focus
//             card (until another mark is hovered or focused); so does the card's Close button. A click
//             on empty space, or focus moving on to another part of the page, closes a pinned card.
//
// A pinned card takes focus and has a Close button; an unpinned one is `inert` (ChartCard).
import { tick } from 'svelte';

type Focusable = HTMLElement | SVGElement;

interface Options {
  /** The mark an event happened on: its id, or null outside every mark. */
  markOf: (target: EventTarget | null) => string | null;
  /** The focusable element of a mark, inside the chart's root. */
  elementOf: (root: HTMLElement, id: string) => Focusable | null;
  /** Whether the view shows a mark: a card about a mark the view hides is not drawn. */
  shows?: (id: string) => boolean;
  /** Keys that move focus between marks (arrows, Home, End): the mark to go to, null to stay, or
   * undefined for a key the chart does not use. */
  move?: (id: string, key: string) => string | null | undefined;
  /** Called when a mark gets keyboard focus (a chart with roving tab stops remembers it). */
  onfocus?: (id: string) => void;
}

/** Reads a mark's id from the nearest element carrying `attribute`. */
export const markAttribute =
  (attribute: string) =>
  (target: EventTarget | null): string | null =>
    (target as Element | null)?.closest?.(`[${attribute}]`)?.getAttribute(attribute) ?? null;

export class ChartInteraction {
  /** The chart's root element (bind:this): the handlers below are on it. */
  root = $state<HTMLElement>();
  /** The mark under the mouse, the mark with keyboard focus, and the mark whose card is pinned. */
  hovered = $state<string | null>(null);
  focused = $state<string | null>(null);
  pinned = $state<string | null>(null);
  /** The reader closed the card (Escape, Close, a second click): no hover or focus card opens again until
   * the mouse or focus moves to another mark. */
  #dismissed = $state(false);
  #options: Options;

  constructor(options: Options) {
    this.#options = options;
  }

  #shows = (id: string | null): id is string => id !== null && (this.#options.shows?.(id) ?? true);

  /** The mark whose card is open: the pinned one, else the one under the mouse, else the focused one. */
  get active(): string | null {
    if (this.#shows(this.pinned)) return this.pinned;
    if (this.#dismissed) return null;
    return [this.hovered, this.focused].find(this.#shows) ?? null;
  }

  /** Whether `id`'s card is pinned open (aria-expanded on the mark). */
  expanded = (id: string) => this.pinned === id;

  /** Pins `id`'s card, or closes it if it is pinned; `moveFocus` takes focus into the card. */
  pin(id: string, moveFocus = false) {
    if (this.pinned === id) {
      // Closed, not left open as the hover or focus card of the mark just clicked or tapped.
      this.pinned = null;
      this.#dismissed = true;
      return;
    }
    this.pinned = id;
    this.#dismissed = false;
    if (moveFocus) void tick().then(() => this.root?.querySelector<HTMLElement>('.card')?.focus());
  }

  /** Closes the pinned card and puts focus back on the mark it is about (whose focus card stays hidden). */
  close = () => {
    const back = this.pinned;
    this.pinned = null;
    this.hovered = null;
    if (back) this.focus(back);
    this.#dismissed = true;
  };

  /** Moves keyboard focus to a mark. */
  focus(id: string) {
    if (this.root) this.#options.elementOf(this.root, id)?.focus();
  }

  // The handlers, for the root element: onpointermove, onpointerout, onfocusin, onfocusout, onkeydown and
  // onclick. Each chart lists them: spread as one object, Svelte compiles the element's attributes through
  // its generic runtime path, 2–3 KB more in every chart's script.
  pointermove = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    const id = this.#options.markOf(e.target);
    if (id === this.hovered) return;
    this.hovered = id;
    this.#dismissed = false;
  };
  /** The mouse left a mark (or the page scrolled it away from under the mouse). */
  pointerout = (e: PointerEvent) => {
    if (this.hovered !== null && this.#options.markOf(e.relatedTarget) !== this.hovered) this.hovered = null;
  };
  focusin = (e: FocusEvent) => {
    const id = this.#options.markOf(e.target);
    if (id === null) return;
    if (id !== this.focused) this.#dismissed = false;
    this.focused = id;
    this.#options.onfocus?.(id);
  };
  focusout = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (this.#options.markOf(to) === null) this.focused = null;
    // Focus moved on to another part of the page (not to nowhere: a click on plain text, another window).
    if (to && !this.root?.contains(to)) this.pinned = null;
  };
  keydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      if (this.pinned) this.close();
      else if (this.active) this.#dismissed = true;
      return;
    }
    const id = this.#options.markOf(e.target);
    if (id === null) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.pin(id, true);
      return;
    }
    const next = this.#options.move?.(id, e.key);
    if (next === undefined) return;
    e.preventDefault();
    if (next !== null) this.focus(next);
  };
  click = (e: MouseEvent) => {
    const id = this.#options.markOf(e.target);
    if (id !== null) this.pin(id);
    else if (!(e.target as Element | null)?.closest?.('.card')) this.pinned = null;
  };
}

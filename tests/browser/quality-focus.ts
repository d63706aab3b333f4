// In-page helpers for the keyboard walk, installed with addInitScript: which controls a keyboard reader
// must reach, and a fingerprint of the styles that can show focus on an element.
export function installFocusProbe() {
  const w = window as unknown as Record<string, unknown>;
  const props = [
    'outline-style',
    'outline-width',
    'outline-color',
    'outline-offset',
    'box-shadow',
    'stroke',
    'stroke-width',
    'fill',
    'background-color',
    'color',
    'border-color',
    'text-decoration-line',
    'opacity',
  ];
  const one = (el: Element, pseudo?: string) => {
    const cs = getComputedStyle(el, pseudo);
    return props.map((p) => cs.getPropertyValue(p)).join('|');
  };
  /** The styles of an element, its ::before/::after, its first descendants and its parent. */
  w.__focusLook = (el: Element) =>
    [
      one(el),
      one(el, '::before'),
      one(el, '::after'),
      ...[...el.querySelectorAll('*')].slice(0, 30).map((d) => one(d)),
      el.parentElement ? one(el.parentElement) : '',
    ].join('\n');
  const lite = (el: Element) => {
    const cs = getComputedStyle(el);
    return [cs.outlineStyle, cs.stroke, cs.strokeWidth, cs.opacity, cs.visibility, cs.display, cs.fill].join(
      '|',
    );
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const lookAround = (el: Element) => {
    const root = el.closest('svg') ?? el.parentElement ?? el;
    return [
      (w.__focusLook as (e: Element) => string)(el),
      ...[...root.querySelectorAll('*')].slice(0, 3000).map(lite),
    ].join('\n');
  };
  /**
   * Step 1 of checking that the walk's i-th stop shows focus in anything drawn near it (the element, or
   * any element of the SVG or box around it, e.g. a chart that draws its focus ring as a separate shape):
   * note how it looks with nothing focused, then focus the stop before it, so that a real Tab (which
   * makes :focus-visible apply) lands on it.
   */
  w.__beforeTab = async (i: number) => {
    const walk = w.__walk as HTMLElement[];
    (document.activeElement as HTMLElement | null)?.blur();
    await frame();
    if (!walk[i]?.isConnected) return false;
    w.__blurredLook = lookAround(walk[i]);
    walk[i - 1]?.focus({ preventScroll: true });
    return true;
  };
  /** Step 2, after the Tab: whether anything drawn changed, or null if the Tab landed elsewhere. */
  w.__afterTab = async (i: number) => {
    const el = (w.__walk as Element[])[i];
    if (document.activeElement !== el) return null;
    await frame();
    return lookAround(el) !== w.__blurredLook;
  };
  /**
   * The keyboard walk, recorded as the reader's Tabs land (on each Tab's keyup, once focus has moved), so
   * that the test can press Tab many times between two looks at the page: a stop per Tab, focus stuck on
   * one element (a trap), focus falling back to the document after an element (lost), focus inside an
   * SVG <use> copy. Done when focus wraps to the first stop, leaves the page twice in a row, or is stuck
   * more than three times.
   */
  w.__startTabWalk = () => {
    const walk = {
      stops: [] as { desc: string; outline: boolean; size: number }[],
      traps: [] as string[],
      lost: [] as string[],
      clones: [] as string[],
      outs: 0,
      done: false,
    };
    const els = [] as Element[];
    w.__walk = els;
    w.__tabWalk = walk;
    const describe = w.__describe as (el: Element) => string;
    const hasOutline = w.__hasOutline as (el: Element) => boolean;
    const onTab = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || walk.done) return;
      const el = document.activeElement;
      // Past the last control Chromium puts focus on the document; the next Tab wraps to the first.
      if (!el || el === document.body || el === document.documentElement) {
        if (++walk.outs > 1 || walk.stops.length === 0) walk.done = true;
        return;
      }
      if (els[0] === el) {
        walk.done = true;
        return;
      }
      const desc = describe(el);
      if (walk.outs > 0) walk.lost.push(walk.stops.at(-1)!.desc);
      walk.outs = 0;
      if (els.at(-1) === el) walk.traps.push(desc);
      if (el.tagName.toLowerCase() === 'use') walk.clones.push(desc);
      if (walk.traps.length > 3) walk.done = true;
      const r = el.getBoundingClientRect();
      els.push(el);
      walk.stops.push({ desc, outline: hasOutline(el), size: r.width * r.height });
      if (walk.done) removeEventListener('keyup', onTab, true);
    };
    addEventListener('keyup', onTab, true);
  };
  w.__csp = [] as string[];
  document.addEventListener('securitypolicyviolation', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    const cls = t
      ?.getAttribute('class')
      ?.split(/\s+/)
      .filter((c) => !c.startsWith('svelte-'))
      .join('.');
    (w.__csp as string[]).push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on <${t?.tagName.toLowerCase() ?? '?'}${cls ? '.' + cls : ''}>`,
    );
  });
  w.__hasOutline = (el: Element) => {
    const cs = getComputedStyle(el);
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
  };
  w.__describe = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50);
    const href = el.tagName.toLowerCase() === 'use' ? `[href="${el.getAttribute('href')}"]` : '';
    const id = (el.id ? `#${el.id}` : '') + href;
    const cls = el
      .getAttribute('class')
      ?.split(/\s+/)
      .filter((c) => !c.startsWith('svelte-'))
      .slice(0, 2)
      .join('.');
    return `<${el.tagName.toLowerCase()}${id}${cls ? '.' + cls : ''}> "${text}"`;
  };
  /** Controls a keyboard reader must be able to reach, as the page shows them now. */
  w.__controls = () =>
    [
      ...document.querySelectorAll(
        'a[href], button, summary, input, select, textarea, [tabindex="0"], [contenteditable="true"]',
      ),
    ].filter((el) => {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
      if (el.getAttribute('tabindex') === '-1') return false;
      if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return false;
      return el.checkVisibility({
        visibilityProperty: true,
        opacityProperty: false,
      } as CheckVisibilityOptions);
    });
}

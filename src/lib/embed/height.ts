// Talks to a host page in pym.js's message format ("pym" xPYMx id xPYMx type xPYMx value), so a host that
// runs pym's parent script sizes the iframe with no code of ours. It never reads the host's address or
// title (pym's parent offers them in the query string; we ignore them).
import { beforePaint } from '$lib/schedule';

const DELIMITER = 'xPYMx';

export const pymMessage = (id: string, type: string, value: string) =>
  ['pym', id, type, value].join(DELIMITER);

/** The type and value of a pym message for `id`, or null for anything else. */
export function parsePymMessage(data: unknown, id: string): { type: string; value: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
  return { type: parts[2], value: parts[3] };
}

/** Height the host must give the iframe: the content's box plus its vertical margins, rounded up. */
export function contentHeight(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const margins = parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return Math.ceil(el.getBoundingClientRect().height + margins);
}

/**
 * Sends the content's height to the parent whenever it changes (ResizeObserver, no polling), and again
 * when the host reports a new width. Returns the teardown. Does nothing when not framed.
 */
export function reportHeight(content: HTMLElement, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const id = new URLSearchParams(win.location.search).get('childId') ?? '';
  let last = -1;
  const send = () => {
    const h = contentHeight(content);
    if (h === last) return;
    last = h;
    win.parent.postMessage(pymMessage(id, 'height', String(h)), '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  const onMessage = (e: MessageEvent) => {
    const msg = parsePymMessage(e.data, id);
    // The host's column changed: layout follows the new width, then the observer fires; resend anyway
    // in case the height came out the same but the host lost track of it.
    if (msg?.type === 'width') {
      last = -1;
      beforePaint(send);
    }
  };
  win.addEventListener('message', onMessage);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}

import type { ContentContext } from './content-context';

/** Used only when the browser has no Navigation API (Firefox before it shipped there). */
export const POLL_MS = 200;

/** The part of the Navigation API used here (TypeScript's DOM library does not have it yet). */
type NavigationTarget = Pick<EventTarget, 'addEventListener'>;

/**
 * Calls `onChange` after every in-app change of `location.href`: the page's own history.pushState
 * and replaceState, back and forward, and hash changes.
 *
 * The page's history calls happen in its main world, where this isolated world cannot wrap them,
 * and they change no DOM by themselves. The Navigation API's `currententrychange` is an event on a
 * DOM object, so it reaches our listener whichever world called pushState, and costs nothing while
 * the URL stays put. Without it, a 200 ms poll (one string comparison per tick) does the same; in
 * page-load profiles those ten ticks per two seconds were about 1 ms of the content script's time.
 */
export function watchLocation(ctx: ContentContext, onChange: () => void, win: Window = window): void {
  let href = win.location.href;
  const check = () => {
    if (win.location.href === href) return;
    href = win.location.href;
    onChange();
  };
  const navigation = (win as Window & { navigation?: NavigationTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    ctx.addEventListener(navigation as EventTarget, 'currententrychange', check);
  } else {
    ctx.setInterval(check, POLL_MS);
  }
}

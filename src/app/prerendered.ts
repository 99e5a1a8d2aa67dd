// Whether the document holds a page prerendered at build time, and for this URL.
// The build marks the root with the path it rendered (`data-prerendered`, no trailing
// slash, as the app's own links have it). A static host serves that page at
// ".../roles/<id>/" too: the slash is dropped from the address first, so the router
// sees the very URL the HTML was rendered for. A query string (view options) may
// change what the app shows: such a URL renders afresh over the prerendered text.
import type { AppState } from './app';

export type Prerendered = 'none' | 'this-page' | 'other-page';

export function prerenderedFor(root: HTMLElement, location: Location, history: History): Prerendered {
  const path = root.dataset.prerendered;
  if (path === undefined || !root.firstChild) return 'none';
  if (location.pathname !== path && location.pathname.replace(/\/+$/, '') === path) {
    history.replaceState(history.state, '', `${path}${location.search}${location.hash}`);
  }
  return location.pathname === path && location.search === '' ? 'this-page' : 'other-page';
}

/**
 * Before hydrating: TanStack Router renders its root without Suspense boundaries on
 * the server, and in the browser only when it knows it takes over server markup
 * (`router.ssr`). Setting it makes the browser's tree the server's; the route is
 * already loaded (settleApp), which is what the router would otherwise do first.
 */
export function adoptServerMarkup(state: AppState): void {
  if ('router' in state) state.router.ssr ??= { manifest: undefined };
}

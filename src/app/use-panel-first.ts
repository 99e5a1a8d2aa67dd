// Click → panel in one frame: a role picked on the ladder shows in the panel at once,
// and the navigation to its address (history entry, route match, the whole page's
// re-render) follows once that frame has been painted and the browser is idle. Until the route has moved
// off the role it was on at the click, the page shows the picked role; any route
// change after that (the picked role arriving, or back/forward) makes the route's
// role the one shown again. A second pick before the first navigation replaces it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

const IDLE_TIMEOUT_MS = 150;

/**
 * Once the next frame has gone to the screen and the browser is idle (other work
 * the frame queued, such as the canvas's deferred highlight, goes first); at the
 * latest IDLE_TIMEOUT_MS after that frame. Returns a cancel function.
 */
function afterNextPaint(run: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => (idle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })));
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/**
 * The role to show (`routeRoleId` unless a pick is on its way), the pick function, and
 * `drop` (closing the panel: forget a pick whose navigation has not happened yet).
 */
export function usePanelFirst(routeRoleId: string | undefined, navigateTo: (roleId: string) => void): [string | undefined, (roleId: string) => void, () => void] {
  const [picked, setPicked] = useState<{ id: string; from: string | undefined } | null>(null);
  // The route has moved since the pick (to the picked role, or elsewhere by back/forward):
  // the route says what to show from now on, even if it comes back to where the pick was made.
  if (picked && picked.from !== routeRoleId) setPicked(null);
  const route = useRef(routeRoleId);
  const go = useRef(navigateTo);
  useLayoutEffect(() => {
    route.current = routeRoleId;
    go.current = navigateTo;
  });
  const cancel = useRef<(() => void) | null>(null);
  const drop = useCallback(() => {
    cancel.current?.();
    cancel.current = null;
    setPicked(null);
  }, []);
  // another navigation got there first (back, a link): the pick's own would undo it
  useEffect(() => {
    cancel.current?.();
    cancel.current = null;
  }, [routeRoleId]);
  useEffect(() => () => cancel.current?.(), []);

  const pick = useCallback(
    (id: string) => {
      drop();
      if (id === route.current) return;
      setPicked({ id, from: route.current });
      cancel.current = afterNextPaint(() => {
        cancel.current = null;
        go.current(id);
      });
    },
    [drop],
  );
  return [picked && picked.from === routeRoleId ? picked.id : routeRoleId, pick, drop];
}

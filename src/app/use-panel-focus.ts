// Where keyboard focus goes when the role panel opens or closes: opening a role
// (by Enter, a click, a search pick, back/forward) moves focus to the panel's
// heading, so a screen reader reads the role and Tab continues in the panel;
// closing it returns focus to the role on the ladder (graph node or list link).
// A deep link opening on a role leaves focus alone (at the top of the page).
import { useEffect } from 'react';

const heading = () => document.querySelector<HTMLElement>('aside[aria-label="Role details"] h2');
const roleOnLadder = (id: string) =>
  document.querySelector<HTMLElement>(`#ladder .react-flow__node[data-id=${JSON.stringify(id)}], #ladder a[data-role-id=${JSON.stringify(id)}]`);

function focusHeading(el: HTMLElement) {
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus({ preventScroll: false });
}

/**
 * The role the ladder last showed, across route changes (the role, family and home
 * routes each mount their own page); undefined before the first ladder of this visit.
 */
let shown: { roleId: string | undefined } | undefined;

export function useFocusOnOpenAndClose(roleId: string | undefined): void {
  useEffect(() => {
    const prev = shown?.roleId;
    const first = !shown;
    shown = { roleId };
    if (first || roleId === prev) return;
    let frame = 0;
    let handle = 0;
    let watching = true;
    let placed = false;
    const stop = () => (watching = false);
    window.addEventListener('pointerdown', stop, { once: true });
    const started = performance.now();
    const step = () => {
      if (!watching) return;
      frame++;
      if (roleId) {
        // the heading can be replaced once the role's text arrives: follow it while focus is lost
        const h = heading();
        if (h && (!placed || document.activeElement === document.body || !document.activeElement)) {
          focusHeading(h);
          placed = true;
        }
        if (performance.now() - started < 3000) handle = requestAnimationFrame(step);
      } else {
        const el = prev ? roleOnLadder(prev) : null;
        if (el) el.focus();
        else if (frame < 60) handle = requestAnimationFrame(step);
      }
    };
    handle = requestAnimationFrame(step);
    return () => {
      watching = false;
      cancelAnimationFrame(handle);
      window.removeEventListener('pointerdown', stop);
    };
  }, [roleId]);
}

// A panel opened by a click paints its first screen in the click's frame and the rest
// of its text one frame later: the long lists are most of its DOM (and of the style,
// layout and paint the click waits for) and are below the fold anyway. Opened any
// other way (an address, the server's prerender, hydration) it is whole at once.
import { startTransition, useEffect, useState } from 'react';

/** How many of the role's own list items the first frame shows (about a screen with the facts above them). */
export const FIRST_SCREEN_ITEMS = 6;

/** False for the first frame of a panel opened with `firstScreenFirst`, then true. */
export function useWholePanel(firstScreenFirst: boolean): boolean {
  const [whole, setWhole] = useState(!firstScreenFirst);
  useEffect(() => {
    if (whole) return;
    // after the frame that shows the first screen has been painted
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => startTransition(() => setWhole(true));
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(show, 0))) : undefined;
    if (frame === undefined) timer = setTimeout(show, 0);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [whole]);
  return whole;
}

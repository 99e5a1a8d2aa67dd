// React side of first-view.ts: while `active` (a view that paints after its first
// render is on screen), the first view waits; the returned callback says it painted.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { holdFirstView } from './first-view';

export function useFirstViewHold(active: boolean): () => void {
  const release = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    if (!active) return;
    const done = holdFirstView();
    release.current = done;
    return () => {
      done();
      release.current = null;
    };
  }, [active]);
  return useCallback(() => release.current?.(), []);
}

// Whether a CSS media query matches now, kept up to date as the window changes
// (rotation, resizing, a mouse plugged in). Server-safe: false without matchMedia.
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = typeof window !== 'undefined' ? window.matchMedia?.(query) : undefined;
      list?.addEventListener?.('change', onChange);
      return () => list?.removeEventListener?.('change', onChange);
    },
    () => (typeof window !== 'undefined' ? (window.matchMedia?.(query).matches ?? false) : false),
    () => false,
  );
}

/** Below this width the ladder opens as a list and the graph drops its minimap. */
export const NARROW = '(max-width: 639.98px)';
/** No precise pointer to hover and shift-click with: a touch screen. */
export const TOUCH = '(hover: none), (pointer: coarse)';

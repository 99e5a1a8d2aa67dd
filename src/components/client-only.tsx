// Renders `first` (default: `fallback`) on the server and during hydration, and
// `children` (with `fallback` while they load) once mounted in a browser. For parts that only make sense with a live DOM (the React Flow canvas,
// a lazy chunk): a prerendered page shows the fallback, and the browser's first
// render matches it, so hydration neither mismatches nor suspends on a chunk.
import { Suspense, useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => {};

export function ClientOnly({ fallback, first = fallback, children }: { fallback: ReactNode; first?: ReactNode; children: ReactNode }) {
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return mounted ? <Suspense fallback={fallback}>{children}</Suspense> : first;
}

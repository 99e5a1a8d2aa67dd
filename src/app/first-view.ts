// When the first view is on screen: the moment work nobody is waiting for (the
// index's schema check, main.tsx) may start, so its bytes and its CPU never come
// before the first paint. The root layout says when the first route has rendered
// (`firstViewRendered`); a view that paints later than that render (the ladder
// canvas: a lazy chunk, then React Flow sets its viewport) holds the moment until it
// has painted (`holdFirstView`, released when painted or when the view goes away).
// The wait is capped (CAP_MS from the first `afterFirstView`), so the deferred work
// runs even when the first route never renders (a view that throws on a bad index).

const CAP_MS = 10_000;

let rendered = false;
let holds = 0;
let shown = false;
const waiting: (() => void)[] = [];

/** A task after the next frame has gone to the screen. */
function afterNextFrame(run: () => void) {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

function show() {
  if (shown) return;
  shown = true;
  afterNextFrame(() => waiting.splice(0).forEach((run) => run()));
}

function settle() {
  if (rendered && holds === 0) show();
}

/** Runs `run` once the first view has painted (at once, after a frame, if it already has). */
export function afterFirstView(run: () => void): void {
  if (shown) return afterNextFrame(run);
  if (waiting.push(run) === 1) setTimeout(show, CAP_MS);
}

/** The first route has rendered (its effects ran): the first view is done unless a view holds it. */
export function firstViewRendered(): void {
  if (rendered) return;
  rendered = true;
  settle();
}

/** A view that paints later than its first render; call the returned function once it has painted (or is gone). */
export function holdFirstView(): () => void {
  if (shown) return () => {};
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    settle();
  };
}

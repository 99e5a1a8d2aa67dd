// In-page probes for the Chromium benchmark, as plain JavaScript text so they run
// unchanged in the page. Everything is timed with the page's own Performance API:
// marks on performance's timeline, input events' `timeStamp` (same timeline),
// PerformanceObserver for long tasks and event timing, requestAnimationFrame for
// "the next frame". "Painted" = a task queued from the rAF callback, which runs
// after that frame has been handed to the compositor.

/** Installed before any page script (page.addInitScript). */
export const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = { longtasks: [], events: [], frames: null });
  const observe = (type, fn, extra) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra }); } catch (e) { bench['no_' + type] = String(e); }
  };
  observe('longtask', (e) => bench.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('event', (e) => bench.events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 }), { durationThreshold: 16 });

  // Ladder visible: the first role node React Flow has measured and shown.
  const shown = () => {
    // role nodes only: grade bands are React Flow nodes too and show before any role
    for (const n of document.querySelectorAll('.react-flow__node-role')) {
      if (n.style.visibility === 'hidden') continue;
      const r = n.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth) return true;
    }
    return false;
  };
  let seen = false;
  const check = () => {
    if (seen || !shown()) return;
    seen = true;
    mo.disconnect();
    performance.mark('rungs:ladder-dom');
    requestAnimationFrame(() => { performance.mark('rungs:ladder-frame'); setTimeout(() => performance.mark('rungs:ladder-painted'), 0); });
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
})();`;

/** Marks and navigation timing after the ladder showed (null when it never did). */
export const READ_NAVIGATION = `(() => {
  const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  return {
    ladderDom: mark('rungs:ladder-dom'),
    ladderFrame: mark('rungs:ladder-frame'),
    ladderPainted: mark('rungs:ladder-painted'),
    fcp,
    responseEnd: nav ? nav.responseEnd : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
    resources: performance.getEntriesByType('resource').filter((r) => r.startTime <= (mark('rungs:ladder-painted') ?? Infinity)).map((r) => r.name),
    longtasks: window.__bench.longtasks,
  };
})()`;

export const PANEL_HEADING = 'aside[aria-label="Role details"] h2, #role-title';

/**
 * Arms a probe for "click → panel shows a different role": the click's event
 * timeStamp starts it; the first DOM mutation after which the panel heading
 * differs from `before` ends "dom"; the next frame and the task after it end
 * "frame" and "painted". Resolves null after `timeout` ms.
 */
export const ARM_PANEL = (before: string | null, timeout: number) => `(() => {
  const before = ${JSON.stringify(before)};
  let clickAt = null;
  document.addEventListener('click', (e) => { clickAt = e.timeStamp; }, { capture: true, once: true });
  window.__bench.panel = new Promise((resolve) => {
    const heading = () => document.querySelector(${JSON.stringify(PANEL_HEADING)});
    const timer = setTimeout(() => { mo.disconnect(); resolve(null); }, ${timeout});
    const mo = new MutationObserver(() => {
      const h = heading();
      if (clickAt === null || !h || h.textContent === before) return;
      const dom = performance.now();
      mo.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => { const frame = performance.now(); setTimeout(() => resolve({ click: clickAt, dom, frame, painted: performance.now(), title: h.textContent }), 0); });
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return true;
})()`;

/** Same idea for one search keystroke: keydown → the options list changes → next frame. */
export const ARM_KEY = (listbox: string, timeout: number) => `(() => {
  let keyAt = null;
  document.addEventListener('keydown', (e) => { keyAt = e.timeStamp; }, { capture: true, once: true });
  window.__bench.key = new Promise((resolve) => {
    const timer = setTimeout(() => { mo.disconnect(); resolve(keyAt === null ? null : { key: keyAt, dom: null }); }, ${timeout});
    const mo = new MutationObserver(() => {
      if (keyAt === null || !document.querySelector(${JSON.stringify(listbox)})) return;
      const dom = performance.now();
      mo.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => { const frame = performance.now(); setTimeout(() => resolve({ key: keyAt, dom, frame, painted: performance.now() }), 0); });
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return true;
})()`;

/** Role nodes whose centre is really clickable (not under the panel, minimap or controls). */
export const CLICKABLE_ROLES = `(() => {
  const out = [];
  for (const n of document.querySelectorAll('.react-flow__node-role')) {
    const r = n.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (r.width < 8 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
    const hit = document.elementFromPoint(x, y);
    if (hit && hit.closest('.react-flow__node') === n) out.push({ id: n.getAttribute('data-id'), x, y });
  }
  return out;
})()`;

/** A point on the empty pane (for dragging) near the middle of the canvas, and the canvas box. */
export const PANE_POINT = `(() => {
  const flow = document.querySelector('.react-flow');
  if (!flow) return null;
  const b = flow.getBoundingClientRect();
  for (let i = 0; i < 400; i++) {
    const fx = 0.5 + ((i % 20) - 10) / 24, fy = 0.5 + (Math.floor(i / 20) - 10) / 24;
    const x = b.left + b.width * fx, y = b.top + b.height * fy;
    const hit = document.elementFromPoint(x, y);
    if (hit && hit.closest('.react-flow__pane') && !hit.closest('.react-flow__node, .react-flow__panel, .react-flow__minimap, .react-flow__controls')) return { x, y, box: { left: b.left, top: b.top, width: b.width, height: b.height } };
  }
  return null;
})()`;

export const VIEWPORT_TRANSFORM = `document.querySelector('.react-flow__viewport')?.style.transform ?? null`;

/** Starts recording frame times and clears long tasks seen so far. */
export const START_RECORDING = `(() => {
  const bench = window.__bench;
  bench.since = performance.now();
  bench.frames = [];
  const tick = (t) => { if (bench.frames) { bench.frames.push(t); requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  return document.querySelectorAll('.react-flow__node').length;
})()`;

export const STOP_RECORDING = `(() => {
  const bench = window.__bench;
  const frames = bench.frames || [];
  bench.frames = null;
  const until = performance.now();
  return { since: bench.since, until, frames, longtasks: bench.longtasks.filter((t) => t.start >= bench.since), nodes: document.querySelectorAll('.react-flow__node').length };
})()`;

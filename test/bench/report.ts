// Turns the benchmark results (results.json) into REPORT.md: a summary table of
// each figure against its target from issue 6 (met, or missed by how much), then
// the absolute figures of each part for context. Pure: results in, Markdown out.
import type { BrowserBench } from './browser.ts';
import type { BundleSize } from './bundle.ts';
import type { Results } from './run.ts';
import { median, round } from './util.ts';

type Na = { na: string };
const na = (v: unknown): v is Na => typeof v === 'object' && v !== null && 'na' in v;

/** "met" or "missed by …" for an upper bound. */
function verdict(value: number | null | undefined, limit: number, unit: string, strict = false): string {
  if (value === null || value === undefined) return 'n/a';
  const ok = strict ? value < limit : value <= limit;
  const u = unit === '' || unit === '×' ? unit : ` ${unit}`;
  if (ok) return `met (${round(limit - value, 2)}${u} to spare)`;
  return `**missed** by ${round(value - limit, 2)}${u} (${round(value / limit, 2)}× the target)`;
}

const ms = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : `${n} ms`);
const byName = <T extends { name: string }>(list: T[] | undefined, name: string) => list?.find((x) => x.name === name);

function browserCell<K extends keyof BrowserBench>(b: BrowserBench | undefined, key: K, pick: (v: Exclude<BrowserBench[K], Na>) => number | null): { value: number | null; text: string } {
  if (!b) return { value: null, text: 'not run' };
  const v = b[key];
  if (na(v)) return { value: null, text: `n/a: ${v.na}` };
  const value = pick(v as Exclude<BrowserBench[K], Na>);
  return { value, text: ms(value) };
}

function summary(r: Results): string[] {
  const rows: string[][] = [];
  const c = r.compile?.value;
  if (c) {
    rows.push(['Compile corpus ÷ bare parse (wall, median)', `${c.compileMedianMs} ms ÷ ${c.parseMedianMs} ms = **${c.ratio}×**`, '≤ 1.5×', verdict(c.ratio, 1.5, '×')]);
    rows.push(['Compile corpus ÷ bare parse (CPU time, median)', `${c.compileCpuMedianMs} ms ÷ ${c.parseCpuMedianMs} ms = **${c.cpuRatio}×**`, '≤ 1.5×', verdict(c.cpuRatio, 1.5, '×')]);
    rows.push(['Compile throughput; peak RSS compile ÷ parse', `${c.filesPerSecond.compile} files/s (bare parse ${c.filesPerSecond.parse}); ${c.memory.compileMaxRssMB} MB ÷ ${c.memory.parseMaxRssMB} MB = ${c.memory.ratio}×`, '—', '—']);
  }
  const s = r.scaling?.value;
  if (s) {
    const steps = s.steps.map((x) => `${x.factor}×: ${x.ms} ms`).join(', ');
    const cpuSteps = s.steps.flatMap((x) => (x.cpuStepRatio === null ? [] : [x.cpuStepRatio]));
    const worstCpu = cpuSteps.length ? Math.max(...cpuSteps) : null;
    rows.push(['Scaling: worst doubling, wall-time ratio ÷ size ratio', `**${s.worstStepRatio}** (${steps}); ms/file at ${s.factors.at(-1)}× ÷ at 1× = ${s.perFileGrowth}`, 'linear (≤ 1.25 per doubling)', verdict(s.worstStepRatio, 1.25, '')]);
    const cpuPerFile = s.steps.length > 1 ? round(s.steps.at(-1)!.cpuMs / s.steps.at(-1)!.files / (s.steps[0]!.cpuMs / s.steps[0]!.files), 2) : null;
    rows.push(['Scaling: worst doubling, CPU-time ratio ÷ size ratio', `**${worstCpu ?? 'n/a'}** (${s.steps.map((x) => `${x.factor}×: ${x.cpuMs} ms`).join(', ')}); CPU per file at ${s.factors.at(-1)}× ÷ at 1× = ${cpuPerFile ?? 'n/a'}`, 'linear (≤ 1.25 per doubling)', verdict(worstCpu, 1.25, '')]);
  }
  const seedsBundle = byName(r.bundle?.value, 'seeds');
  const corpusBundle = byName(r.bundle?.value, 'corpus');
  const seedsB = byName(r.browser?.value, 'seeds');
  const corpusB = byName(r.browser?.value, 'corpus');
  const loaded = (b: BrowserBench | undefined) => (b && !na(b.navigation) ? b.navigation.loadedGzipKB : null);
  if (seedsBundle?.ok) rows.push(['First view JS+CSS gzip, seeds: entry + static imports', `**${seedsBundle.firstView.totalGzipKB} KB**`, '< 200 KB', verdict(seedsBundle.firstView.totalGzipKB, 200, 'KB', true)]);
  if (loaded(seedsB) !== null) rows.push(['First view JS+CSS gzip, seeds: all loaded until the ladder is painted (adds the lazy canvas chunk)', `**${loaded(seedsB)} KB**`, '< 200 KB', verdict(loaded(seedsB), 200, 'KB', true)]);
  if (corpusBundle?.ok) {
    const ratio = seedsBundle?.ok ? ` = ${round(corpusBundle.firstView.totalGzipKB / seedsBundle.firstView.totalGzipKB, 1)}× seeds` : '';
    rows.push(['First view JS+CSS gzip, corpus build', `**${corpusBundle.firstView.totalGzipKB} KB**${ratio}${loaded(corpusB) !== null ? `; all loaded until the ladder is painted: ${loaded(corpusB)} KB` : ''}`, '— (the 200 KB budget is for seeds)', '—']);
  } else if (corpusBundle) rows.push(['First view JS+CSS gzip, corpus build', `n/a: ${corpusBundle.error}`, '—', 'n/a']);

  if (r.browser) {
    const navS = browserCell(seedsB, 'navigation', (v) => v.medianMs);
    const navC = browserCell(corpusB, 'navigation', (v) => v.medianMs);
    const navRatio = navS.value && navC.value ? ` (corpus ÷ seeds = ${round(navC.value / navS.value, 2)}×)` : '';
    rows.push(['Navigation → ladder painted (median of cold loads)', `seeds ${navS.text}; corpus ${navC.text}${navRatio}`, '—', '—']);
    const clickS = browserCell(seedsB, 'click', (v) => v.medianPaintedMs);
    const clickC = browserCell(corpusB, 'click', (v) => v.medianPaintedMs);
    rows.push(['Click role → panel painted, seeds (median)', clickS.text, '≤ 16 ms', verdict(clickS.value, 16, 'ms')]);
    rows.push(['Click role → panel painted, corpus (median)', clickC.text, '≤ 33 ms', verdict(clickC.value, 33, 'ms')]);
    const keyS = browserCell(seedsB, 'search', (v) => v.medianMs);
    const keyC = browserCell(corpusB, 'search', (v) => v.medianMs);
    rows.push(['Search keystroke → options painted, seeds (median)', keyS.text, '≤ 16 ms', verdict(keyS.value, 16, 'ms')]);
    rows.push(['Search keystroke → options painted, corpus (median)', keyC.text, '≤ 50 ms', verdict(keyC.value, 50, 'ms')]);
    const count = (b: BrowserBench | undefined) => (b && !na(b.pan) ? ` (${b.pan.longTasks} long tasks; ${b.pan.nodes} nodes in the DOM)` : '');
    const panS = browserCell(seedsB, 'pan', (v) => v.longestTaskMs);
    const panC = browserCell(corpusB, 'pan', (v) => v.longestTaskMs);
    rows.push(['Longest task while panning and zooming, seeds', panS.text + count(seedsB), '—', '—']);
    rows.push(['Longest task while panning and zooming, corpus', panC.text + count(corpusB), 'none > 50 ms', verdict(panC.value, 50, 'ms')]);
  }
  const a = r.adversarial?.value;
  if (a) {
    const worst = (key: 'timeRatio' | 'memoryRatio') => a.cases.reduce((w, c) => (c[key] > w[key] ? c : w));
    rows.push(['Adversarial pages: worst compile time ÷ ordinary page of the same size', `**${a.worstTimeRatio}×** (${worst('timeRatio').name}); CPU ${a.worstCpuRatio}×`, '≤ 3×', verdict(a.worstTimeRatio, 3, '×')]);
    rows.push(['Adversarial pages: worst peak memory ÷ ordinary page of the same size', `**${a.worstMemoryRatio}×** (${worst('memoryRatio').name})`, '≤ 3×', verdict(a.worstMemoryRatio, 3, '×')]);
  }
  rows.push(...waitRows(r));
  return ['| Figure | Measured | Target | Verdict |', '|---|---|---|---|', ...rows.map((row) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)];
}

function compileSection(r: Results): string[] {
  const c = r.compile?.value;
  if (!c) return [];
  return [
    '## 1. Compile vs bare parse',
    `_${r.compile!.measuredAt}; ${r.compile!.machine}_`,
    '',
    `Corpus: ${c.files} files, ${round(c.bytes / 1024 / 1024, 2)} MB → ${c.families} families, ${c.roles} roles, ${c.diagnostics} diagnostics.`,
    `Bare parse = read the files + gray-matter front matter + \`fromMarkdown\` with micromark-extension-gfm / mdast-util-gfm (the compiler's own parser and extensions). Compile = read the files + \`compilePages\`. One warm-up of each, then ${c.repetitions} alternating repetitions (parse first, then compile first, …) in one process.`,
    '',
    '| | runs (wall ms) | median wall | median CPU | files/s | peak RSS (fresh process) |',
    '|---|---|---|---|---|---|',
    `| bare parse | ${c.parseMs.join(', ')} | ${c.parseMedianMs} ms | ${c.parseCpuMedianMs} ms | ${c.filesPerSecond.parse} | ${c.memory.parseMaxRssMB} MB |`,
    `| compile | ${c.compileMs.join(', ')} | ${c.compileMedianMs} ms | ${c.compileCpuMedianMs} ms | ${c.filesPerSecond.compile} | ${c.memory.compileMaxRssMB} MB |`,
    `| ratio | | **${c.ratio}×** | **${c.cpuRatio}×** | | ${c.memory.ratio}× |`,
    '',
    `Reading the files alone peaks at ${c.memory.readOnlyMaxRssMB} MB RSS (Node + tsx + the loaded modules). CPU time counts every thread of the process (GC included) and is less disturbed than wall time by other work on a shared machine.`,
    '',
  ];
}

function scalingSection(r: Results): string[] {
  const s = r.scaling?.value;
  if (!s) return [];
  return [
    '## 2. Scaling',
    `_${r.scaling!.measuredAt}; ${r.scaling!.machine}_`,
    '',
    `The corpus copied in memory: copy k lives under \`copy-k/\` and its front-matter title starts with "Copy k", so every copy adds distinct families. One warm-up, then ${s.repetitions} run(s) per size. Step ratio = (time ÷ previous time) ÷ (size ÷ previous size); 1.00 is linear.`,
    '',
    '| size | files | families | roles | wall | CPU | ms/file | step ratio (wall) | step ratio (CPU) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...s.steps.map((x) => `| ${x.factor}× | ${x.files} | ${x.families} | ${x.roles} | ${x.ms} ms | ${x.cpuMs} ms | ${x.msPerFile} | ${x.stepRatio ?? '—'} | ${x.cpuStepRatio ?? '—'} |`),
    '',
  ];
}

function adversarialSection(r: Results): string[] {
  const a = r.adversarial?.value;
  if (!a) return [];
  const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
  return [
    '## 5. Adversarial pages',
    `_${r.adversarial!.measuredAt}; ${r.adversarial!.machine}_`,
    '',
    `Each pathological page of issue 10 (generated by \`test/compiler/adversarial-pages.ts\`; the 64–128 KB kinds at ${a.sizeKB} KB) against an ordinary ladder page of the same size (pages over the 512 KB limit are refused unread, so theirs is an ordinary page at the limit). Each side runs in a fresh process: a warm-up compile, then ${a.repetitions} compiles, median kept; memory is the process's peak RSS (Node, tsx and the compiler included, about 100 MB before any page). Outcome = the warning and error codes naming the page.`,
    '',
    '| page | size | time (ms) bad ÷ ordinary | CPU | peak RSS (MB) bad ÷ ordinary | outcome | roles, edges, diagnostics, graph |',
    '|---|---|---|---|---|---|---|',
    ...a.cases.map(
      (c) =>
        `| ${c.name}: ${c.what.replace(/\|/g, '\\|')} | ${kb(c.bytes)} | ${c.bad.ms} ÷ ${c.ordinary.ms} = **${c.timeRatio}×** | ${c.cpuRatio}× | ${round(c.bad.maxRssKB / 1024)} ÷ ${round(c.ordinary.maxRssKB / 1024)} = **${c.memoryRatio}×** | ${c.bad.codes.join(', ') || 'read'} | ${c.bad.roles}, ${c.bad.edges}, ${c.bad.diagnostics}, ${c.bad.jsonKB} KB |`,
    ),
    '',
  ];
}

function bundleRows(b: BundleSize): string[] {
  if (!b.ok) return [`### ${b.name}: build failed`, '', '```', b.error ?? '', '```', ''];
  return [
    `### ${b.name} (build ${b.buildMs} ms)`,
    '',
    '| first-view file | raw | gzip |',
    '|---|---|---|',
    ...b.firstView.files.map((f) => `| ${f.file} | ${round(f.bytes / 1024, 1)} KB | ${round(f.gzip / 1024, 1)} KB |`),
    `| **total** (JS ${b.firstView.jsGzipKB} KB + CSS ${b.firstView.cssGzipKB} KB) | ${b.firstView.totalRawKB} KB | **${b.firstView.totalGzipKB} KB** |`,
    '',
    `Lazy chunks (outside the static first view), largest first: ${b.lazy.map((f) => `${f.file} ${round(f.gzip / 1024, 1)} KB gzip`).join('; ') || 'none'}. All JS+CSS emitted: ${b.allAssets.count} files, ${b.allAssets.gzipKB} KB gzip.`,
    '',
  ];
}

function bundleSection(r: Results): string[] {
  const list = r.bundle?.value;
  if (!list) return [];
  const seeds = byName(list, 'seeds');
  const corpus = byName(list, 'corpus');
  const dataCost = seeds?.ok && corpus?.ok ? [`The code is the same in both builds, so corpus − seeds = **${round(corpus.firstView.totalGzipKB - seeds.firstView.totalGzipKB, 1)} KB gzip** is what the corpus's data adds to the first view.`, ''] : [];
  return [
    '## 3. Bundle (first view)',
    `_${r.bundle!.measuredAt}; ${r.bundle!.machine}_`,
    '',
    'Built with `vite build --manifest --outDir <tmp>` (not dist/); first view = what `index.html` loads (module scripts, modulepreloads, stylesheets) plus their static imports and CSS per `.vite/manifest.json`; dynamic imports are left out. gzip level 9 (node:zlib). The browser part also reports everything actually fetched before the ladder was painted, which includes lazy chunks the first view pulls in at once.',
    '',
    ...list.flatMap(bundleRows),
    ...dataCost,
  ];
}

function browserRows(b: BrowserBench): string[] {
  const line = <T,>(label: string, v: T | Na, text: (x: T) => string) => `- **${label}**: ${na(v) ? `n/a: ${v.na}` : text(v)}`;
  return [
    `### ${b.name}: \`${b.url.length > 100 ? b.url.slice(0, 97) + '…' : b.url}\``,
    ...(b.note ? ['', `_${b.note}_`] : []),
    '',
    line('Navigation → ladder painted', b.navigation, (v) => `median ${v.medianMs} ms of ${v.runs} cold loads (${v.ladderPaintedMs.join(', ')} ms); FCP ${ms(v.fcpMs)}, DOMContentLoaded ${ms(v.domContentLoadedMs)}; longest task before the ladder ${v.longestTaskMs} ms; JS+CSS fetched by then ${v.loadedGzipKB} KB gzip (${v.loadedFiles.join(', ')})`),
    line('Click role → panel', b.click, (v) => `median ${v.medianPaintedMs} ms to painted (DOM updated after ${v.medianDomMs} ms), max ${v.maxPaintedMs} ms, ${v.clicks} clicks (${v.paintedMs.join(', ')} ms); Event Timing's longest click interaction ${ms(v.eventTimingMaxMs)}`),
    line('Search keystroke → options', b.search, (v) => `median ${v.medianMs} ms, max ${v.maxMs} ms over ${v.keys} keys (${v.paintedMs.join(', ')} ms)${v.unchanged ? `; ${v.unchanged} keys changed nothing` : ''}`),
    line('Pan and zoom', b.pan, (v) => `${v.durationMs} ms of drags and wheel notches with ${v.nodes} React Flow nodes in the DOM; ${v.frames} frames, p95 frame gap ${v.p95FrameGapMs} ms, max ${v.maxFrameGapMs} ms; ${v.longTasks} long tasks, longest ${v.longestTaskMs} ms, blocking time ${v.blockingMs} ms${v.moved ? '' : ' (**the viewport did not move**)'}`),
    '',
  ];
}

function browserSection(r: Results): string[] {
  const list = r.browser?.value;
  if (!list) return [];
  return [
    '## 4. In Chromium',
    `_${r.browser!.measuredAt}; ${r.browser!.machine}_`,
    '',
    "Debian's `/usr/bin/chromium` through Playwright, headless, `--disable-gpu`, viewport 1400×900, against `vite preview` of each build. Times are on the page's own Performance API timeline: marks set by a MutationObserver + requestAnimationFrame probe; \"painted\" = a task queued from the next animation frame, i.e. after that frame went to the compositor. Click and keystroke times start at the input event's `timeStamp`. Long tasks come from `PerformanceObserver({ type: 'longtask' })`, frame gaps from a requestAnimationFrame loop.",
    '',
    ...list.flatMap(browserRows),
  ];
}

/** Issue 12's figures: where a person waits (deep link, dev edit, second build). */
function waitRows(r: Results): string[][] {
  const rows: string[][] = [];
  for (const d of r.deepLink?.value ?? []) {
    rows.push([`Deep link → role text painted, ${d.name}, JavaScript on (cold, median of ${d.runs})`, `**${d.jsOn.medianMs} ms**${d.jsOn.inFirstPaint ? ' (the role is in the first paint: prerendered HTML)' : ''}; the app took over (ladder painted) at ${d.jsOn.medianAppReadyMs ?? 'n/a'} ms, which is when the role showed before`, '≤ 100 ms', verdict(d.jsOn.medianMs, 100, 'ms')]);
    rows.push([`Deep link → role text painted, ${d.name}, JavaScript off`, na(d.jsOff) ? `n/a: ${d.jsOff.na}` : `**${d.jsOff.medianMs} ms**`, '≤ 100 ms, readable', na(d.jsOff) ? 'n/a' : verdict(d.jsOff.medianMs, 100, 'ms')]);
  }
  const e = r.devEdit?.value;
  if (e) {
    const server = e.serverMs.length ? `; dev server's own figure (compile + push) median ${median(e.serverMs)} ms` : '';
    rows.push([`Edit one page in dev → app updated, corpus (${e.pages} pages, median of ${e.rounds})`, `**${e.medianMs} ms** (${e.reloads} full reloads; ${e.pagesReadPerEdit[0] ?? 'pages read n/a'}${server})`, '≤ 300 ms', verdict(e.medianMs, 300, 'ms')]);
  }
  const w = r.warmBuild?.value;
  if (w) {
    rows.push([
      `Build compile, corpus, second time (${w.edited} of ${w.pages} pages edited; median)`,
      `cold ${w.cold.medianMs} ms → warm **${w.warm.medianMs} ms** (read ${w.warm.reread} pages; CPU ${w.cold.medianCpuMs} → ${w.warm.medianCpuMs} ms; ${w.warm.identical ? 'byte-identical' : '**differs**'})`,
      '≤ 1500 ms',
      verdict(w.warm.medianMs, 1500, 'ms'),
    ]);
  }
  return rows;
}

function waitSection(r: Results): string[] {
  const d = r.deepLink;
  const e = r.devEdit;
  const w = r.warmBuild;
  if (!d && !e && !w) return [];
  const out = ['## 6. Where people wait: deep links, the edit loop, a second build', ''];
  if (d) {
    out.push(`_${d.measuredAt}; ${d.machine}_`, '');
    out.push('A built app served by `vite preview`; each run a fresh browser context (empty cache) opening `roles/<id>/`. With the role in the prerendered HTML, "role text painted" is the first contentful paint; otherwise the frame in which the app put the role\'s title in the panel.', '');
    for (const x of d.value) {
      out.push(`- **${x.name} \`${x.path}\`, JavaScript on**: ${x.jsOn.paintedMs.join(', ')} ms (median ${x.jsOn.medianMs} ms; FCP ${x.jsOn.fcpMs.join(', ')} ms); the app took over, ladder painted: ${(x.jsOn.appReadyMs ?? []).join(', ')} ms (median ${x.jsOn.medianAppReadyMs ?? 'n/a'} ms)`);
      out.push(`- **JavaScript off**: ${na(x.jsOff) ? `n/a: ${x.jsOff.na}` : `${x.jsOff.paintedMs.join(', ')} ms (median ${x.jsOff.medianMs} ms)`}`);
    }
    out.push('');
  }
  if (e) {
    const v = e.value;
    out.push(`_${e.measuredAt}; ${e.machine}_`, '');
    out.push(`\`vite\` (dev) on a copy of the corpus; Chromium on \`/roles/${v.role}\`; each round appends a marker to one of the role's own responsibility lines on disk and times, on one clock, the write → the frame that painted the marker in the panel.`, '');
    out.push(`- rounds: ${v.updatedMs.join(', ')} ms (median ${v.medianMs} ms); full reloads: ${v.reloads} of ${v.rounds}; dev server (watcher → graph pushed): ${v.serverMs.join(', ')} ms; ${v.pagesReadPerEdit.join('; ')}`, '');
  }
  if (w) {
    const v = w.value;
    out.push(`_${w.measuredAt}; ${w.machine}_`, '');
    out.push(`The corpus compiled cold, then warm from the page cache a previous build saved (${v.cacheFileMB} MB, read back from disk within the timed run) with ${v.edited} pages edited since. Alternating runs in one process.`, '');
    out.push(`- cold: ${v.cold.runsMs.join(', ')} ms (median ${v.cold.medianMs} ms, CPU ${v.cold.medianCpuMs} ms)`);
    out.push(`- warm: ${v.warm.runsMs.join(', ')} ms (median ${v.warm.medianMs} ms, CPU ${v.warm.medianCpuMs} ms), ${v.warm.reread} pages read, output ${v.warm.identical ? 'byte-identical to the cold compile' : '**not identical**'}`, '');
  }
  return out;
}

/** Notes kept in results.json (`notes`): what stands in the way of a missed target, measurements made beside the bench. */
function notesSection(r: Results): string[] {
  const n = r.notes;
  if (!n || n.lines.length === 0) return [];
  return ['## What stands in the way', `_notes written ${n.writtenAt}; the figures above may be newer_`, '', ...n.lines.map((l) => `- ${l}`), ''];
}

/** The machine is shared: say so when a part ran with more runnable work than CPUs. */
function loadWarning(r: Results): string[] {
  const busy = Object.entries(r).flatMap(([part, stamped]: [string, { machine: string } | undefined]) => {
    const m = stamped && /(\d+) CPU.*load ([\d.]+)\//.exec(stamped.machine);
    return m && Number(m[2]) > Number(m[1]) ? [`${part} (load ${m[2]} on ${m[1]} CPUs)`] : [];
  });
  if (busy.length === 0) return [];
  return [`> Measured on a busy machine: ${busy.join(', ')}. Absolute times are inflated by other work; the side-by-side ratios much less so. Rerun on an idle machine for absolute figures.`, ''];
}

export function renderReport(r: Results): string {
  return [
    '# Rungs benchmarks',
    '',
    'Produced by `npm run bench` (or parts of it: `npm run bench -- compile scaling bundle browser deeplink devedit warmbuild`); raw figures in [results.json](results.json). Each ratio compares two things measured side by side in the same run. Targets are those of issue 6 and issue 12 (deep link, dev edit, second build, first view, click → panel).',
    '',
    '## Summary',
    '',
    ...loadWarning(r),
    ...summary(r),
    '',
    ...notesSection(r),
    ...compileSection(r),
    ...scalingSection(r),
    ...bundleSection(r),
    ...browserSection(r),
    ...adversarialSection(r),
    ...waitSection(r),
  ].join('\n');
}

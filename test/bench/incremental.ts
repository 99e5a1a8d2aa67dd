// Bench part `warmbuild`: the corpus compiled cold (every page read) and warm (the page
// cache a previous build saved, read back from disk, with a few pages edited since),
// as a CI run or a preview deploy compiles it a second time. Same process, alternating
// runs; wall and CPU time; the warm time includes reading and parsing the cache file.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePages, type PageInput } from '../../src/compiler/compile.ts';
import { loadPageCache, PageCache } from '../../src/compiler/page-cache.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { median, round, time } from './util.ts';

export interface WarmBuildBench {
  pages: number;
  edited: number;
  cacheFileMB: number;
  cold: { runsMs: number[]; medianMs: number; medianCpuMs: number };
  warm: { runsMs: number[]; medianMs: number; medianCpuMs: number; reread: number; identical: boolean };
}

const text = (page: PageInput) => (typeof page.content === 'string' ? page.content : new TextDecoder().decode(page.content));

export function benchWarmBuild(folder: string, repetitions = 3, edits = 3): WarmBuildBench {
  const pages = readPages(folder);
  const dir = mkdtempSync(join(tmpdir(), 'rungs-warm-'));
  const file = join(dir, 'pages.json');
  try {
    const version = 'bench';
    const first = new PageCache(version);
    compilePages(pages, { cache: first });
    writeFileSync(file, first.serialize());
    // A few pages edited since that build: one more responsibility line at the end of each.
    const step = Math.max(1, Math.floor(pages.length / edits));
    const edited = pages.map((p, i) => (i % step === 0 && i / step < edits ? { file: p.file, content: `${text(p)}\n- One more responsibility (edit ${i})\n` } : p));
    const cold: { ms: number; cpuMs: number }[] = [];
    const warm: { ms: number; cpuMs: number }[] = [];
    let reread = 0;
    let identical = true;
    for (let r = 0; r < repetitions; r++) {
      const c = time(() => JSON.stringify(compilePages(edited).graph));
      const w = time(() => {
        const cache = loadPageCache(version, readFileSync(file, 'utf8'));
        const json = JSON.stringify(compilePages(edited, { cache }).graph);
        return { json, reread: cache.stats.reread };
      });
      cold.push(c);
      warm.push(w);
      reread = w.value.reread;
      identical &&= c.value === w.value.json;
    }
    return {
      pages: pages.length,
      edited: edits,
      cacheFileMB: round(statSync(file).size / 1024 / 1024, 1),
      cold: { runsMs: cold.map((c) => round(c.ms)), medianMs: round(median(cold.map((c) => c.ms))), medianCpuMs: round(median(cold.map((c) => c.cpuMs))) },
      warm: { runsMs: warm.map((w) => round(w.ms)), medianMs: round(median(warm.map((w) => w.ms))), medianCpuMs: round(median(warm.map((w) => w.cpuMs))), reread, identical },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

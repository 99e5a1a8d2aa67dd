// Benchmark 5, adversarial: each pathological page of issue 10 (test/compiler/
// adversarial-pages.ts, generated here, never stored) against an ordinary ladder
// page of the same size. Each side is compiled in its own fresh process (so peak
// memory is its own): one warm-up compile of a small page, then the page three
// times; the median compile time, CPU time and the process's peak RSS are kept.
// Target: pathological ÷ ordinary ≤ 3× for time and for memory.
import { compilePages } from '../../src/compiler/compile.ts';
import { MAX_PAGE_BYTES } from '../../src/compiler/guard.ts';
import { adversarialCases, caseBytes, NEIGHBOUR, ordinaryPage } from '../compiler/adversarial-pages.ts';
import { isMain, log, median, round, runChild, time } from './util.ts';

const KB = 1024;
const SIZE = 128 * KB;
const REPS = 3;

interface Side {
  ms: number;
  cpuMs: number;
  maxRssKB: number;
  /** Codes of the diagnostics naming the page, roles, edges and graph size: what came out. */
  codes: string[];
  roles: number;
  edges: number;
  diagnostics: number;
  jsonKB: number;
}

export interface AdversarialCaseResult {
  name: string;
  what: string;
  bytes: number;
  ordinaryBytes: number;
  bad: Side;
  ordinary: Side;
  timeRatio: number;
  cpuRatio: number;
  memoryRatio: number;
}

export interface AdversarialBench {
  sizeKB: number;
  repetitions: number;
  cases: AdversarialCaseResult[];
  worstTimeRatio: number;
  worstCpuRatio: number;
  worstMemoryRatio: number;
}

function pagesFor(name: string, side: 'bad' | 'ordinary'): { file: string; content: string }[] {
  const c = adversarialCases(SIZE).find((x) => x.name === name);
  if (!c) throw new Error(`bench adversarial: no case ${name}`);
  if (side === 'bad') return c.pages;
  // Pages over the size limit are refused unread, so the yardstick is an ordinary page at the limit.
  return [{ file: 'ordinary.md', content: ordinaryPage(Math.min(caseBytes(c), MAX_PAGE_BYTES - KB)) }];
}

function measure(name: string, side: 'bad' | 'ordinary'): Side {
  const pages = pagesFor(name, side);
  compilePages([NEIGHBOUR]); // warm-up: modules loaded, compiler JIT-ed
  const runs = Array.from({ length: REPS }, () => time(() => compilePages(pages)));
  const graph = runs[0]!.value.graph;
  const file = pages[0]!.file;
  return {
    ms: round(median(runs.map((r) => r.ms))),
    cpuMs: round(median(runs.map((r) => r.cpuMs))),
    maxRssKB: process.resourceUsage().maxRSS,
    codes: [...new Set(graph.diagnostics.filter((d) => d.file === file && d.severity !== 'info').map((d) => d.code))].sort(),
    roles: graph.roles.filter((r) => !r.external).length,
    edges: graph.edges.length,
    diagnostics: graph.diagnostics.length,
    jsonKB: round(JSON.stringify(graph).length / KB),
  };
}

export function benchAdversarial(): AdversarialBench {
  const cases: AdversarialCaseResult[] = [];
  for (const c of adversarialCases(SIZE)) {
    log(`adversarial: ${c.name}`);
    const child = (side: 'bad' | 'ordinary') => runChild<Side>(import.meta.url, ['child', c.name, side]);
    const bad = child('bad');
    const ordinary = child('ordinary');
    cases.push({
      name: c.name,
      what: c.what,
      bytes: caseBytes(c),
      ordinaryBytes: Buffer.byteLength(pagesFor(c.name, 'ordinary')[0]!.content),
      bad,
      ordinary,
      timeRatio: round(bad.ms / ordinary.ms, 2),
      cpuRatio: round(bad.cpuMs / ordinary.cpuMs, 2),
      memoryRatio: round(bad.maxRssKB / ordinary.maxRssKB, 2),
    });
  }
  const worst = (pick: (c: AdversarialCaseResult) => number) => Math.max(...cases.map(pick));
  return { sizeKB: SIZE / KB, repetitions: REPS, cases, worstTimeRatio: worst((c) => c.timeRatio), worstCpuRatio: worst((c) => c.cpuRatio), worstMemoryRatio: worst((c) => c.memoryRatio) };
}

// Child mode: `tsx test/bench/adversarial.ts child <case> <bad|ordinary>` prints one Side as JSON.
if (isMain(import.meta.url) && process.argv[2] === 'child') {
  console.log(JSON.stringify(measure(process.argv[3]!, process.argv[4] as 'bad' | 'ordinary')));
}

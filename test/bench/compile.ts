// Benchmark 1, compile: the whole corpus through the compiler against the floor,
// which is reading the same files and parsing them to mdast with the same parser
// and extensions (gray-matter for front matter, mdast-util-from-markdown + GFM).
// Runs alternate (parse, compile / compile, parse …) after a warm-up, so machine
// noise hits both sides; medians are reported. Peak memory (maxRSS) comes from
// one fresh child process per side, plus a baseline child that only reads files.
import { basename } from 'node:path';
import matter from 'gray-matter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { compilePages, type PageInput } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { CORPUS, isMain, log, median, round, runChild, time } from './util.ts';

const utf8 = new TextDecoder('utf-8');

/** The floor: front matter + mdast for every page, nothing else. Returns a node count so no work is optimised away. */
export function parseOnly(pages: readonly PageInput[]): number {
  let nodes = 0;
  for (const page of pages) {
    const text = typeof page.content === 'string' ? page.content : utf8.decode(page.content);
    let body = text;
    try {
      // options given, so gray-matter's per-string cache is bypassed (as in the compiler)
      body = matter(text, { language: 'yaml' }).content;
    } catch {
      // malformed YAML: the compiler reports it and goes on with the body; so do we
    }
    const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    nodes += tree.children.length;
  }
  return nodes;
}

type Mode = 'read' | 'parse' | 'compile';

function runMode(mode: Mode, dir: string): number {
  const pages = readPages(dir);
  if (mode === 'parse') return parseOnly(pages);
  if (mode === 'compile') return compilePages(pages).graph.roles.length;
  return pages.length;
}

export interface CompileBench {
  corpus: string;
  files: number;
  bytes: number;
  families: number;
  roles: number;
  diagnostics: number;
  repetitions: number;
  parseMs: number[];
  compileMs: number[];
  parseMedianMs: number;
  compileMedianMs: number;
  parseCpuMedianMs: number;
  compileCpuMedianMs: number;
  /** compile / bare parse, wall time; target ≤ 1.5 */
  ratio: number;
  /** the same on CPU time */
  cpuRatio: number;
  filesPerSecond: { parse: number; compile: number };
  memory: { readOnlyMaxRssMB: number; parseMaxRssMB: number; compileMaxRssMB: number; ratio: number };
}

export function benchCompile({ dir = CORPUS, repetitions = 5 } = {}): CompileBench {
  const pages = readPages(dir);
  const bytes = pages.reduce((n, p) => n + p.content.length, 0);
  log(`compile: ${pages.length} files, warm-up`);
  runMode('parse', dir);
  const { graph } = compilePages(pages);
  const parseMs: number[] = [];
  const compileMs: number[] = [];
  const parseCpu: number[] = [];
  const compileCpu: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const order: Mode[] = i % 2 === 0 ? ['parse', 'compile'] : ['compile', 'parse'];
    for (const mode of order) {
      const { ms, cpuMs } = time(() => runMode(mode, dir));
      (mode === 'parse' ? parseMs : compileMs).push(ms);
      (mode === 'parse' ? parseCpu : compileCpu).push(cpuMs);
    }
    log(`compile: rep ${i + 1}/${repetitions}: parse ${round(parseMs.at(-1)!)} ms, compile ${round(compileMs.at(-1)!)} ms`);
  }
  const parseMedianMs = median(parseMs);
  const compileMedianMs = median(compileMs);

  log('compile: peak memory in fresh child processes');
  const child = (mode: Mode) => runChild<{ ms: number; maxRssKB: number }>(import.meta.url, ['child', mode, dir]);
  const [read, parse, compile] = [child('read'), child('parse'), child('compile')];
  const toMB = (k: number) => round(k / 1024);

  return {
    corpus: basename(dir), // the folder's name: where it lives differs between machines
    files: pages.length,
    bytes,
    families: graph.families.length,
    roles: graph.roles.filter((r) => !r.external).length,
    diagnostics: graph.diagnostics.length,
    repetitions,
    parseMs: parseMs.map((n) => round(n)),
    compileMs: compileMs.map((n) => round(n)),
    parseMedianMs: round(parseMedianMs),
    compileMedianMs: round(compileMedianMs),
    parseCpuMedianMs: round(median(parseCpu)),
    compileCpuMedianMs: round(median(compileCpu)),
    ratio: round(compileMedianMs / parseMedianMs, 2),
    cpuRatio: round(median(compileCpu) / median(parseCpu), 2),
    filesPerSecond: { parse: round((pages.length / parseMedianMs) * 1000), compile: round((pages.length / compileMedianMs) * 1000) },
    memory: { readOnlyMaxRssMB: toMB(read.maxRssKB), parseMaxRssMB: toMB(parse.maxRssKB), compileMaxRssMB: toMB(compile.maxRssKB), ratio: round(compile.maxRssKB / parse.maxRssKB, 2) },
  };
}

// Child mode: `tsx test/bench/compile.ts child <read|parse|compile> <dir>` runs once and prints {ms, maxRssKB}.
if (isMain(import.meta.url) && process.argv[2] === 'child') {
  const mode = process.argv[3] as Mode;
  const { ms } = time(() => runMode(mode, process.argv[4] ?? CORPUS));
  console.log(JSON.stringify({ ms, maxRssKB: process.resourceUsage().maxRSS }));
}

// Benchmark 2, scaling: compile time for 1×, 2×, 4×, 8× the corpus. Copies are
// made in memory: each copy lives under `copy-<k>/` and has "Copy <k> " put in
// front of its front-matter title, so every copy is a distinct set of families.
// Pages are handled as Latin-1 text only to edit the title line, which keeps
// every other byte (including invalid UTF-8 the compiler reports) unchanged.
// Reports time per page and, for each doubling, time ratio ÷ size ratio (1.0 = linear).
import { compilePages, type PageInput } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { CORPUS, log, median, round, time } from './util.ts';

const TITLE = /^(title:[ \t]*["']?)/m;

export function copies(pages: readonly PageInput[], factor: number): PageInput[] {
  const out: PageInput[] = [...pages];
  for (let k = 1; k < factor; k++) {
    for (const page of pages) {
      const text = Buffer.from(page.content).toString('latin1');
      out.push({ file: `copy-${k}/${page.file}`, content: Buffer.from(text.replace(TITLE, `$1Copy ${k} `), 'latin1') });
    }
  }
  return out;
}

export interface ScalingStep {
  factor: number;
  files: number;
  families: number;
  roles: number;
  ms: number;
  cpuMs: number;
  msPerFile: number;
  /** (time at this size ÷ time at the previous size) ÷ (size ratio); 1.0 = linear */
  stepRatio: number | null;
  /** the same on CPU time */
  cpuStepRatio: number | null;
}

export interface ScalingBench {
  factors: number[];
  repetitions: number;
  steps: ScalingStep[];
  /** largest step ratio over all doublings (wall) */
  worstStepRatio: number;
  /** time per file at the largest size ÷ at 1× */
  perFileGrowth: number;
}

export function benchScaling({ dir = CORPUS, factors = [1, 2, 4, 8], repetitions = 1 } = {}): ScalingBench {
  const base = readPages(dir);
  log('scaling: warm-up at 1×');
  compilePages(base);
  const samples = new Map<number, { ms: number[]; cpu: number[]; families: number; roles: number; files: number }>();
  for (let rep = 0; rep < repetitions; rep++) {
    // alternate the order so drift on a shared machine does not favour small or large sizes
    for (const factor of rep % 2 === 0 ? factors : [...factors].reverse()) {
      const pages = copies(base, factor);
      const { ms, cpuMs, value } = time(() => compilePages(pages));
      const s = samples.get(factor) ?? { ms: [], cpu: [], families: 0, roles: 0, files: pages.length };
      s.ms.push(ms);
      s.cpu.push(cpuMs);
      s.families = value.graph.families.length;
      s.roles = value.graph.roles.filter((r) => !r.external).length;
      samples.set(factor, s);
      log(`scaling: ${factor}× (${pages.length} files): ${round(ms)} ms`);
    }
  }
  const steps: ScalingStep[] = [];
  for (const factor of factors) {
    const s = samples.get(factor)!;
    const ms = median(s.ms);
    const cpuMs = median(s.cpu);
    const prev = steps.at(-1);
    steps.push({
      factor,
      files: s.files,
      families: s.families,
      roles: s.roles,
      ms: round(ms),
      cpuMs: round(cpuMs),
      msPerFile: round(ms / s.files, 2),
      stepRatio: prev ? round(ms / prev.ms / (factor / prev.factor), 2) : null,
      cpuStepRatio: prev ? round(cpuMs / prev.cpuMs / (factor / prev.factor), 2) : null,
    });
  }
  const ratios = steps.flatMap((s) => (s.stepRatio === null ? [] : [s.stepRatio]));
  return {
    factors,
    repetitions,
    steps,
    worstStepRatio: ratios.length ? Math.max(...ratios) : 1,
    perFileGrowth: round(steps.at(-1)!.msPerFile / steps[0]!.msPerFile, 2),
  };
}

// `npm run bench [-- compile scaling bundle browser deeplink devedit warmbuild]`: runs the chosen parts (all by
// default) one after another, never in parallel, so they do not disturb each other;
// merges the results into test/bench/results/results.json (parts not run keep
// their last figures, each with its own date) and rewrites REPORT.md from it.
// `npm run bench -- report` only re-renders REPORT.md. Options: --reps N (compile repetitions, default 5), --scaling-reps N (default 1).
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { benchBrowser, launch, type BrowserBench } from './browser.ts';
import { buildApp, firstViewSize, removeBuild, type Build, type BundleSize } from './bundle.ts';
import { benchAdversarial, type AdversarialBench } from './adversarial.ts';
import { benchCompile, type CompileBench } from './compile.ts';
import { renderReport } from './report.ts';
import { benchScaling, type ScalingBench } from './scaling.ts';
import { benchDeepLink, type DeepLinkBench } from './deep-link.ts';
import { benchDevEdit, type DevEditBench } from './dev-edit.ts';
import { benchWarmBuild, type WarmBuildBench } from './incremental.ts';
import { CORPUS, ROOT, SEEDS, log, round } from './util.ts';

const PARTS = ['compile', 'scaling', 'bundle', 'browser', 'deeplink', 'devedit', 'warmbuild', 'adversarial'] as const;
type Part = (typeof PARTS)[number];

interface Stamped<T> {
  measuredAt: string;
  machine: string;
  value: T;
}

export interface Results {
  compile?: Stamped<CompileBench>;
  scaling?: Stamped<ScalingBench>;
  bundle?: Stamped<BundleSize[]>;
  browser?: Stamped<BrowserBench[]>;
  adversarial?: Stamped<AdversarialBench>;
  deepLink?: Stamped<DeepLinkBench[]>;
  devEdit?: Stamped<DevEditBench>;
  warmBuild?: Stamped<WarmBuildBench>;
  /** Written by hand, kept across runs: what stands in the way of each missed target (report.ts renders them). */
  notes?: { writtenAt: string; lines: string[] };
}

const RESULTS_DIR = join(ROOT, 'test/bench/results');
const JSON_FILE = join(RESULTS_DIR, 'results.json');
const REPORT_FILE = join(RESULTS_DIR, 'REPORT.md');
const CORPUS_FAMILIES = 50;
/** The seeds role a shared link points at in the deep-link part. */
const DEEP_LINK_ROLE = 'customer-success-management/senior-csm';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i === -1 ? NaN : Number(process.argv[i + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function machine(): string {
  const [one, five] = loadavg();
  return `${cpus().length} CPU ${cpus()[0]?.model.trim() ?? ''}, Node ${process.version}, load ${round(one!, 2)}/${round(five!, 2)} (1/5 min)`;
}

function stamp<T>(value: T): Stamped<T> {
  return { measuredAt: new Date().toISOString(), machine: machine(), value };
}

/** Query string selecting the first families of the corpus, if the app has a families search param. */
function corpusSelection(): { path: string; note: string } {
  const params = readFileSync(join(ROOT, 'src/app/search-params.ts'), 'utf8');
  if (!/\bfamilies\s*:/.test(params)) return { path: '', note: 'the app has no `families` search param: measured the home page with every family' };
  const { graph } = compilePages(readPages(CORPUS));
  const ids = graph.families.filter((f) => graph.roles.some((r) => r.familyId === f.id && !r.external)).slice(0, CORPUS_FAMILIES).map((f) => f.id);
  const roles = graph.roles.filter((r) => r.familyId !== null && ids.includes(r.familyId) && !r.external).length;
  return { path: `?families=${ids.map(encodeURIComponent).join(',')}`, note: `${ids.length} families (the first in graph order that have roles), ${roles} roles, selected with ?families=` };
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a): a is Part => (PARTS as readonly string[]).includes(a));
  // `report` alone re-renders REPORT.md from results.json without measuring
  const parts: readonly Part[] = asked.length ? asked : process.argv.includes('report') ? [] : PARTS;
  if (parts.length > 0 && !CORPUS) throw new Error('bench: RUNGS_CORPUS is not set; point it at a folder of job-family pages (a handbook\'s job-families folder) to measure against.');
  const results: Results = existsSync(JSON_FILE) ? JSON.parse(readFileSync(JSON_FILE, 'utf8')) : {};
  log(`running: ${parts.join(', ')} (corpus: ${CORPUS})`);

  // Each part's figures are saved as soon as it is done, and a part that fails is
  // reported and skipped: a long run never loses what it measured before.
  const save = () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(JSON_FILE, JSON.stringify(results, null, 2) + '\n');
    writeFileSync(REPORT_FILE, renderReport(results));
  };
  const run = async (part: Part, measure: () => Promise<void> | void) => {
    if (!parts.includes(part)) return;
    const started = performance.now();
    try {
      await measure();
      save();
      log(`${part} done in ${Math.round((performance.now() - started) / 1000)} s`);
    } catch (error) {
      process.exitCode = 1;
      log(`${part} FAILED after ${Math.round((performance.now() - started) / 1000)} s (its last figures are kept): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };

  await run('compile', () => void (results.compile = stamp(benchCompile({ repetitions: option('--reps', 5) }))));
  await run('scaling', () => void (results.scaling = stamp(benchScaling({ repetitions: option('--scaling-reps', 1) }))));
  await run('adversarial', () => void (results.adversarial = stamp(benchAdversarial())));

  let builds: Build[] = [];
  await run('warmbuild', () => void (results.warmBuild = stamp(benchWarmBuild(CORPUS, option('--reps', 3)))));
  await run('devedit', async () => void (results.devEdit = stamp(await benchDevEdit(CORPUS, 5))));

  if (parts.includes('bundle') || parts.includes('browser')) builds = [buildApp('seeds', SEEDS), buildApp('corpus', CORPUS)];
  else if (parts.includes('deeplink')) builds = [buildApp('seeds', SEEDS)];
  await run('deeplink', async () => {
    const browser = await launch();
    try {
      results.deepLink = stamp(await Promise.all(builds.filter((b) => b.ok && b.name === 'seeds').map((b) => benchDeepLink(browser, b.name, b.outDir, DEEP_LINK_ROLE, 5))));
    } finally {
      await browser.close();
    }
  });
  await run('bundle', () => void (results.bundle = stamp(builds.map(firstViewSize))));

  await run('browser', async () => {
    const selection = corpusSelection();
    const browser = await launch();
    const out: BrowserBench[] = [];
    try {
      for (const build of builds) {
        const target = build.name === 'corpus' ? { name: build.name, outDir: build.outDir, path: selection.path, note: selection.note } : { name: build.name, outDir: build.outDir, path: '', note: 'home page, every seed family' };
        if (!build.ok) {
          const na = { na: `build failed: ${build.error}` };
          out.push({ name: build.name, url: '/' + target.path, navigation: na, click: na, search: na, pan: na });
        } else out.push(await benchBrowser(browser, target));
      }
    } finally {
      await browser.close();
    }
    results.browser = stamp(out);
  });

  builds.forEach(removeBuild);
  save();
  log(`wrote ${REPORT_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

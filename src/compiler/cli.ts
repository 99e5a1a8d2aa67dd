// Command line: `npm run compile -- --seeds <folder> --out <file.json>` and
// `npm run lint:seeds`. Writes the graph it could build (always), prints
// diagnostics to stderr as `file:line: severity code: message` plus a summary.
// `--format json|github|codequality` prints them to stdout for CI instead
// (src/compiler/report-formats.ts); `--max-warnings N` fails above N warnings.
// Exit codes: 0 no errors, 1 errors found (or more warnings than allowed), 2 usage mistake,
// 3 internal failure (a bug in Rungs: one line naming the page, never a stack trace).
// Control characters in file names are escaped in every line printed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CompileFailure, compilePages } from './compile.ts';
import { escapeControl, summarize } from './diagnostics.ts';
import { isFolder, readPages } from './read-pages.ts';
import { loadCacheFile, saveCacheFile } from './cache-file.ts';
import { rereadLine } from './page-cache.ts';
import { REPORT_FORMATS, formatReport, isReportFormat, underFolder, type ReportFormat } from './report-formats.ts';

const USAGE = `Usage: npm run compile -- [--seeds <folder>] [--out <file.json>] [--lint] [--quiet] [--format <name>] [--max-warnings <n>]
  --seeds <folder>  folder of job-family pages (.md/.txt, searched recursively); default: seeds/
  --out <file>      write the graph JSON here; default: standard output
  --lint            print only the diagnostics (no graph)
  --quiet           print only errors and warnings, not infos
  --format <name>   text (default, to stderr) or, to stdout, json, github (Actions annotations), codequality (GitLab Code Quality)
  --max-warnings <n>  exit 1 when there are more than n warnings
  --no-cache        read every page again (by default, unchanged pages come from node_modules/.cache/rungs)`;

interface Options {
  seeds: string;
  out: string | null;
  lint: boolean;
  quiet: boolean;
  format: ReportFormat;
  maxWarnings: number | null;
  cache: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { seeds: 'seeds', out: null, lint: false, quiet: false, format: 'text', maxWarnings: null, cache: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--seeds': {
        const v = value();
        if (!v) return '--seeds needs a folder';
        options.seeds = v;
        break;
      }
      case '--out': {
        const v = value();
        if (!v) return '--out needs a file name';
        options.out = v;
        break;
      }
      case '--lint':
        options.lint = true;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--format': {
        const v = value();
        if (!v || !isReportFormat(v)) return `--format needs one of ${REPORT_FORMATS.join(', ')}`;
        options.format = v;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!v || !/^\d+$/.test(v)) return '--max-warnings needs a number of warnings (0 or more)';
        options.maxWarnings = Number(v);
        break;
      }
      case '--no-cache':
        options.cache = false;
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        return `unknown option "${arg}"`;
    }
  }
  if (options.format !== 'text' && !options.lint && options.out === null) return `--format ${options.format} prints to standard output: use it with --lint, or write the graph with --out`;
  return options;
}

export function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (typeof options === 'string') {
    process.stderr.write(`rungs: ${options}\n${USAGE}\n`);
    return 2;
  }
  if (!isFolder(options.seeds)) {
    process.stderr.write(`${escapeControl(`rungs: no such folder "${options.seeds}"`)}\n${USAGE}\n`);
    return 2;
  }
  let pages;
  try {
    pages = readPages(options.seeds);
  } catch (error) {
    process.stderr.write(`${escapeControl(`rungs: cannot read the folder "${options.seeds}" (${(error as { code?: string }).code ?? String(error)})`)}\n`);
    return 2;
  }
  const cache = options.cache ? loadCacheFile(options.seeds) : undefined;
  const { graph } = compilePages(pages, { cache });
  if (cache) saveCacheFile(cache, options.seeds);
  const shown = graph.diagnostics.filter((d) => !(options.quiet && d.severity === 'info')).map((d) => underFolder(d, options.seeds));
  (options.format === 'text' ? process.stderr : process.stdout).write(formatReport(shown, options.format));
  process.stderr.write(`${escapeControl(`rungs: ${graph.families.length} families, ${graph.roles.filter((r) => !r.external).length} roles; ${summarize(graph.diagnostics, pages.length)}`)}\n`);
  if (cache) process.stderr.write(`rungs: ${rereadLine(cache.stats, pages.length)}\n`);
  if (!options.lint) {
    const json = `${JSON.stringify(graph, null, 2)}\n`;
    if (options.out === null) process.stdout.write(json);
    else {
      const out = resolve(options.out);
      mkdirSync(dirname(out), { recursive: true });
      let previous: string | null = null;
      try {
        previous = readFileSync(out, 'utf8');
      } catch {
        previous = null;
      }
      if (previous !== json) writeFileSync(out, json); // written only when changed
    }
  }
  const warnings = graph.diagnostics.filter((d) => d.severity === 'warning').length;
  if (options.maxWarnings !== null && warnings > options.maxWarnings) {
    process.stderr.write(`rungs: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return graph.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** `main`, with any failure it did not expect turned into one line and exit code 3. */
export function run(argv: readonly string[]): number {
  try {
    return main(argv);
  } catch (error) {
    const file = error instanceof CompileFailure ? error.file : null;
    const reason = error instanceof Error ? `${error.name === 'CompileFailure' ? '' : `${error.name}: `}${error.message}` : String(error);
    process.stderr.write(`${escapeControl(`rungs: internal error${file ? ` while compiling ${file}` : ''}: ${reason.split('\n')[0]} (a bug in Rungs; please report it with this line)`)}\n`);
    return 3;
  }
}

process.exitCode = run(process.argv.slice(2));

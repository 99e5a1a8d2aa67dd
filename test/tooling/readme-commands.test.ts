// @vitest-environment node
// Every command the README shows (in bash blocks and in the text) is one a test
// or .ci/run actually runs: the compiler and lint commands and the handbook
// checkout run here as written (on the seeds and a stand-in repository); the
// others are named with the file that runs them, and that file must still run
// them. A command added to the README without a runner fails this test.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** The commands of the README's bash blocks (comments dropped, `a && b` split) and those quoted in its text. */
function readmeCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```bash\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!.split('\n').flatMap((line) => line.replace(/\s+#.*$/, '').split('&&').map((c) => c.trim()).filter(Boolean)),
  );
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  const quoted = [...prose.matchAll(/`((?:[A-Z_]+=\S+ )*(?:npm|npx|node|bash|git|sudo) [^`]+)`/g)].map((m) => m[1]!);
  return [...new Set([...blocks, ...quoted])];
}

/** Commands run elsewhere: the file that runs them and the text in it that does. */
const RUN_ELSEWHERE: Array<{ command: RegExp; by: string; runs: string }> = [
  { command: /^npm (install|ci)$/, by: '.ci/run', runs: 'npm ci --no-audit --no-fund' },
  { command: /^npm test$/, by: '.ci/run', runs: '\nnpm test\n' },
  { command: /^RUNGS_CORPUS=\S+ npm test$/, by: '.ci/run', runs: 'export RUNGS_CORPUS=' },
  { command: /^bash \.ci\/run$/, by: '.ci/run', runs: 'npm test' },
  { command: /^(SEEDS_DIR=\S+ )?npm run dev$/, by: 'test/tooling/dev-server.test.ts', runs: "['run', 'dev'" },
  { command: /^((SEEDS_DIR|BASE_PATH|SOURCE_URL)=\S+ )*npm run build$/, by: 'test/browser/static-host.spec.ts', runs: "BASE_PATH: BASE, SEEDS_DIR: join(root, 'seeds'), SOURCE_URL," },
  { command: /^npm run preview$/, by: 'test/browser/playwright.config.ts', runs: 'npx vite preview' },
  { command: /^npm run test:unit$/, by: 'test/run-all.mjs', runs: "'vitest', 'run', '--config', 'test/vitest.config.ts'" },
  { command: /^npm run test:browser$/, by: 'test/run-all.mjs', runs: "'playwright', 'test', '--config', 'test/browser/playwright.config.ts'" },
  { command: /^npm run fuzz$/, by: 'test/compiler/fuzz.test.ts', runs: 'FUZZ_RUNS' },
  { command: /^RUNGS_CORPUS=\S+ npm run accuracy$/, by: 'test/compiler/accuracy.test.ts', runs: 'measure(corpus!)' },
  { command: /^node test\/find-browser\.mjs$/, by: 'test/run-all.mjs', runs: "import { findBrowser } from './find-browser.mjs'" },
  { command: /^sudo apt-get install -y chromium$/, by: 'test/find-browser.mjs', runs: "'install', '-y', '-qq', 'chromium'" },
  { command: /^npx playwright install --with-deps chromium$/, by: 'test/find-browser.mjs', runs: "'install', 'chromium'" },
];
/** The one kind of command no test runs, and why. */
const NOT_IN_TESTS: Array<{ command: RegExp; why: string }> = [{ command: /^npm run bench( -- .*)?$/, why: 'measures speed on a quiet machine; speed is never asserted in tests' }];
/** Run by this file, as written. */
const RUN_HERE = [/^npm run (compile|lint:seeds)( -- .*)?$/, /^git (clone|-C) /];

const commands = readmeCommands(README);

describe('the README commands', { timeout: 120_000 }, () => {
  it('are found: the first two, the lint formats and the handbook checkout among them', () => {
    expect(commands.slice(0, 3)).toEqual(['npm install', 'npm run dev', 'npm test']);
    expect(commands).toContain('npm run lint:seeds -- --format codequality');
    expect(commands.some((c) => c.startsWith('git clone '))).toBe(true);
  });

  it('each name an npm script that exists and is run by a test, by .ci/run or here', () => {
    const unrun: string[] = [];
    for (const command of commands) {
      const script = /\bnpm run (\S+)/.exec(command)?.[1];
      if (script) expect(scripts, command).toHaveProperty([script]);
      if (RUN_HERE.some((r) => r.test(command)) || NOT_IN_TESTS.some((n) => n.command.test(command))) continue;
      const runner = RUN_ELSEWHERE.find((r) => r.command.test(command));
      if (!runner) unrun.push(command);
      else expect(readFileSync(join(ROOT, runner.by), 'utf8'), `${command} (run by ${runner.by})`).toContain(runner.runs);
    }
    expect(unrun, 'README commands that no test runs').toEqual([]);
  });

  it('compiler and lint commands run as written on the seeds', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rungs-readme-')), 'graph.json');
    const runHere = commands.filter((c) => RUN_HERE[0]!.test(c));
    expect(runHere.length).toBeGreaterThanOrEqual(6);
    const shell = (command: string) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn('sh', ['-c', command], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.once('close', (status) => resolve({ status, stderr }));
      });
    // two at a time: the commands are independent, the machine has few cores
    for (let i = 0; i < runHere.length; i += 2) {
      const batch = runHere.slice(i, i + 2);
      const runs = await Promise.all(batch.map((c) => shell(c.replace('<folder>', 'seeds').replace('<file.json>', out))));
      runs.forEach((run, j) => {
        expect(run.status, `${batch[j]}\n${run.stderr}`).toBe(0);
        expect(run.stderr, batch[j]).toMatch(/^rungs: 5 families, 24 roles; /m);
      });
    }
    expect(JSON.parse(readFileSync(out, 'utf8')).families).toHaveLength(5);
  });

  it('the handbook checkout fetches just the job-families folder, which Rungs reads', () => {
    // A stand-in for GitLab's handbook repository: the job families and something else.
    const place = mkdtempSync(join(tmpdir(), 'rungs-handbook-'));
    const origin = join(place, 'origin');
    mkdirSync(join(origin, 'content/job-families/sales'), { recursive: true });
    mkdirSync(join(origin, 'content/handbook'), { recursive: true });
    cpSync(join(ROOT, 'seeds'), join(origin, 'content/job-families/sales'), { recursive: true });
    cpSync(join(ROOT, 'README.md'), join(origin, 'content/handbook/_index.md'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: origin, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'handbook');
    const checkout = commands.filter((c) => RUN_HERE[1]!.test(c));
    expect(checkout).toHaveLength(2);
    const work = join(place, 'rungs');
    mkdirSync(work);
    for (const command of checkout) {
      const local = command.replace(/https:\/\/\S+\.git/, `file://${origin}`);
      const run = spawnSync('sh', ['-c', local], { cwd: work, encoding: 'utf8' });
      expect(run.status, `${local}\n${run.stderr}`).toBe(0);
    }
    const pages = /SEEDS_DIR=(\S+) npm run dev/.exec(commands.find((c) => c.startsWith('SEEDS_DIR=../'))!)![1]!;
    expect(readdirSync(join(work, pages, 'sales')).length).toBe(5);
    expect(existsSync(join(place, 'gitlab-handbook/content/handbook'))).toBe(false); // only the job families were checked out
    const lint = spawnSync('npm', ['run', 'lint:seeds', '--', '--seeds', join(work, pages)], { cwd: ROOT, encoding: 'utf8' });
    expect(lint.stderr).toMatch(/rungs: 5 families, 24 roles; /);
  });
});

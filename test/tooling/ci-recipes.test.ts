// @vitest-environment node
// The CI recipes for a handbook repository (examples/ci/): their lint steps run
// as written on a stand-in repository (Rungs cloned into .rungs, pages in
// PAGES_DIR) and leave what GitHub and GitLab read; their publish steps build
// from the pages under the host's sub-path, with the single-page app fallback.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
type Yaml = any;
/** A YAML file, read with the YAML parser the compiler already uses for front matter. */
const load = (file: string): Yaml => matter(`---\n${readFileSync(join(ROOT, file), 'utf8')}\n---\n`).data;
const gitlab = load('examples/ci/gitlab/.gitlab-ci.yml');
const github = load('examples/ci/github/.github/workflows/job-families.yml');
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** A handbook repository with Rungs "cloned" into .rungs and the seeds plus a page with an error in `pagesDir`. */
function standIn(pagesDir: string): string {
  const repo = mkdtempSync(join(tmpdir(), 'rungs-handbook-'));
  symlinkSync(ROOT, join(repo, '.rungs'));
  mkdirSync(join(repo, pagesDir), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(repo, pagesDir, 'customer-success'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/broken/cycle'), join(repo, pagesDir, 'engineering'), { recursive: true });
  return repo;
}

const sh = (command: string, cwd: string, env: Record<string, string>) => spawnSync('sh', ['-c', command], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
const lintLine = (lines: string[]) => lines.find((l) => l.includes('src/compiler/cli.ts'))!;

describe('GitLab CI recipe', { timeout: 60_000 }, () => {
  const lint = gitlab['lint-job-families'];

  it('lints on merge requests and the default branch into a Code Quality report the widget reads', () => {
    expect(lint.rules.map((r: { if: string }) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(lint.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    const repo = standIn(gitlab.variables.PAGES_DIR);
    const run = sh(lintLine(lint.script), repo, { PAGES_DIR: gitlab.variables.PAGES_DIR });
    expect(run.status).toBe(1); // the page with a cycle fails the pipeline
    const issues = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')) as Array<{ check_name: string; location: { path: string } }>;
    expect(issues.map((i) => i.check_name)).toContain('extends-cycle');
    for (const issue of issues) expect(existsSync(join(repo, issue.location.path)), issue.location.path).toBe(true);
  });

  it('publishes the default branch to GitLab Pages under the path of CI_PAGES_URL, with the app as 404.html', () => {
    const pages = gitlab.pages;
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages.artifacts.paths).toEqual(['public']);
    const basePath = pages.script.find((l: string) => l.includes('BASE_PATH='));
    const base = (url: string) => sh(`${basePath}; printf '%s' "$BASE_PATH"`, ROOT, { CI_PAGES_URL: url }).stdout;
    expect(base('https://my-group.gitlab.io/handbook')).toBe('/handbook/');
    expect(base('https://my-group.gitlab.io/sub/handbook/')).toBe('/sub/handbook/');
    expect(base('https://handbook-0a1b2c.gitlab.io')).toBe('/');
    expect(pages.script).toContain('SEEDS_DIR="$CI_PROJECT_DIR/$PAGES_DIR" npm --prefix .rungs run build');
    expect(pages.script).toContain('cp public/index.html public/404.html');
    expect(scripts.build).toBe('vite build');
  });

  it('installs Rungs from RUNGS_GIT_URL at RUNGS_REF with the lock file', () => {
    expect(gitlab['.rungs'].before_script).toEqual(['git clone --depth 1 --branch "$RUNGS_REF" "$RUNGS_GIT_URL" .rungs', 'npm --prefix .rungs ci --no-audit --no-fund']);
    expect(gitlab.default.image).toMatch(/^node:20/);
  });
});

describe('GitHub Actions recipe', { timeout: 60_000 }, () => {
  const steps = (job: string) => github.jobs[job].steps as Array<{ run?: string; uses?: string; id?: string; with?: Record<string, string> }>;
  const runs = (job: string) => steps(job).flatMap((s) => (s.run ? [s.run] : []));

  it('lints every pull request into workflow annotations on the pages', () => {
    expect(Object.keys(github.on)).toContain('pull_request');
    const repo = standIn(github.env.PAGES_DIR);
    const run = sh(lintLine(runs('lint')), repo, { PAGES_DIR: github.env.PAGES_DIR });
    expect(run.status).toBe(1);
    const annotations = run.stdout.trimEnd().split('\n');
    expect(annotations.some((a) => a.startsWith('::error ') && a.includes('title=rungs extends-cycle'))).toBe(true);
    for (const a of annotations) {
      const file = /^::(?:error|warning|notice) file=([^,]+),/.exec(a)?.[1];
      expect(file && existsSync(join(repo, file)), a).toBe(true);
    }
  });

  it('publishes pushes to GitHub Pages under configure-pages\' base path, with the app as 404.html', () => {
    const job = github.jobs.pages;
    expect(job.if).toBe("github.event_name != 'pull_request'");
    expect(job.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const uses = steps('pages').flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    expect(runs('pages')).toContain('BASE_PATH="${{ steps.pages.outputs.base_path }}/" SEEDS_DIR="$GITHUB_WORKSPACE/$PAGES_DIR" npm --prefix .rungs run build');
    expect(runs('pages')).toContain('cp .rungs/dist/index.html .rungs/dist/404.html');
    expect(steps('pages').find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: '.rungs/dist' });
  });
});

// @vitest-environment node
// The command line as a user runs it: exit codes, diagnostics format, determinism.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../src/model/schema.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(TSX, ['src/compiler/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('rungs compile CLI', { timeout: 60_000 }, () => {
  it('writes a valid graph, prints file:line diagnostics and a summary, exits 0 on the seeds', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rungs-')), 'graph.json');
    const result = run('--seeds', 'seeds', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^seeds\/002_7f41ce87e5f6455e\.txt:21: warning lost-bullet: /m);
    expect(result.stderr).toMatch(/rungs: 5 families, 24 roles; 0 errors, \d+ warnings, \d+ infos in 5 files/);
    const graph = graphSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.families).toHaveLength(5);
  });

  it('is deterministic: the same pages give byte-identical JSON', () => {
    const a = execFileSync(TSX, ['src/compiler/cli.ts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const b = execFileSync(TSX, ['src/compiler/cli.ts', '--seeds', 'seeds/'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(a.length).toBeGreaterThan(10000);
    expect(a).toBe(b);
  });

  it('exits 1 when a page has an error, still writing the graph it could build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rungs-'));
    mkdirSync(join(dir, 'eng'));
    writeFileSync(
      join(dir, 'eng', 'loop.md'),
      '---\ntitle: Loop\n---\n## Levels\n### A\n#### Responsibilities\n- Extends the B responsibilities\n- Do a\n### B\n#### Responsibilities\n- Extends the A responsibilities\n- Do b\n',
    );
    const result = run('--seeds', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/eng\/loop\.md:11: error extends-cycle: /);
    const graph = graphSchema.parse(JSON.parse(result.stdout));
    expect(graph.roles.map((r) => r.id)).toEqual(['loop/a', 'loop/b']);
  });

  it('exits 2 with a clear message on a usage mistake', () => {
    const unknown = run('--frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option "--frobnicate"');
    const missing = run('--seeds', 'no/such/folder');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such folder "no/such/folder"');
  });

  it('lint:seeds prints only diagnostics', () => {
    const result = run('--lint');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('warning grade-name-mismatch');
  });
});

// @vitest-environment node
// The command line on a hostile folder (issue 10): pathological pages beside a good
// one, an unreadable file, a file name with a newline in it. No stack trace, every
// diagnostic on one line naming its page, the graph written with the good page.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../src/model/schema.ts';
import { adversarialCases, NEIGHBOUR } from './adversarial-pages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
// As root every file is readable: the CLI then runs as "nobody", so an unreadable file really is one.
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('rungs compile CLI on a hostile folder', { timeout: 120_000 }, () => {
  it('prints one line per diagnostic, no stack trace, and writes the graph with every other page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rungs-hostile-'));
    chmodSync(dir, 0o777);
    const picked = ['deep-blockquote', 'nested-emphasis', 'dots-heading-1mb', 'long-family-title', 'many-emphasis-openers'];
    for (const c of adversarialCases(16 * 1024).filter((x) => picked.includes(x.name))) for (const p of c.pages) writeFileSync(join(dir, p.file), p.content);
    writeFileSync(join(dir, NEIGHBOUR.file), NEIGHBOUR.content);
    writeFileSync(join(dir, 'locked.md'), '---\ntitle: Locked\n---\n');
    chmodSync(join(dir, 'locked.md'), 0o000);
    writeFileSync(join(dir, 'two\nlines.md'), '---\ntitle: Two Lines\n---\n## Levels\n### Senior\n');
    const out = join(dir, 'graph.json');

    const result = spawnSync(TSX, ['src/compiler/cli.ts', '--seeds', dir, '--out', out], { cwd: ROOT, encoding: 'utf8', ...asUser });

    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toMatch(/RangeError|TypeError|EACCES.*\n\s+at/);
    const lines = result.stderr.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^(rungs: |.+:\d+: (error|warning|info) [a-z-]+: )/);
    expect(result.stderr).toContain('/two\\nlines.md:');
    expect(result.stderr).toMatch(/locked\.md:0: error read-failed: The file could not be read \(EACCES\)/);
    for (const name of ['deep-blockquote', 'nested-emphasis', 'many-emphasis-openers']) expect(result.stderr).toMatch(new RegExp(`${name}\\.md:\\d+: error page-too-deep: `));
    expect(result.stderr).toMatch(/dots-heading-1mb\.md:1: error page-too-large: /);

    const graph = graphSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.roles.filter((r) => r.familyId === 'neighbour-family')).toHaveLength(2);
    expect(graph.families.map((f) => f.title)).toEqual(expect.arrayContaining(['Neighbour Family', 'Deep Quote', 'Two Lines']));
  });
});

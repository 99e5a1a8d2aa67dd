// @vitest-environment node
// `npm run lint:seeds -- --format <name>` as CI runs it, on the real seeds and on
// the broken fixtures (errors and warnings of every kind): each format is what
// its consumer reads (GitHub workflow annotations, GitLab Code Quality JSON, the
// graph's diagnostics array), points at files that exist, and agrees with the
// text report; --max-warnings fails the run above its limit, as eslint's does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagnosticSchema } from '../../src/model/schema.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const lint = (...args: string[]) => spawnSync(TSX, ['src/compiler/cli.ts', '--lint', ...args], { cwd: ROOT, encoding: 'utf8' });

const ANNOTATION = /^::(error|warning|notice) file=([^,:\r\n]+),line=([1-9]\d*),title=rungs ([a-z0-9-]+)::([^\r\n]+)$/;
const TEXT_LINE = /^(.+):(\d+): (error|warning|info) ([a-z0-9-]+): /;
const unescape = (property: string) => property.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

describe.each([
  { name: 'the seeds', folder: 'seeds', status: 0 },
  { name: 'the broken fixtures', folder: 'test/fixtures/broken', status: 1 },
])('lint formats on $name', { timeout: 60_000 }, ({ folder, status }) => {
  const text = lint('--seeds', folder);
  const findings = text.stderr.split('\n').flatMap((line) => {
    const m = TEXT_LINE.exec(line);
    return m ? [{ file: m[1]!, line: Number(m[2]), severity: m[3]!, code: m[4]! }] : [];
  });

  it('text: one `file:line: severity code: message` line per finding on stderr, nothing on stdout', () => {
    expect(text.status).toBe(status);
    expect(text.stdout).toBe('');
    expect(findings.length).toBeGreaterThan(5);
    if (status === 1) expect(findings.some((f) => f.severity === 'error')).toBe(true);
    for (const f of findings) expect(existsSync(join(ROOT, f.file)), f.file).toBe(true);
  });

  it('json: the same findings as the graph\'s diagnostics, paths under the folder given', () => {
    const run = lint('--seeds', folder, '--format', 'json');
    expect(run.status).toBe(status);
    const diagnostics = diagnosticSchema.array().parse(JSON.parse(run.stdout));
    expect(diagnostics.map((d) => ({ file: d.file, line: d.line, severity: d.severity, code: d.code }))).toEqual(findings);
  });

  it('github: one workflow annotation per finding, on an existing file and a line', () => {
    const run = lint('--seeds', folder, '--format', 'github');
    expect(run.status).toBe(status);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length);
    lines.forEach((line, i) => {
      const m = ANNOTATION.exec(line);
      expect(m, line).not.toBeNull();
      const level = { error: 'error', warning: 'warning', info: 'notice' }[findings[i]!.severity];
      expect([m![1], unescape(m![2]!), m![4]]).toEqual([level, findings[i]!.file, findings[i]!.code]);
      expect(existsSync(join(ROOT, unescape(m![2]!)))).toBe(true);
    });
    expect(run.stderr).toMatch(/^rungs: \d+ families/m); // the summary stays on stderr
  });

  it('codequality: a GitLab Code Quality array with stable, distinct fingerprints', () => {
    const run = lint('--seeds', folder, '--format', 'codequality');
    expect(run.status).toBe(status);
    const issues = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(issues).toHaveLength(findings.length);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(issue).toMatchObject({ description: expect.any(String), check_name: expect.stringMatching(/^[a-z0-9-]+$/), fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) });
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      const location = issue.location as { path: string; lines: { begin: number } };
      expect(existsSync(join(ROOT, location.path))).toBe(true);
      expect(location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    const fingerprints = issues.map((i) => i.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    const again = JSON.parse(lint('--seeds', folder, '--format', 'codequality').stdout) as Array<Record<string, unknown>>;
    expect(again.map((i) => i.fingerprint)).toEqual(fingerprints);
  });
});

describe('lint options', { timeout: 60_000 }, () => {
  it('--max-warnings fails the run above its limit and passes at or under it', () => {
    const over = lint('--max-warnings', '0');
    expect(over.status).toBe(1);
    const warnings = Number(/(\d+) warnings, more than --max-warnings 0/.exec(over.stderr)?.[1]);
    expect(warnings).toBeGreaterThan(0);
    expect(lint('--max-warnings', String(warnings), '--quiet').status).toBe(0);
  });

  it('refuses an unknown format, and a report format that would mix with the graph on stdout', () => {
    const unknown = lint('--format', 'xml');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--format needs one of text, json, github, codequality');
    const mixed = spawnSync(TSX, ['src/compiler/cli.ts', '--format', 'github'], { cwd: ROOT, encoding: 'utf8' });
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('use it with --lint');
  });
});

// @vitest-environment node
// The lint formats against their documented shapes: GitHub Actions workflow
// commands (annotations, with GitHub's escaping) and GitLab Code Quality issues
// (required fields, allowed severities, fingerprints stable across runs).
import { describe, expect, it } from 'vitest';
import { codeQualityIssues, escapeAnnotationData, escapeAnnotationProperty, formatReport, githubAnnotation, underFolder } from '../../src/compiler/report-formats.ts';
import { diagnosticSchema, type Diagnostic } from '../../src/model/schema.ts';
import { seeds } from './helpers.ts';

const lostBullet: Diagnostic = {
  severity: 'warning',
  code: 'lost-bullet',
  message: 'The line "Create and coordinate key reporting…" inside a list has no bullet; kept as its own item.',
  file: 'seeds/002_7f41ce87e5f6455e.txt',
  line: 21,
  hint: 'A line inside a list has no bullet; it was kept as its own item. Add "- " in front of it.',
};

/** GitHub's workflow command grammar: `::<command> <key>=<value>,…::<message>`, values with no raw `,` `:` CR LF. */
const ANNOTATION = /^::(error|warning|notice) ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

function parseAnnotation(line: string) {
  const match = ANNOTATION.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries(match[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
  return { level: match[1], properties, message: match[3] };
}

describe('GitHub annotations', () => {
  it('put a finding on its file and line with its code as the title and the hint on a second line', () => {
    expect(githubAnnotation(lostBullet)).toBe(
      '::warning file=seeds/002_7f41ce87e5f6455e.txt,line=21,title=rungs lost-bullet::The line "Create and coordinate key reporting…" inside a list has no bullet; kept as its own item.%0AA line inside a list has no bullet; it was kept as its own item. Add "- " in front of it.',
    );
    expect(parseAnnotation(githubAnnotation({ ...lostBullet, severity: 'error' })).level).toBe('error');
    expect(parseAnnotation(githubAnnotation({ ...lostBullet, severity: 'info' })).level).toBe('notice');
  });

  it('escape % CR LF everywhere, and , : in properties, as GitHub documents', () => {
    expect(escapeAnnotationData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeAnnotationProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
    expect(escapeAnnotationProperty('odd\x1b[31m\x00.md')).toBe('odd\\x1b[31m\\x00.md');
    const hostile = githubAnnotation({ ...lostBullet, file: 'eng/odd, name: 50%\n.md', message: 'line one\nline two: 10%', hint: undefined });
    const parsed = parseAnnotation(hostile);
    expect(parsed.properties.file).toBe('eng/odd%2C name%3A 50%25%0A.md');
    expect(parsed.message).toBe('line one%0Aline two: 10%25');
  });

  it('leave out the line of a finding about the whole page (line 0)', () => {
    expect(parseAnnotation(githubAnnotation({ ...lostBullet, line: 0 })).properties).toEqual({ file: 'seeds/002_7f41ce87e5f6455e.txt', title: 'rungs lost-bullet' });
  });
});

describe('GitLab Code Quality', () => {
  it('gives each finding the documented fields, an allowed severity and a line of at least 1', () => {
    const issues = codeQualityIssues([lostBullet, { ...lostBullet, severity: 'error', code: 'extends-cycle', line: 0 }, { ...lostBullet, severity: 'info' }]);
    expect(issues[0]).toEqual({
      description: lostBullet.message,
      check_name: 'lost-bullet',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'minor',
      location: { path: 'seeds/002_7f41ce87e5f6455e.txt', lines: { begin: 21 } },
    });
    expect(issues.map((i) => i.severity)).toEqual(['minor', 'major', 'info']);
    expect(issues[1]!.location.lines.begin).toBe(1);
  });

  it('keeps fingerprints across runs and when lines move, distinct between findings', () => {
    const report = seeds().diagnostics.map((d) => underFolder(d, 'seeds'));
    const first = codeQualityIssues(report).map((i) => i.fingerprint);
    expect(codeQualityIssues(report).map((i) => i.fingerprint)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    const moved = codeQualityIssues(report.map((d) => ({ ...d, line: d.line + 3 }))).map((i) => i.fingerprint);
    expect(moved).toEqual(first);
    const twice = codeQualityIssues([lostBullet, lostBullet]);
    expect(twice[0]!.fingerprint).not.toBe(twice[1]!.fingerprint);
  });
});

describe('text and json', () => {
  it('text is the compiler line format; json is the diagnostics as in the graph', () => {
    expect(formatReport([lostBullet], 'text')).toBe('seeds/002_7f41ce87e5f6455e.txt:21: warning lost-bullet: The line "Create and coordinate key reporting…" inside a list has no bullet; kept as its own item.\n');
    const parsed = JSON.parse(formatReport([lostBullet], 'json'));
    expect(parsed).toEqual([lostBullet]);
    expect(diagnosticSchema.array().safeParse(parsed).success).toBe(true);
  });

  it('paths are under the folder given on the command line, related ones too', () => {
    const d: Diagnostic = { ...lostBullet, file: 'eng/a.md', related: { file: 'eng/b.md', line: 3 } };
    expect(underFolder(d, 'handbook/job-families/')).toMatchObject({ file: 'handbook/job-families/eng/a.md', related: { file: 'handbook/job-families/eng/b.md', line: 3 } });
    expect(underFolder({ ...d, file: '(pages)' }, 'x').file).toBe('(pages)');
  });
});

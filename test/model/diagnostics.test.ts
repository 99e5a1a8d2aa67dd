// The data-quality view's grouping: by file, then by kind, in line order, with
// counts and a severity filter.
import { describe, expect, it } from 'vitest';
import { groupDiagnostics } from '@/model/diagnostics';
import type { Diagnostic } from '@/model/schema';

const d = (file: string, code: string, line: number, severity: Diagnostic['severity'] = 'warning', roleId?: string): Diagnostic => ({
  file,
  code,
  line,
  severity,
  message: `${code} at ${line}`,
  ...(roleId ? { roleId } : {}),
});

const all = [
  d('b.md', 'unknown-extends', 30, 'error', 'fam/x'),
  d('a.md', 'grade-name-mismatch', 12),
  d('b.md', 'link-by-name', 9, 'info'),
  d('a.md', 'grade-name-mismatch', 4),
  d('b.md', 'unknown-extends', 2, 'error'),
];

describe('groupDiagnostics', () => {
  it('groups by file, then by kind (most severe first), each in line order, with counts', () => {
    const report = groupDiagnostics(all);
    expect(report.counts).toEqual({ error: 2, warning: 2, info: 1 });
    expect(report.total).toBe(5);
    expect(report.shown).toBe(5);
    expect(report.files.map((f) => [f.file, f.count])).toEqual([
      ['a.md', 2],
      ['b.md', 3],
    ]);
    const b = report.files[1]!;
    expect(b.kinds.map((k) => [k.code, k.severity, k.diagnostics.map((x) => x.line)])).toEqual([
      ['unknown-extends', 'error', [2, 30]],
      ['link-by-name', 'info', [9]],
    ]);
  });

  it('filters by severity while keeping the overall counts', () => {
    const report = groupDiagnostics(all, 'error');
    expect(report.shown).toBe(2);
    expect(report.counts.warning).toBe(2);
    expect(report.files.map((f) => f.file)).toEqual(['b.md']);
    expect(report.files[0]!.kinds[0]!.diagnostics[1]!.roleId).toBe('fam/x');
  });

  it('says nothing is wrong with no diagnostics', () => {
    expect(groupDiagnostics([])).toEqual({ counts: { error: 0, warning: 0, info: 0 }, total: 0, shown: 0, files: [] });
  });

  it('lists every page least understood first, with its figure, also pages with nothing reported', () => {
    const page = (file: string, understood: number, kept: number, missed: number) => ({ file, counted: understood + kept + missed, understood, kept, missed });
    const pages = [page('a.md', 90, 5, 5), page('b.md', 20, 70, 10), page('c.md', 50, 50, 0), page('d.md', 99, 0, 1)];
    const report = groupDiagnostics(all, undefined, pages);
    expect(report.files.map((f) => [f.file, f.count, f.page?.understood])).toEqual([
      ['b.md', 3, 20],
      ['c.md', 0, 50],
      ['a.md', 2, 90],
      ['d.md', 0, 99],
    ]);
    // a severity filter keeps only the pages with diagnostics of that severity
    expect(groupDiagnostics(all, 'warning', pages).files.map((f) => f.file)).toEqual(['a.md']);
    // a file the summaries do not know (the graph as a whole) comes last
    expect(groupDiagnostics([...all, d('(graph)', 'schema-invalid', 0, 'error')], undefined, pages).files.at(-1)!.file).toBe('(graph)');
  });
});

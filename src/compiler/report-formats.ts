// How `npm run lint:seeds -- --format <name>` prints the compiler's diagnostics,
// for a person or for the CI around a handbook repository. In: the diagnostics
// (file paths as the person sees them, see `underFolder`) and a format; out: the
// text to print. Formats:
// - text: `file:line: severity code: message`, one per line (as the CLI always printed);
// - json: the diagnostics array, each as in the graph (src/model/schema.ts);
// - github: GitHub Actions workflow commands (`::warning file=…,line=…,title=…::…`),
//   so findings appear on the changed lines of a pull request;
// - codequality: GitLab's Code Quality report (a JSON array of issues), shown in a
//   merge request's widget; each issue's fingerprint depends on the file, code and
//   message (not the line), so a finding keeps its identity when lines above it move.
import { createHash } from 'node:crypto';
import type { Diagnostic, Severity } from '../model/schema.ts';
import { formatDiagnostic } from './diagnostics.ts';

export const REPORT_FORMATS = ['text', 'json', 'github', 'codequality'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}

/** A diagnostic with its file (and related file) under `folder`, as given on the command line; "(…)" pseudo-files stay as they are. */
export function underFolder(d: Diagnostic, folder: string): Diagnostic {
  const prefix = folder.replace(/\/+$/, '');
  const place = (file: string) => (file.startsWith('(') || prefix === '' || prefix === '.' ? file : `${prefix}/${file}`);
  const moved: Diagnostic = { ...d, file: place(d.file) };
  if (d.related) moved.related = { ...d.related, file: place(d.related.file) };
  return moved;
}

// GitHub workflow commands: data and property values are escaped as GitHub's
// own toolkit does (@actions/core: escapeData / escapeProperty); other control
// characters (a file name can hold ESC) are shown as \xNN so they cannot drive the log viewer.
export function escapeAnnotationData(text: string): string {
  return text
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function escapeAnnotationProperty(text: string): string {
  return escapeAnnotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** One workflow command: `::warning file=seeds/a.md,line=21,title=rungs lost-bullet::message%0Ahint`. */
export function githubAnnotation(d: Diagnostic): string {
  const properties = [`file=${escapeAnnotationProperty(d.file)}`];
  if (d.line > 0) properties.push(`line=${d.line}`);
  if (d.line > 0 && d.column !== undefined) properties.push(`col=${d.column}`);
  properties.push(`title=${escapeAnnotationProperty(`rungs ${d.code}`)}`);
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return `::${GITHUB_LEVEL[d.severity]} ${properties.join(',')}::${escapeAnnotationData(message)}`;
}

/** GitLab Code Quality severities: a build-failing error is major, a warning minor. */
const CODE_QUALITY_SEVERITY: Record<Severity, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/** The Code Quality issues for these diagnostics; the same finding on the same page gets the same fingerprint in every run. */
export function codeQualityIssues(diagnostics: readonly Diagnostic[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const key = [d.file, d.code, d.message].join('\0');
    const occurrence = seen.get(key) ?? 0; // identical findings in one file stay apart
    seen.set(key, occurrence + 1);
    return {
      description: d.message,
      check_name: d.code,
      fingerprint: createHash('md5').update(`${key}\0${occurrence}`).digest('hex'),
      severity: CODE_QUALITY_SEVERITY[d.severity],
      location: { path: d.file, lines: { begin: Math.max(1, d.line) } },
    };
  });
}

/** The whole report in one format, ending with a newline (empty for text with no diagnostics). */
export function formatReport(diagnostics: readonly Diagnostic[], format: ReportFormat): string {
  switch (format) {
    case 'text':
      return diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
    case 'json':
      return `${JSON.stringify(diagnostics, null, 2)}\n`;
    case 'github':
      return diagnostics.map((d) => `${githubAnnotation(d)}\n`).join('');
    case 'codequality':
      return `${JSON.stringify(codeQualityIssues(diagnostics), null, 2)}\n`;
  }
}

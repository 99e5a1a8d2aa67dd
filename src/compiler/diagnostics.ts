// The catalog of compiler diagnostics and the collector the stages report into.
// Diagnostics are values, never throws: every stage keeps going and says what it saw.
// Codes are stable (tests, the data-quality view and people's scripts key on them);
// each entry says what happened and what to do about it.
import type { Diagnostic, Severity, Source } from '../model/schema.ts';

interface CatalogEntry {
  severity: Severity;
  hint: string;
}

export const CATALOG = {
  'read-failed': { severity: 'error', hint: 'Check that the file exists and can be read.' },
  'not-utf8': { severity: 'warning', hint: 'Save the page as UTF-8; it was read as Latin-1 so its text is kept.' },
  'empty-file': { severity: 'warning', hint: 'The page has no content; add a title and levels or remove it.' },
  'bad-front-matter': { severity: 'error', hint: 'Fix the YAML between the --- lines; the page body was still read.' },
  'no-title': { severity: 'warning', hint: 'Add `title:` to the front matter; the first heading or the file name was used.' },
  'duplicate-family': { severity: 'warning', hint: 'Two pages have the same title; give each family a distinct title.' },
  'no-levels': { severity: 'info', hint: 'No level headings were found (a "## Levels" section or headings with grade/responsibilities/requirements); or list the levels in `rungs:` front matter (see the README).' },
  'single-role-page': { severity: 'info', hint: 'The page describes a single role (a grade or lists outside any level); add "## Levels" if it has several.' },
  'specialty-read-as-level': { severity: 'info', hint: 'A heading among the specialties names a role of its own (a Director, Head or Manager title with its own text); it was read as a level. Move it under the levels, or give it a Job Grade.' },
  'levels-as-specialties': { severity: 'info', hint: 'Headings under "## Levels" without grades, on a page with one grade, are read as specialties. Give each level a grade if they are levels.' },
  'level-name-differs': { severity: 'warning', hint: 'A level\'s sub-sections name it differently from its heading; use one name in the heading and its "… Job Grade / Responsibilities / Requirements" sub-headings.' },
  'level-heading-missing': { severity: 'warning', hint: 'Sub-sections name a level that has no heading of its own; add a "### <level>" heading above them.' },
  'extends-upward': { severity: 'warning', hint: 'A level extends a level with a higher grade; that line was not followed. Point it at the level below.' },
  'level-without-sections': { severity: 'warning', hint: 'Add Job Grade, Responsibilities and Requirements sub-sections to this level.' },
  'duplicate-level': { severity: 'warning', hint: 'Two levels of one family have the same name; the second got a numbered id.' },
  'grade-missing': { severity: 'warning', hint: 'Add a sentence such as "The X is a [Grade 7](…)" to the level, or state it in front matter: rungs: { levels: { "<level>": { grade: 7 } } }.' },
  'grade-not-number': { severity: 'warning', hint: 'Write the grade as a number ("grade 7").' },
  'grade-conflict': { severity: 'warning', hint: 'A level has two different grades; keep one.' },
  'grade-name-mismatch': { severity: 'warning', hint: 'The grade sentence names another level; the grade was kept for the level whose section it is in. Fix the name in the sentence.' },
  'heading-kind-inferred': { severity: 'warning', hint: 'The sub-section heading does not say what it holds; name it "… Responsibilities" or "… Requirements".' },
  'heading-skips-depth': { severity: 'info', hint: 'A heading skips a level of depth; it was read as a sub-section of the heading above it.' },
  'unknown-section': { severity: 'info', hint: 'The section has no special meaning to Rungs; its content is kept as-is.' },
  'lost-bullet': { severity: 'warning', hint: 'A line inside a list has no bullet; it was kept as its own item. Add "- " in front of it.' },
  'list-label': { severity: 'info', hint: 'A line between bullets labels the ones below it; it is kept as text, not counted as an item. Make it a heading ("##### Label") or put a blank line before it.' },
  'placeholder-item': { severity: 'info', hint: 'A bullet such as "[more detail required]" or "TBD" stands for items not written yet; it is kept as text and not counted. Replace it with the items.' },
  'mojibake-repaired': { severity: 'info', hint: 'The page contains mis-decoded characters; they were repaired. Save the page as UTF-8 to fix it at the source.' },
  'raw-html': { severity: 'warning', hint: 'Raw HTML is not rendered; its text was kept where it had any. Write Markdown instead.' },
  'unsafe-link': { severity: 'warning', hint: 'Only http(s), mailto and relative links are kept clickable; this one is shown as text.' },
  'extends-unresolved': { severity: 'warning', hint: 'The "Extends …" line names no level of this family; check the level name, or state it in front matter: rungs: { levels: { "<level>": { extends: "<level below>" } } }.' },
  'extends-ambiguous': { severity: 'warning', hint: 'The "Extends …" line matches several levels; name the level exactly (its heading\'s title), or state it in `rungs:` front matter.' },
  'extends-cycle': { severity: 'error', hint: 'Levels extend each other in a circle; one of the "Extends …" lines must point lower.' },
  'extends-self': { severity: 'warning', hint: 'A level extends itself; point the "Extends …" line at the level below.' },
  'reference-approximate': { severity: 'info', hint: 'A level was named by another spelling and was matched to the closest level; use its exact title to be sure.' },
  'reports-to-unresolved': { severity: 'info', hint: 'The reporting line names a role that is not in these pages; it is shown as an external role.' },
  'reports-to-ambiguous': { severity: 'warning', hint: 'The reporting line matches several roles; name the role exactly.' },
  'reports-to-by-name': { severity: 'info', hint: 'The link target is not in these pages, but a role with this name is; it was linked by name.' },
  'reports-to-partly-resolved': { severity: 'warning', hint: 'A reporting line names several roles and some of them are not in the pages.' },
  'inheritance-not-understood': { severity: 'warning', hint: 'Write it as "Extends the <level> responsibilities" (or "All responsibilities of the previous level plus:"), or state it in front matter: rungs: { levels: { "<level>": { extends: "<level below>" } } }.' },
  'section-word-misspelt': { severity: 'warning', hint: 'A section word in the heading is misspelt; it was read as meant. Fix the spelling ("Responsibilities", "Requirements").' },
  'unknown-list-section': { severity: 'warning', hint: 'A list inside a level sits under a heading Rungs does not know, so it is not counted as responsibilities or requirements. Name the heading "<level> Responsibilities" or "<level> Requirements".' },
  'section-beside-level': { severity: 'warning', hint: 'A "… Job Grade / Responsibilities / Requirements" heading has the same depth as the level headings; indent it one level deeper (#### under ###) so it clearly belongs to its level.' },
  'levels-not-found': { severity: 'warning', hint: 'Grade sentences name levels that have no heading of their own. Give each level a heading ("### <level>") with "#### <level> Job Grade", "… Responsibilities", "… Requirements" under it, or list them in front matter: rungs: { levels: { "<level>": { grade: 7 } } }.' },
  'rungs-front-matter-invalid': { severity: 'warning', hint: 'The `rungs:` front matter does not fit its schema (levels: { "<level title>": { grade, track, extends, reportsTo } }); the invalid part was ignored.' },
  'rungs-front-matter-unmatched': { severity: 'warning', hint: 'A level named in `rungs:` front matter is not a level of this page; use the level\'s title as its heading spells it.' },
  'next-step-unresolved': { severity: 'info', hint: 'A Career Ladder sentence ("The next step for X is Y") names a next step that is no level of this page; write the level\'s title as its heading spells it, or "the Y job family" for another page.' },
  'flows-into-unresolved': { severity: 'warning', hint: 'The Career Ladder links to a job family that is not in these pages.' },
  'schema-invalid': { severity: 'error', hint: 'The compiler produced a graph that does not fit the schema; this is a bug in Rungs.' },
  'page-too-large': { severity: 'error', hint: 'Split the page: a job-family page may be at most 512 KB (see "Limits" in the README). Its text is kept, unread.' },
  'page-too-deep': { severity: 'error', hint: 'Flatten the lists or quotes: at most 32 levels of nesting (see "Limits" in the README). Its text is kept, unread.' },
  'page-failed': { severity: 'error', hint: 'Reading this page failed inside Rungs (a bug); its text is kept, unread. Every other page was read.' },
  'text-cut-for-matching': { severity: 'warning', hint: 'A heading or name this long is not a name: only its start was used to recognise it; the full text is kept. Shorten it.' },
  'extends-too-deep': { severity: 'warning', hint: 'A chain of "Extends" lines is longer than 64 levels; items further down the chain were not inherited. Shorten the chain.' },
  'promotions-bounded': { severity: 'info', hint: 'Many levels share grades; each is linked to one level of the next grade instead of to all of them. Give levels distinct grades.' },
  'duplicate-id': { severity: 'error', hint: 'Two things got the same id, so one would hide the other; the second was left out. This is a bug in Rungs.' },
} as const satisfies Record<string, CatalogEntry>;

export type DiagnosticCode = keyof typeof CATALOG;

export interface ReportOptions {
  roleId?: string;
  related?: Source;
  column?: number;
  severity?: Severity;
}

/** Diagnostics of one code in one file listed before the rest are folded into one "… and N more". */
export const FOLD_AFTER = 50;

/** Collects diagnostics for one compile run; repeats of one code in one file are folded after FOLD_AFTER. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  private readonly counts = new Map<string, { seen: number; folded: Diagnostic | null }>();

  report(code: DiagnosticCode, file: string, line: number, message: string, options: ReportOptions = {}): void {
    const key = `${file}\u0000${code}`;
    const count = this.counts.get(key) ?? { seen: 0, folded: null };
    this.counts.set(key, count);
    count.seen++;
    if (count.seen > FOLD_AFTER) {
      const more = count.seen - FOLD_AFTER;
      const text = `… and ${more.toLocaleString('en-US')} more "${code}" in this file (only the first ${FOLD_AFTER} are listed).`;
      if (count.folded) count.folded.message = text;
      else {
        count.folded = { severity: options.severity ?? CATALOG[code].severity, code, message: text, file, line, hint: CATALOG[code].hint };
        this.list.push(count.folded);
      }
      return;
    }
    const entry: CatalogEntry = CATALOG[code];
    const diagnostic: Diagnostic = {
      severity: options.severity ?? entry.severity,
      code,
      message,
      file,
      line,
      hint: entry.hint,
    };
    if (options.column !== undefined) diagnostic.column = options.column;
    if (options.roleId !== undefined) diagnostic.roleId = options.roleId;
    if (options.related !== undefined) diagnostic.related = options.related;
    this.list.push(diagnostic);
  }

  get errorCount(): number {
    return this.list.filter((d) => d.severity === 'error').length;
  }
}

/** `file:line: severity code: message`, the line format the CLI, lint and build print; control characters escaped, so one diagnostic is one line. */
export function formatDiagnostic(d: Diagnostic): string {
  return escapeControl(`${d.file}:${d.line}: ${d.severity} ${d.code}: ${d.message}`);
}

/** Control characters (a newline in a file name, say) as visible escapes: "\\n", "\\x1b", "\\u2028". */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** One-line summary, like a compiler's: "2 errors, 5 warnings, 3 infos in 5 files". */
export function summarize(diagnostics: readonly Diagnostic[], files: number): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')} in ${plural(files, 'file')}`;
}

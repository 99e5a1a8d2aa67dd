// The page guard: one page in, its raw family out, and nothing it contains can stop
// the other pages from building. Before the Markdown parser sees a page, its size
// and nesting depth are checked against the documented limits (the parser is
// super-linear on deep nesting); a page over a limit is refused with an error
// naming it. Anything reading a page throws (a stack overflow, a bug) becomes a
// `page-failed` error with the page's file. A refused or failed page is kept as
// text: a family titled from its front matter or file name, holding its lines.
import type { Text } from '../model/schema.ts';
import { Diagnostics } from './diagnostics.ts';
import { type RawFamily, readPage } from './page.ts';
import { type PageInput, parsePage } from './parse.ts';
import { squash, titleLine } from './text.ts';

/** Largest page read (bytes); the largest real handbook page is about 41 KB. */
export const MAX_PAGE_BYTES = 512 * 1024;
/** Deepest nesting of lists and quotes read (each two columns of indentation count as one level). */
export const MAX_NESTING = 32;

/** Most emphasis runs (`*`, `_`, `~`) or link openers (`[`) in one paragraph: the parser pairs them up in quadratic time. */
export const MAX_INLINE_MARKERS = 128;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * How deeply a line nests, estimated without parsing: leading "> " quote markers and
 * list markers, plus one level per two columns of indentation. Fenced code is skipped.
 * Returns the deepest depth, and the 1-based line of the first line deeper than `limit` (else of the deepest).
 */
export function nestingDepth(text: string, limit = Infinity): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  let firstOver = 0;
  let fence: string | null = null;
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length + 1 : end + 1;
    lineNo++;
    const trimmed = line.trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (marker) {
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    let depth = 0;
    let columns = 0;
    let i = 0;
    while (i < line.length) {
      const ch = line[i]!;
      if (ch === ' ') columns++;
      else if (ch === '\t') columns += 4 - (columns % 4);
      else if (ch === '>') depth++;
      else {
        const m = LIST_MARKER.exec(line.slice(i, i + 12));
        if (!m) break;
        depth++;
        i += m[0].length;
        continue;
      }
      i++;
    }
    depth += Math.floor(columns / 2);
    if (depth > deepest.depth) deepest = { depth, line: lineNo };
    if (depth > limit && firstOver === 0) firstOver = lineNo;
  }
  return firstOver === 0 ? deepest : { depth: deepest.depth, line: firstOver };
}

/**
 * The paragraph (lines up to a blank line, a list item, a table row or a heading)
 * with the most emphasis runs or link openers, and the 1-based line where it starts.
 */
export function inlineMarkers(text: string): { count: number; line: number } {
  let worst = { count: 0, line: 0 };
  let runs = 0;
  let links = 0;
  let start = 0;
  let lineNo = 0;
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    at = end === -1 ? text.length + 1 : end + 1;
    lineNo++;
    const lead = line.replace(/^[\s>]*/, '');
    if (lead === '' || /^(?:[-*+]|\d{1,9}[.)])(?=[ \t])|^[|#]/.test(lead)) {
      runs = 0;
      links = 0;
      start = lineNo;
    }
    if (/^([*_-])(?:[ \t]*\1){2,}[ \t]*$/.test(lead)) continue; // a thematic break
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '[') links++;
      else if (ch === '*' || ch === '_' || ch === '~') {
        // A run of one or two delimiters is one marker; a longer run can open as many levels as it is long.
        let end = i;
        while (line[end + 1] === ch) end++;
        runs += end - i + 1 <= 2 ? 1 : end - i + 1;
        i = end;
      }
    }
    const count = Math.max(runs, links);
    if (count > worst.count) worst = { count, line: start || lineNo };
  }
  return worst;
}

function byteLength(content: PageInput['content']): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}

function asText(content: PageInput['content']): string {
  return typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
}

/** A page kept as text only: title from a `title:` line or the file name, its paragraphs (blank-line separated) with their lines. */
export function textOnlyFamily(file: string, text: string): RawFamily {
  const paragraphs: Text[] = [];
  let buffer: string[] = [];
  let first = 0;
  const lines = text.split('\n');
  let frontMatterTitle: string | undefined;
  let from = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (close > 0) {
      frontMatterTitle = titleLine(lines.slice(1, close).join('\n'));
      from = close + 1;
    }
  }
  const flush = () => {
    const joined = squash(buffer.join(' '));
    if (joined !== '') paragraphs.push({ text: joined, links: [], line: first });
    buffer = [];
  };
  for (let i = from; i < lines.length; i++) {
    if (lines[i]!.trim() === '') flush();
    else {
      if (buffer.length === 0) first = i + 1;
      buffer.push(lines[i]!);
    }
  }
  flush();
  const fromFile = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || 'Untitled';
  const title = squash(frontMatterTitle ?? '') || fromFile;
  // An empty page with just that title, read by the ordinary reader, then given the text.
  const scratch = new Diagnostics();
  const family = readPage(parsePage({ file, content: `---\ntitle: ${JSON.stringify(title)}\n---\n` }, scratch), scratch);
  family.sections.push({ title: 'Page text (not read)', line: 1, paragraphs, items: [], sections: [] });
  return family;
}

/** One page → its raw family, inside the guard; a read failure of the file itself gives null (reported). */
export function readGuarded(page: PageInput, diagnostics: Diagnostics): RawFamily | null {
  if (page.readError !== undefined) {
    diagnostics.report('read-failed', page.file, 0, `The file could not be read (${page.readError}).`);
    return null;
  }
  const bytes = byteLength(page.content);
  if (bytes > MAX_PAGE_BYTES) {
    diagnostics.report('page-too-large', page.file, 1, `The page is ${Math.round(bytes / 1024)} KB, over the limit of ${MAX_PAGE_BYTES / 1024} KB; it was not read.`);
    return textOnlyFamily(page.file, asText(page.content));
  }
  const text = asText(page.content);
  const nesting = nestingDepth(text, MAX_NESTING);
  if (nesting.depth > MAX_NESTING) {
    diagnostics.report('page-too-deep', page.file, nesting.line, `Lists or quotes nest up to ${nesting.depth} levels deep, over the limit of ${MAX_NESTING} from this line on; the page was not read.`);
    return textOnlyFamily(page.file, text);
  }
  const markers = inlineMarkers(text);
  if (markers.count > MAX_INLINE_MARKERS) {
    diagnostics.report('page-too-deep', page.file, markers.line, `A paragraph here has ${markers.count} emphasis or link markers, over the limit of ${MAX_INLINE_MARKERS}; the page was not read.`);
    return textOnlyFamily(page.file, text);
  }
  try {
    return readPage(parsePage(page, diagnostics), diagnostics);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    diagnostics.report('page-failed', page.file, 1, `Reading the page failed (${reason.split('\n')[0]!.slice(0, 200)}); its text is kept, unread.`);
    return textOnlyFamily(page.file, text);
  }
}

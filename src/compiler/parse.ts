// Stage 1, parse: one page's bytes → front matter + Markdown syntax tree (mdast).
// Reports: files that are not UTF-8, empty files, malformed YAML, mojibake repaired.
// Line numbers in the tree are shifted so they count from the top of the file.
import matter from 'gray-matter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';
import type { Diagnostics } from './diagnostics.ts';
import { repairMojibake } from './text.ts';

export interface PageInput {
  /** Path relative to the compiled folder, with forward slashes. */
  file: string;
  content: Uint8Array | string;
  /** Set (with empty content) when the file or folder could not be read: reported, not parsed. */
  readError?: string;
}

export interface ParsedPage {
  file: string;
  data: Record<string, unknown>;
  /** Markdown body (after the front matter), mojibake repaired. */
  body: string;
  /** Lines of the body, for checks that need the raw source (lost bullets). */
  lines: string[];
  /** The front matter block as written, also when it is not valid YAML. */
  rawFrontMatter: string | null;
  /** Number of lines before the body (front matter); add to body line numbers. */
  lineOffset: number;
  tree: Root;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decode(page: PageInput, diagnostics: Diagnostics): string {
  if (typeof page.content === 'string') return page.content;
  try {
    return utf8.decode(page.content);
  } catch {
    diagnostics.report('not-utf8', page.file, 1, 'The file is not valid UTF-8; it was read as Latin-1.');
    return latin1.decode(page.content);
  }
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

interface Split {
  data: Record<string, unknown>;
  raw: string | null;
  body: string;
  lineOffset: number;
}

function splitFrontMatter(file: string, text: string, diagnostics: Diagnostics): Split {
  const block = FRONT_MATTER.exec(text);
  if (!block) return { data: {}, raw: null, body: text, lineOffset: 0 };
  const body = text.slice(block[0].length);
  const lineOffset = countLines(block[0]) + (block[0].endsWith('\n') ? 0 : 1);
  try {
    // gray-matter caches parses by input string; a fresh object keeps pages independent.
    const parsed = matter(block[0] + '\n', { language: 'yaml' });
    const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? { ...parsed.data } : {};
    return { data, raw: block[1]!, body, lineOffset };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 2 : 1;
    diagnostics.report('bad-front-matter', file, line, `The front matter is not valid YAML (${reason}).`);
    return { data: {}, raw: block[1]!, body, lineOffset };
  }
}

type Positioned = { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] };

/** Shifts every position in the tree by `offset` lines (an explicit stack: nesting cannot overflow it). */
function shiftLines(tree: Positioned, offset: number): void {
  const stack: Positioned[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += offset;
      node.position.end.line += offset;
    }
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child as Positioned);
  }
}

/** Pages up to this size are parsed whole; the largest real handbook page is about 41 KB. */
export const SECTIONED_ABOVE = 64 * 1024;

const markdown = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/**
 * Where a big body can be cut into sections that parse the same apart as together:
 * before a "#" heading at the left margin that follows a blank line or another heading,
 * outside fenced code and multi-line HTML. None when the page defines link references
 * or footnotes (those must be seen by the whole page).
 */
function sectionStarts(lines: readonly string[]): number[] {
  if (lines.some((l) => /^ {0,3}\[[^\]]+\]:/.test(l))) return [];
  const starts: number[] = [];
  let fence: string | null = null;
  let html: RegExp | null = null;
  lines.forEach((line, i) => {
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
      return;
    }
    if (html !== null) {
      if (html.test(line)) html = null;
      return;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open) {
      fence = open;
      return;
    }
    if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) html = /-->/;
    else if (/^ {0,3}<(script|pre|style|textarea)\b/i.test(line) && !/<\/(script|pre|style|textarea)>/i.test(line)) html = /<\/(script|pre|style|textarea)>/i;
    else if (i > 0 && /^#{1,6}(\s|$)/.test(line) && (lines[i - 1]!.trim() === '' || /^#{1,6}(\s|$)/.test(lines[i - 1]!))) starts.push(i);
  });
  return starts;
}

/**
 * The body as mdast. micromark's time grows faster than the page on pages with many
 * lists (2,000 levels: 2.3× an ordinary page of that size), so a body over
 * SECTIONED_ABOVE is parsed section by section and the trees joined, lines shifted.
 */
export function parseMarkdown(body: string): Root {
  if (body.length <= SECTIONED_ABOVE) return markdown(body);
  const lines = body.split('\n');
  const starts = sectionStarts(lines);
  if (starts.length === 0) return markdown(body);
  const root: Root = { type: 'root', children: [] };
  [0, ...starts].forEach((start, k) => {
    const end = starts[k] ?? lines.length;
    const tree = markdown(lines.slice(start, end).join('\n'));
    shiftLines(tree, start);
    for (const child of tree.children) root.children.push(child);
  });
  const last = root.children[root.children.length - 1];
  if (root.children.length > 0) root.position = { start: { line: 1, column: 1, offset: 0 }, end: last!.position?.end ?? { line: lines.length, column: 1, offset: body.length } };
  return root;
}

export function parsePage(page: PageInput, diagnostics: Diagnostics): ParsedPage {
  const raw = decode(page, diagnostics);
  if (raw.trim() === '') diagnostics.report('empty-file', page.file, 1, 'The page is empty.');
  const { data, raw: rawFrontMatter, body: rawBody, lineOffset } = splitFrontMatter(page.file, raw, diagnostics);
  const { text: body, repairs } = repairMojibake(rawBody);
  for (const repair of repairs) {
    const line = lineOffset + countLines(rawBody.slice(0, repair.index)) + 1;
    diagnostics.report('mojibake-repaired', page.file, line, `Repaired mis-decoded "${repair.from}" to "${repair.to}".`);
  }
  const tree = parseMarkdown(body);
  shiftLines(tree, lineOffset);
  return { file: page.file, data, rawFrontMatter, body, lines: body.split(/\r?\n/), lineOffset, tree };
}

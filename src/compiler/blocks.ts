// Block content → data: lists become items (text, links, nested sub-items, line),
// everything else becomes paragraphs of plain text with their links. Page text is
// data: raw HTML is reduced to its text (reported), links with unsafe schemes lose
// their target (reported). A line inside a list that lost its bullet (a "lazy
// continuation" to CommonMark) is split off as its own item, with a warning.
import type { List, ListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Link, Text } from '../model/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import { isHarmlessHtml } from './harmless-html.ts';
import { lineOf } from './sections.ts';
import { squash } from './text.ts';

export interface RawItem {
  text: string;
  links: Link[];
  children: RawItem[];
  line: number;
  /** A label line between bullets ("**Partner Management**"): kept as text of its section, not as an item. */
  label?: true;
}

export interface BlockContext {
  file: string;
  diagnostics: Diagnostics;
  /** Lines of the whole file, 1-based access via lines[line - 1]. */
  fileLines: string[];
  /** Link reference definitions of the page ("[ref]: url"), by normalised label. */
  definitions: Map<string, string>;
}

/** `target.push(...source)` without passing every element as an argument (which overflows the stack on a huge list). */
export function append<T>(target: T[], source: readonly T[]): void {
  for (const x of source) target.push(x);
}

const SAFE_HREF = /^(https?:|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Only http(s), mailto and relative links stay links; anything else is reported and dropped. */
function safeHref(href: string, ctx: BlockContext, line: number): string | null {
  // Browsers read "\" as "/" at the start of a link: "/\evil.example" and "//evil.example" lead
  // off-site, so they are written as the absolute links they are (and the app treats them as such).
  const trimmed = href.trim().replace(/^[\\/][\\/]+/, 'https://');
  // Browsers ignore control characters and white space inside a scheme ("java\nscript:").
  const compact = trimmed.replace(/[\u0000-\u0020]/g, '');
  if (SAFE_HREF.test(compact) || !HAS_SCHEME.test(compact)) return trimmed;
  ctx.diagnostics.report('unsafe-link', ctx.file, line, `Link to "${trimmed.slice(0, 80)}" is not http(s), mailto or relative; kept as text.`);
  return null;
}

function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^<>]*>?/g, ' ');
}

/** Plain text and links of inline content. */
function inline(nodes: readonly Nodes[], ctx: BlockContext, out: { text: string; links: Link[] }): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.text += node.value;
        break;
      case 'break':
        out.text += '\n';
        break;
      case 'html': {
        if (!isHarmlessHtml(node.value)) ctx.diagnostics.report('raw-html', ctx.file, lineOf(node), `Inline HTML "${squash(node.value).slice(0, 60)}" is shown as text only.`);
        out.text += stripTags(node.value);
        break;
      }
      case 'link': {
        const inner = { text: '', links: [] as Link[] };
        inline(node.children as Nodes[], ctx, inner);
        const href = safeHref(node.url, ctx, lineOf(node));
        out.text += inner.text;
        if (href !== null) out.links.push({ text: squash(inner.text), href });
        append(out.links, inner.links);
        break;
      }
      case 'linkReference': {
        // "[text][ref]" with "[ref]: url" elsewhere on the page: a link like any other.
        const inner = { text: '', links: [] as Link[] };
        inline(node.children as Nodes[], ctx, inner);
        out.text += inner.text;
        const url = ctx.definitions.get(node.identifier.toLowerCase());
        const href = url === undefined ? null : safeHref(url, ctx, lineOf(node));
        if (href !== null) out.links.push({ text: squash(inner.text), href });
        append(out.links, inner.links);
        break;
      }
      case 'image':
      case 'imageReference':
        out.text += node.alt ?? '';
        break;
      case 'footnoteReference':
        out.text += `[${node.identifier}]`;
        break;
      default:
        if ('children' in node) inline(node.children as Nodes[], ctx, out);
        else if ('value' in node && typeof node.value === 'string') out.text += node.value;
    }
  }
}

export function inlineText(nodes: readonly PhrasingContent[], ctx: BlockContext): { text: string; links: Link[] } {
  const out = { text: '', links: [] as Link[] };
  inline(nodes as Nodes[], ctx, out);
  return out;
}

/** Which links of a list belong to a piece of text (by their visible text). */
function linksIn(text: string, links: Link[]): Link[] {
  return links.filter((l) => l.text === '' || text.includes(l.text));
}

/**
 * A line between bullets that labels the ones below it: wholly bold or italic in the
 * source ("**Partner Management**"), or a few words ending in a colon ("Technical Solutions:").
 */
function isLabel(piece: string, sourceLine: string): boolean {
  const words = squash(piece).split(' ').length;
  if (words > 6) return false;
  return /^\s*(\*\*|__|\*|_)\S.*?\1\s*:?\s*$/.test(sourceLine) || /^[A-Z][^.;!?]*:\s*$/.test(squash(piece));
}

/** "-Create new…": a bullet marker with no space after it, which Markdown reads as text. */
const LOST_MARKER = /^\s*[-*+](?=\p{L})/u;

/** Words that leave a phrase open at the end of a line: the next line carries it on ("… your counterparts in / Support Readiness"). */
const OPEN_ENDING = /(?:[,&/–—-]|\b(?:a|an|the|and|or|nor|of|in|on|at|to|by|for|with|from|into|onto|about|across|between|via|per|as|our|your|their|its|his|her|including|such|than|that|which|who)\b)\s*$/;

/** Words after which a number carries the phrase on ("at least / 5 years"). */
const OPEN_BEFORE_NUMBER = /\b(?:least|most|than|over|under|approximately|around|about|minimum|maximum|up|within|last|next|first|past)\s*$/;

/**
 * Does a line at the left margin inside a list start an item of its own? It does when
 * it opens like an item (a capital, or a number: "5+ years of experience") and the
 * line above did not leave a phrase open ("… your counterparts in").
 */
function startsItem(piece: string, above: string): boolean {
  const tail = above.slice(-40);
  if (/^\s*[A-Z]/.test(piece)) return !OPEN_ENDING.test(tail);
  if (/^\s*\d/.test(piece)) return !OPEN_ENDING.test(tail) && !OPEN_BEFORE_NUMBER.test(tail);
  return false;
}

/** Converts one list item; may return several items when lines lost their bullets. */
function listItem(node: ListItem, ctx: BlockContext): RawItem[] {
  const line = lineOf(node);
  const contentColumn = node.children[0]?.position?.start.column ?? 1;
  const texts: { text: string; links: Link[]; line: number }[] = [];
  const children: RawItem[] = [];
  for (const child of node.children) {
    if (child.type === 'list') {
      append(children, listItems(child, ctx));
    } else if (child.type === 'paragraph') {
      texts.push({ ...inlineText(child.children, ctx), line: lineOf(child) });
    } else if (child.type === 'blockquote') {
      // "- >5m ARR book of business": the ">" is part of the item's text, not a quote.
      for (const p of paragraphs([child], ctx)) texts.push({ text: `>${p.text}`, links: p.links, line: p.line });
    } else {
      for (const p of paragraphs([child], ctx)) texts.push(p);
    }
  }
  if (texts.length === 0) return [{ text: '', links: [], children, line }];

  // Split off lazy continuation lines that start a new item at the left margin; a line
  // that carries on a phrase the line above left open stays in its item.
  const first = texts[0]!;
  const pieces = first.text.split('\n');
  const own: string[] = [pieces[0]!];
  const split: RawItem[] = [];
  for (let i = 1; i < pieces.length; i++) {
    const sourceLine = ctx.fileLines[first.line + i - 1] ?? '';
    const indent = sourceLine.length - sourceLine.trimStart().length;
    const piece = pieces[i]!;
    const above = split.length > 0 ? split[split.length - 1]!.text : own[own.length - 1]!;
    const atMargin = indent + 1 < contentColumn && !/^\s*[-*+]\s/.test(sourceLine);
    const dashed = LOST_MARKER.exec(piece);
    if (atMargin && dashed === null && isLabel(piece, sourceLine)) {
      // "**Partner Management**" or "Technical Solutions:" between bullets: a label for the bullets below, kept as text.
      ctx.diagnostics.report('list-label', ctx.file, first.line + i, `The line "${squash(piece).slice(0, 60)}" inside a list reads as a label for the bullets below it; kept as text, not counted as an item.`);
      split.push({ text: squash(piece), links: linksIn(piece, first.links), children: [], line: first.line + i, label: true });
    } else if (atMargin && (dashed !== null || startsItem(piece, above))) {
      const text = squash(dashed !== null ? piece.slice(dashed[0].length) : piece);
      ctx.diagnostics.report('lost-bullet', ctx.file, first.line + i, `The line "${squash(piece).slice(0, 60)}…" inside a list has no bullet${dashed !== null ? ' (no space after its dash)' : ''}; kept as its own item.`);
      split.push({ text, links: linksIn(piece, first.links), children: [], line: first.line + i });
    } else if (split.length > 0) {
      split[split.length - 1]!.text = squash(`${split[split.length - 1]!.text} ${piece}`);
    } else {
      own.push(piece);
    }
  }
  const ownText = own.join(' ');
  const rest = texts.slice(1);
  const item: RawItem = {
    text: squash([ownText, ...rest.map((t) => t.text)].join(' ')),
    links: [...linksIn(ownText, first.links), ...rest.flatMap((t) => t.links)],
    children,
    line,
  };
  return [item, ...split];
}

export function listItems(list: List, ctx: BlockContext): RawItem[] {
  return list.children.flatMap((child) => listItem(child, ctx));
}

/** Non-list blocks → paragraphs (tables become one paragraph per row, code keeps its text). */
export function paragraphs(blocks: readonly RootContent[], ctx: BlockContext): Text[] {
  const out: Text[] = [];
  for (const block of blocks) {
    const line = lineOf(block);
    switch (block.type) {
      case 'paragraph':
      case 'heading': {
        const { text, links } = inlineText(block.children, ctx);
        if (squash(text) !== '') out.push({ text: squash(text), links, line });
        break;
      }
      case 'blockquote':
        append(out, paragraphs(block.children, ctx));
        break;
      case 'list':
        for (const item of listItems(block, ctx)) append(out, flatten(item));
        break;
      case 'code':
        if (block.value.trim() !== '') out.push({ text: squash(block.value), links: [], line });
        break;
      case 'html': {
        const text = squash(stripTags(block.value));
        if (!isHarmlessHtml(block.value)) ctx.diagnostics.report('raw-html', ctx.file, line, text === '' ? 'An HTML block was dropped (it had no text).' : 'An HTML block is shown as text only.');
        if (text !== '') out.push({ text, links: [], line });
        break;
      }
      case 'table':
        for (const row of block.children) {
          const cells = row.children.map((cell) => inlineText(cell.children, ctx));
          const text = squash(cells.map((c) => squash(c.text)).join(' | '));
          if (text !== '') out.push({ text, links: cells.flatMap((c) => c.links), line: lineOf(row) });
        }
        break;
      case 'definition':
        // "[ref]: url" is used by the links that name it; kept as text too, so nothing is lost.
        out.push({ text: squash(`[${block.label ?? block.identifier}]: ${safeHref(block.url, ctx, line) ?? ''}`), links: [], line });
        break;
      case 'thematicBreak':
        break;
      default:
        if ('children' in block) append(out, paragraphs(block.children as RootContent[], ctx));
        else if ('value' in block && typeof block.value === 'string' && block.value.trim() !== '')
          out.push({ text: squash(block.value), links: [], line });
    }
  }
  return out;
}

/** An item and all its sub-items as paragraphs (for scanning text such as grade sentences). */
export function flatten(item: RawItem): Text[] {
  return [{ text: item.text, links: item.links, line: item.line }, ...item.children.flatMap(flatten)];
}

/** A requirement marked as optional in its own text: "Nice to have: …", "BONUS: …", "Desirable: …". */
const MARKED_NICE_TO_HAVE = /^[\s*_]*(?:nice[- ]to[- ]have|bonus(?:\s+points)?|desirable|optional)[\s*_]*[:–—]/i;

/** A bullet that only labels the sub-bullets below it as nice to have: "Preferred requirements:", "Nice to have:". */
const NICE_TO_HAVE_LABEL = /^[\s*_]*(?:nice[- ]to[- ]haves?|bonus(?:\s+points)?|desirable|optional|(?:preferred|desired)(?:\s+(?:requirements|qualifications|skills|experience))?)[\s*_]*:?[\s*_]*$/i;

/**
 * Requirements whose text marks them as nice to have are not requirements: they go to
 * the nice-to-have list, text unchanged. A bullet labelling its sub-bullets as nice to
 * have ("Preferred requirements:" over one or more sub-bullets) gives them to that list;
 * the label is returned as text.
 */
export function splitNiceToHave(requirements: readonly RawItem[]): { requirements: RawItem[]; niceToHave: RawItem[]; labels: Text[] } {
  const kept: RawItem[] = [];
  const nice: RawItem[] = [];
  const labels: Text[] = [];
  for (const item of requirements) {
    if (item.children.length > 0 && item.text.length < 60 && NICE_TO_HAVE_LABEL.test(item.text)) {
      labels.push({ text: item.text, links: item.links, line: item.line });
      append(nice, item.children);
    } else (MARKED_NICE_TO_HAVE.test(item.text.slice(0, 40)) ? nice : kept).push(item);
  }
  return { requirements: kept, niceToHave: nice, labels };
}

/** A bullet that only says the list is not written yet: "[more detail required]", "TBD". */
const PLACEHOLDER_ITEM = /^[\s[(*_]*(?:more\s+details?(?:\s+(?:is|are))?\s+(?:required|needed|to\s+come|coming(?:\s+soon)?)|tb[dac]|to\s+be\s+(?:determined|defined|added|confirmed|written)|coming\s+soon|details?\s+to\s+(?:come|follow))[\s\])*_.!]*$/i;

/** Splits a section's blocks into its list items and its other paragraphs; a placeholder bullet is kept as text, not as an item. */
export function itemsAndParagraphs(blocks: readonly RootContent[], ctx: BlockContext): { items: RawItem[]; paragraphs: Text[] } {
  const items: RawItem[] = [];
  const placeholders: Text[] = [];
  const rest: RootContent[] = [];
  for (const block of blocks) {
    if (block.type !== 'list') {
      rest.push(block);
      continue;
    }
    for (const item of listItems(block, ctx)) {
      if (item.label === true) placeholders.push({ text: item.text, links: item.links, line: item.line });
      else if (item.children.length === 0 && item.text.length < 60 && PLACEHOLDER_ITEM.test(item.text)) {
        ctx.diagnostics.report('placeholder-item', ctx.file, item.line, `The bullet "${item.text}" holds the place of items not written yet; kept as text, not counted as an item.`);
        placeholders.push({ text: item.text, links: item.links, line: item.line });
      } else items.push(item);
    }
  }
  return { items, paragraphs: [...paragraphs(rest, ctx), ...placeholders] };
}

// A role or a comparison as Markdown, for people who take the text elsewhere
// (a promotion document, a chat message). Page text is data: it is escaped so
// it cannot turn into headings, HTML or links, and only links with an
// http(s), mailto or relative target survive as links.
import type { Comparison, ComparisonCell } from './compare';
import { COMPARED_SECTIONS, sectionItems, type ComparedSection } from './compared-sections';
import type { DiffPart } from './item-match';
import { getFamily, getRole, originTitle, trackLabel } from './queries';
import type { Graph, Item, Link, Role } from './schema';

export const SECTION_TITLES: Record<ComparedSection, string> = {
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  performanceIndicators: 'Performance indicators',
  niceToHave: 'Nice to have',
};

/** Escapes what Markdown would read as markup, including raw HTML and table pipes; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&'));
}

/** What only means something at the start of a line: headings, list markers, rules. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#=+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** The link target if it is safe to keep (http, https, mailto or relative), else null. */
export function safeHref(href: string): string | null {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  const compact = href.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!compact) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme && !['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase())) return null;
  // Percent-encoded so the target cannot end the Markdown link early.
  return href.trim().replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Item text with its links put back where their text appears (appended when it no longer does). */
export function inlineMarkdown(text: string, links: readonly Link[]): string {
  let out = '';
  let rest = text;
  const appended: string[] = [];
  for (const link of links) {
    const href = safeHref(link.href);
    const at = link.text ? rest.indexOf(link.text) : -1;
    const label = escapeMarkdown(link.text || link.href);
    const md = href ? `[${label}](${href})` : label;
    if (at < 0) {
      if (href) appended.push(md);
      continue;
    }
    out += escapeMarkdown(rest.slice(0, at)) + md;
    rest = rest.slice(at + link.text.length);
  }
  out += escapeMarkdown(rest);
  // Escaping the first chunk alone may have missed a marker that only starts the whole line.
  return escapeLineStart(appended.length ? `${out} (${appended.join(', ')})` : out);
}

function originMark(graph: Graph, item: Item, parentFrom: string | null): string {
  if (item.own || item.from === parentFrom) return '';
  return ` _(from ${escapeMarkdown(originTitle(graph, item.from))})_`;
}

function itemLines(graph: Graph, items: readonly Item[], depth: number, parentFrom: string | null): string[] {
  return items.flatMap((item) => [
    `${'  '.repeat(depth)}- ${inlineMarkdown(item.text, item.links)}${originMark(graph, item, parentFrom)}`,
    ...itemLines(graph, item.children, depth + 1, item.from),
  ]);
}

function facts(graph: Graph, role: Role): [string, string][] {
  const family = role.familyId ? getFamily(graph, role.familyId)?.title : null;
  const managers = role.reportsTo.map((id) => getRole(graph, id)?.title ?? id);
  return [
    ['Family', family ?? '—'],
    ['Grade', role.grade === null ? '—' : String(role.grade)],
    ['Track', trackLabel(role.track)],
    ['Reports to', managers.length ? managers.join('; ') : '—'],
  ];
}

/** One role: title, facts, and its merged items with the role they were inherited from. */
export function roleMarkdown(graph: Graph, role: Role): string {
  const lines = [`# ${escapeMarkdown(role.title)}`, ''];
  for (const [label, value] of facts(graph, role)) lines.push(`- **${label}:** ${escapeMarkdown(value)}`);
  for (const section of COMPARED_SECTIONS) {
    if (sectionItems(role, section).length === 0) continue;
    lines.push('', `## ${SECTION_TITLES[section]}`, '', ...itemLines(graph, sectionItems(role, section), 0, null));
  }
  return `${lines.join('\n')}\n`;
}

const tableRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** Emphasis markers must hug the text, so the white space around a part stays outside them. */
function marked(text: string, marker: string): string {
  const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return body ? `${lead}${marker}${escapeMarkdown(body!)}${marker}${trail}` : text;
}

function diffMarkdown(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.kind === 'added' ? marked(p.text, '**') : p.kind === 'removed' ? marked(p.text, '~~') : escapeMarkdown(p.text)))
    .join('')
    .replace(/\s+/g, ' ');
}

function cellMarkdown(graph: Graph, cell: ComparisonCell | null): string {
  if (!cell) return '—';
  const { item } = cell;
  const text = cell.change === 'reworded' && cell.diff ? `_Reworded:_ ${diffMarkdown(cell.diff)}` : inlineMarkdown(item.text, item.links);
  const prefix = cell.change === 'new' ? '**New:** ' : '';
  // A table cell holds one line: sub-items follow as a run of bullets.
  const children = item.children.map((c) => `<br>◦ ${inlineMarkdown(c.text, c.links)}`).join('');
  return `${prefix}${text}${originMark(graph, item, null)}${children}`;
}

/** A comparison as tables: the roles' facts, then one table per section, rows aligned as on screen. */
export function comparisonMarkdown(graph: Graph, comparison: Comparison): string {
  const titles = comparison.columns.map((c) => escapeMarkdown(c.role.title));
  const separator = tableRow(['---', ...titles.map(() => '---')]);
  const lines = [`# Comparison: ${titles.join(', ')}`, '', tableRow(['', ...titles]), separator];
  const columnFacts = comparison.columns.map((c) => facts(graph, c.role));
  columnFacts[0]?.forEach(([label], i) => lines.push(tableRow([`**${label}**`, ...columnFacts.map((f) => escapeMarkdown(f[i]![1]))])));
  for (const section of COMPARED_SECTIONS) {
    const rows = comparison.sections[section];
    if (rows.length === 0) continue;
    lines.push('', `## ${SECTION_TITLES[section]}`, '', tableRow(['In', ...titles]), separator);
    for (const row of rows) {
      const presence = row.presence === 'all' ? (row.reworded ? 'all, reworded' : 'all') : 'some';
      lines.push(tableRow([presence, ...row.cells.map((cell) => cellMarkdown(graph, cell))]));
    }
  }
  if (comparison.invalid.length) {
    lines.push('', `Not compared: ${comparison.invalid.map((i) => `${escapeMarkdown(i.id)} (${i.reason})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

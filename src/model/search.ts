// Search ranking for the search box: roles by title, alias and responsibility
// text, best matches first. Pure and deterministic. A phrase found in a role's
// title beats one in an alias, which beats one in its items; an item the role
// wrote itself beats the same item inherited from a lower level, so a
// responsibility phrase leads to the role that introduced it.
// Families whose text is not loaded yet are searched through their SearchText
// (each role's own items, one per line), normalised once per loaded array.
import type { Graph, Item, Role } from './schema';
import type { SearchText } from './chunks';

export interface SearchHit {
  role: Role;
  score: number;
  /** What matched, for display: the title, an alias, or the item text. */
  /** `item`: one of the role's own responsibilities or requirements, from the search text. */
  field: 'title' | 'alias' | 'responsibility' | 'requirement' | 'item';
  snippet: string;
}

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const tokens = (text: string) => normalize(text).split(' ').filter(Boolean);

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

interface Prepared {
  text: string;
  norm: string;
  words: string[];
}
const prepare = (text: string): Prepared => {
  const norm = normalize(text);
  return { text, norm, words: norm.split(' ').filter(Boolean) };
};

const preparedText = new WeakMap<SearchText, Map<string, Prepared[]>>();
function linesOf(search: SearchText): Map<string, Prepared[]> {
  let lines = preparedText.get(search);
  if (!lines) {
    lines = new Map(search.map(([id, text]) => [id, text.split('\n').filter(Boolean).map(prepare)]));
    preparedText.set(search, lines);
  }
  return lines;
}

/** 0..1: how much of the query a text covers; the last token may be a prefix (typing). */
function coverage(queryTokens: string[], words: string[]): number {
  if (!words.length) return 0;
  let hits = 0;
  queryTokens.forEach((q, i) => {
    const last = i === queryTokens.length - 1;
    if (words.some((w) => w === q || (last && q.length >= 2 && w.startsWith(q)))) hits++;
  });
  return hits / queryTokens.length;
}

function scoreText(query: string, queryTokens: string[], text: string, weight: number): number {
  return scorePrepared(query, queryTokens, prepare(text), weight);
}

function scorePrepared(query: string, queryTokens: string[], { norm, words }: Prepared, weight: number): number {
  if (!norm) return 0;
  if (norm === query) return weight * 3;
  if (norm.startsWith(query)) return weight * 2.2;
  if (` ${norm} `.includes(` ${query}`)) return weight * 2;
  const c = coverage(queryTokens, words);
  return c === 1 ? weight * 1.5 : c >= 0.5 ? weight * c : 0;
}

/** `text`: the search text of families whose items are not in the graph yet (see model/chunks). */
export function searchRoles(graph: Graph, rawQuery: string, limit = 10, text?: SearchText | null): SearchHit[] {
  const query = normalize(rawQuery);
  const queryTokens = tokens(rawQuery);
  if (!query) return [];
  const lines = text ? linesOf(text) : null;
  const hits: SearchHit[] = [];
  for (const role of graph.roles) {
    let best: Omit<SearchHit, 'role'> | null = null;
    const consider = (score: number, field: SearchHit['field'], snippet: string) => {
      if (score > 0 && (!best || score > best.score)) best = { score, field, snippet };
    };
    consider(scoreText(query, queryTokens, role.title, 100), 'title', role.title);
    for (const alias of role.aliases) consider(scoreText(query, queryTokens, alias, 80), 'alias', alias);
    for (const item of flatten(role.responsibilities)) {
      consider(scoreText(query, queryTokens, item.text, item.own ? 30 : 8), 'responsibility', item.text);
    }
    for (const item of flatten(role.requirements)) {
      consider(scoreText(query, queryTokens, item.text, item.own ? 24 : 6), 'requirement', item.text);
    }
    if (lines && role.responsibilities.length === 0 && role.requirements.length === 0) {
      for (const line of lines.get(role.id) ?? []) consider(scorePrepared(query, queryTokens, line, 30), 'item', line.text);
    }
    if (best) hits.push({ role, ...(best as Omit<SearchHit, 'role'>) });
  }
  return hits
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(a.role.external) - Number(b.role.external) ||
        (a.role.grade ?? 99) - (b.role.grade ?? 99) ||
        a.role.title.localeCompare(b.role.title),
    )
    .slice(0, limit);
}

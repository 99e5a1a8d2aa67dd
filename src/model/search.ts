// Search ranking for the search box: roles by title, alias and responsibility
// text, best matches first. Pure and deterministic. A phrase found in a role's
// title beats one in an alias, which beats one in its items; an item the role
// wrote itself beats the same item inherited from a lower level, so a
// responsibility phrase leads to the role that introduced it.
import type { Graph, Item, Role } from './schema';

export interface SearchHit {
  role: Role;
  score: number;
  /** What matched, for display: the title, an alias, or the item text. */
  field: 'title' | 'alias' | 'responsibility' | 'requirement';
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

/** 0..1: how much of the query a text covers; the last token may be a prefix (typing). */
function coverage(queryTokens: string[], text: string): number {
  const words = tokens(text);
  if (!words.length) return 0;
  let hits = 0;
  queryTokens.forEach((q, i) => {
    const last = i === queryTokens.length - 1;
    if (words.some((w) => w === q || (last && q.length >= 2 && w.startsWith(q)))) hits++;
  });
  return hits / queryTokens.length;
}

function scoreText(query: string, queryTokens: string[], text: string, weight: number): number {
  const norm = normalize(text);
  if (!norm) return 0;
  if (norm === query) return weight * 3;
  if (norm.startsWith(query)) return weight * 2.2;
  if (` ${norm} `.includes(` ${query}`)) return weight * 2;
  const c = coverage(queryTokens, text);
  return c === 1 ? weight * 1.5 : c >= 0.5 ? weight * c : 0;
}

export function searchRoles(graph: Graph, rawQuery: string, limit = 10): SearchHit[] {
  const query = normalize(rawQuery);
  const queryTokens = tokens(rawQuery);
  if (!query) return [];
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

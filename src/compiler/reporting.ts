// Reporting lines: "reports to the Director, X", "Reporting to the CMO, this
// role…", "reports into [VP, Sales](…)". Each wording is one row of WORDINGS;
// the manager's name runs to the end of the sentence, and trailing clauses
// ("… and is focused on inbound leads", "at GitLab", "or above") are not part of it.
// Page text is bounded before matching.
import type { Link, Text } from '../model/schema.ts';
import type { RawLevel } from './raw.ts';
import { squash, trimEndChars } from './text.ts';

/** Wordings that introduce a manager's name; the name follows the match. */
export const WORDINGS: readonly RegExp[] = [
  /\breports?\s+(?:directly\s+)?(?:in\s+)?to\b/i,
  /\breports?\s+(?:directly\s+)?into\b/i,
  /\breporting\s+(?:directly\s+)?(?:in)?to\b/i,
  /\b(?:is|are)\s+managed\s+by\b/i,
];

const MAX_TEXT = 1000;

/** Clauses after a manager's name that are not part of it (one row each). */
export const TRAILING_CLAUSES: readonly RegExp[] = [
  /,?\s+and\s+(?:leads?|is|are|works?|manages?|will|has|have|oversees?|focuse?s?|partners?|supports?|collaborates?|helps?|owns?|drives?)\b.*$/i,
  /,?\s+(?:who|which|that|while|where|in order to|to help|to support|to drive)\s.*$/i,
  /\s+(?:at|in)\s+(?:gitlab|the company)\b.*$/i,
  /\s+at\s+[A-Z][\w.-]*(?:\s+(?:Inc|Ltd|LLC)\.?)?$/,
  /\s+or\s+(?:above|higher|equivalent)\b.*$/i,
  /\s*\((?:or above|or higher|or equivalent)\)\s*$/i,
];

/** Drops what follows a manager's name in a reporting sentence. */
export function cleanManagerName(name: string): string {
  let out = name.slice(0, 300);
  for (const clause of TRAILING_CLAUSES) out = out.replace(clause, '');
  return trimEndChars(out, ' .,;:').trim();
}

/** The manager names a paragraph states, with their links when the names are linked. */
export function readReporting(text: string, links: readonly Link[]): { name: string; href: string | null }[] {
  const t = text.slice(0, MAX_TEXT);
  for (const wording of WORDINGS) {
    const m = wording.exec(t);
    if (!m) continue;
    const after = t.slice(m.index + m[0].length);
    // The sentence ends at a full stop, but not the one of "Sr." or "e.g.".
    const sentence = after.split(/(?<!\b(?:Sr|Jr|Mgr|Dir|Mr|Ms|Dr|St|vs|e\.g|i\.e))(?<=[a-z)])\.\s/)[0] ?? after;
    const linked = links.filter((l) => l.text !== '' && sentence.includes(l.text));
    if (linked.length > 0) return linked.map((l) => ({ name: l.text, href: l.href }));
    // "Reporting to the CMO, this role will…": the name ends at the comma of a leading clause.
    const clause = /^reporting\b/i.test(t.slice(m.index)) ? (sentence.split(/,\s+(?=(?:this|the|you|they|he|she|we|our)\b)/i)[0] ?? sentence) : sentence;
    const name = cleanManagerName(squash(trimEndChars(clause.replace(/^\s*(the|a|an)\s+/i, ''), '.;: ')));
    return name === '' ? [] : [{ name, href: null }];
  }
  return [];
}

export function reportsFrom(texts: readonly Text[], level: RawLevel): void {
  for (const p of texts) for (const found of readReporting(p.text, p.links)) level.reportsTo.push({ ...found, line: p.line });
}

// What a line became, in words a page owner reads: "Responsibility of Senior CSM",
// "Heading of the family's levels", "Ignored: …". Parts are text or an owner (which
// the view shows as a link), so the words are decided here and only rendered there.
import type { LineStatus, Meaning, Owner } from './page-lines.ts';

export type Part = string | { owner: Owner };

const LIST_WORDS: Record<string, [one: string, many: string]> = {
  responsibilities: ['responsibility', 'responsibilities'],
  requirements: ['requirement', 'requirements'],
  performanceIndicators: ['performance indicator', 'performance indicators'],
  items: ['item', 'items'],
};

/** A list's field name in words: known lists by the table, others spelled out ("niceToHave" → "nice to have"). */
export function listWord(list: string, plural = false): string {
  const known = LIST_WORDS[list];
  if (known) return plural ? known[1] : known[0];
  return list.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const PARTS: Record<string, string> = {
  grade: 'job grade',
  intro: 'introduction',
  levels: 'levels',
  specialties: 'specialties',
  section: 'kept text',
  'reports-to': 'reporting line',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function whose(owner: Owner): Part[] {
  return owner.kind === 'family' ? ['the family'] : [{ owner }];
}

function joined(owners: readonly Owner[]): Part[] {
  return owners.flatMap((o, i): Part[] => (i === 0 ? [{ owner: o }] : [i === owners.length - 1 ? ' and ' : ', ', { owner: o }]));
}

export function meaningParts(meaning: Meaning): Part[] {
  switch (meaning.kind) {
    case 'front-matter':
      return [meaning.used ? `Front matter: the family's ${meaning.field}` : `Front matter "${meaning.field}": not used by Rungs`];
    case 'level':
      return ['Level heading of ', { owner: meaning.owner }];
    case 'specialty':
      return ['Specialty heading: ', { owner: meaning.owner }];
    case 'grade':
      return [`Grade ${meaning.grade} of `, { owner: meaning.owner }];
    case 'item':
      return [`${capital(listWord(meaning.list))}${meaning.depth > 0 ? ' (sub-item)' : ''} of `, ...whose(meaning.owner), ...(meaning.owner.kind === 'family' ? [' (every level)'] : [])];
    case 'restated':
      return [`${capital(listWord(meaning.list))} of `, ...whose(meaning.owner), ', the same as the one inherited from ', ...whose(meaning.from)];
    case 'inheritance':
      if (meaning.target === null) return [`Inheritance line of `, ...whose(meaning.owner), ` (${listWord(meaning.list, true)}): not resolved, nothing inherited`];
      return [`Inheritance: `, ...whose(meaning.owner), ` builds on the ${listWord(meaning.list, true)} of `, ...whose(meaning.target)];
    case 'reports-to':
      if (meaning.targets.length === 0) return ['Reporting line of ', { owner: meaning.owner }, `: "${meaning.name}" matched no role`];
      return ['Reporting line: ', { owner: meaning.owner }, ' reports to ', ...joined(meaning.targets)];
    case 'intro':
      return ['Introduction of ', ...whose(meaning.owner)];
    case 'section':
      return [`Kept as text: section "${meaning.title}" of `, ...whose(meaning.owner)];
    case 'heading':
      return ['Heading of ', ...whose(meaning.owner), `'s ${PARTS[meaning.part] ?? listWord(meaning.part, true)}`];
    case 'continues':
      return [`Continues line ${meaning.line}`];
    case 'syntax':
      return [`Markdown syntax: ${meaning.what}`];
    case 'ignored':
      return [`Ignored: ${meaning.reason}`];
  }
}

/** Plain text of a meaning (for tests and titles). */
export function meaningText(meaning: Meaning): string {
  return meaningParts(meaning)
    .map((p) => (typeof p === 'string' ? p : p.owner.title))
    .join('');
}

export const STATUS_WORDS: Record<LineStatus, string> = {
  understood: 'Understood',
  kept: 'Kept as text',
  neutral: 'Syntax',
  missed: 'Ignored',
  blank: '',
};

/**
 * What to show beside a line: a line that has a specific meaning (a grade, a
 * reporting line…) does not also repeat that it is part of the level's introduction.
 */
export function shownMeanings(meanings: readonly Meaning[]): Meaning[] {
  const specific = meanings.some((m) => m.kind === 'grade' || m.kind === 'reports-to' || m.kind === 'inheritance' || m.kind === 'level');
  return specific ? meanings.filter((m) => m.kind !== 'intro' && m.kind !== 'section') : [...meanings];
}


// Reporting lines: "reports to the Director, X", "Reporting to the CMO, this
// role…", "reports into [VP, Sales](…)", in a level's prose, in a bullet of its
// lists ("- This position reports to the Controller"), or in the family's intro
// ("Product Designers report to a Product Design Manager") for levels that say
// nothing of their own. Each wording is one row of WORDINGS; the manager's name
// runs to the end of the sentence, and trailing clauses ("… and is focused on
// inbound leads", "at GitLab", "or above", "if there is no X") are not part of it.
// "A, B or C" names several managers when every part is a title. Activity uses of
// the words ("quarterly reporting to the audit committee", "reports to measure")
// are not reporting lines. Page text is bounded before matching.
import type { Link, Text } from '../model/schema.ts';
import type { RawItem } from './blocks.ts';
import { bareRank, nameWords } from './names.ts';
import type { RawFamily, RawLevel } from './raw.ts';
import { squash, trimEndChars } from './text.ts';

/** How a wording is used: `weak` ones ("reporting to") also name activities, so their name must look like a title. */
interface Wording {
  pattern: RegExp;
  weak?: boolean;
}

/** Wordings that introduce a manager's name; the name follows the match. First match in the text wins. */
export const WORDINGS: readonly Wording[] = [
  // "will report to and collaborate directly with the Secure Engineering Manager": the name follows "with".
  { pattern: /\breports?\s+to\s+and\s+(?:collaborates?|works?|partners?)\s+(?:directly\s+|closely\s+)?with\b/gi },
  // "reports intot" is a typo of "into" seen on real pages; "reports either to a X or a Y".
  { pattern: /\breports?\s+(?:directly\s+|up\s+|either\s+)?(?:in\s*)?tot?\b/gi },
  { pattern: /\breports?\s+(?:directly\s+)?into\b/gi },
  { pattern: /\breporting\s+(?:directly\s+)?(?:in)?to\b/gi, weak: true },
  { pattern: /\b(?:is|are)\s+managed\s+by\b/gi },
];

const MAX_TEXT = 1000;

/** Words before "reporting to" that make it an activity ("periodic reporting to the board"), not a reporting line. */
const ACTIVITY_BEFORE = /\b(?:periodic|quarterly|annual|monthly|weekly|daily|regular|financial|hoc|standardi[sz]ed|external|internal|key|data|and|provide|deliver|with|of|for|direct)\s*$/i;

/** A word in front of "reports" that makes it a noun ("metrics reports to", "direct reports to") or an activity ("regularly report to the Board"). */
const NOUN_BEFORE = /\b(?:direct|metrics?|status|weekly|monthly|quarterly|annual|daily|financial|hoc|regular|the|of|prepare|preparing|deliver|create|run|build|provide|compile|these|those|any|regularly|periodically|frequently|occasionally)\s*$/i;

/** Who a manager is not: pronouns and template placeholders. */
const NOT_A_NAME = /^(?:you|your|them|him|her|us|me|whom|which|it|this|that|these|those)\b/;

/** A template placeholder left in a page ("{add the reporting position …}"): what comes before it is kept. */
const PLACEHOLDER = /\s*\{.*$/;

/** Clauses after a manager's name that are not part of it (one row each). */
export const TRAILING_CLAUSES: readonly RegExp[] = [
  // ", and UX Researchers report to the Manager, UX Research": the next reporting line of the sentence.
  /,?\s+and\s+.{0,200}?\breports?\s+(?:to|into)\b.*$/i,
  /,?\s+and\s+(?:leads?|is|are|be|works?|manages?|will|has|have|oversees?|focuse?s?|partners?|supports?|collaborates?|helps?|owns?|drives?)\b.*$/i,
  /,?\s+for\s+(?:which|whom|the\s+region|their\s+region|his\s+region|her\s+region|your\s+region)\b.*$/i,
  /,?\s+(?:who|which|that|while|where|in order to)\s.*$/i,
  /,?\s+if\s+(?:there|no|not|none|the|a|an|this|that)\b.*$/i,
  /,?\s+with\s+a\s+(?:dotted|solid|direct|matrix)[-\s]line\b.*$/i,
  /,\s+(?:leading|working|responsible|focused|focusing|partnering|supporting|helping|managing|overseeing|based|located|collaborating)\b.*$/i,
  /\s+(?:working|partnering|collaborating)\s+(?:closely\s+|directly\s+)?with\b.*$/i,
  /\s+on\s+a\s+(?:daily|weekly|monthly|quarterly|regular)\s+basis\b.*$/i,
  // The next sentence of a paragraph whose line had no full stop: "… Director of X This position is a grade 8".
  /\s+(?:This|The|These|Our)\s+(?:position|role|job|team|level)\b.*$/,
  // "… to update the members on …": a purpose, not part of the name.
  /\s+to\s+(?:update|discuss|present|provide|share|review|inform|ensure|deliver|help|support|drive|lead|build)\b.*$/i,
  /\s+(?:at|in)\s+(?:gitlab|the company)\b.*$/i,
  /\s+at\s+[A-Z][\w.-]*(?:\s+(?:Inc|Ltd|LLC)\.?)?$/,
  /\s+or\s+(?:above|higher|equivalent)\b.*$/i,
  /\s*\((?:or above|or higher|or equivalent)\)\s*$/i,
];

/** Drops what follows a manager's name in a reporting sentence, and the initialism it defines ("Chief Product Officer (CPO)"). */
export function cleanManagerName(name: string): string {
  let out = name.slice(0, 300);
  for (const clause of TRAILING_CLAUSES) out = out.replace(clause, '');
  return dropInitialism(trimEndChars(out, ' .,;:').trim());
}

/** "Chief Product Officer (CPO)" → "Chief Product Officer": the initials in brackets spell the words before them. */
function dropInitialism(name: string): string {
  const m = /\s*\(([A-Z]{2,6})\)$/.exec(name);
  if (!m) return name;
  const before = name.slice(0, m.index);
  const initials = before.split(/[^A-Za-z]+/).filter((w) => w !== '' && !/^(?:of|and|the|for)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  return initials.endsWith(m[1]!) ? before : name;
}

/** A word that makes a phrase a title on its own ("Federal Sales Director", "VP, Widgets"). */
const TITLE_WORD = /\b(?:manager|director|vp|svp|evp|vice president|head|chief|officer|president|lead|leader|supervisor|ceo|cfo|cmo|cto|cro|coo|cpo|ciso|cio|founder)s?\b/i;

/** Words a title may start with when it follows another title in a list ("Manager, X, Senior Manager, X"). */
const RANK_START = /^(?:senior|sr\.?|junior|manager|director|vice president|vp|svp|evp|head|chief|principal|associate|executive|group|lead|regional|area|global)\b/i;

/** Words in front of a manager's name that are not part of it: articles (repeated, misspelt: "the a", "tje"), "our", the company. */
const ARTICLE = /^(?:(?:the|a|an|either|tje|our|gitlab(?:'s|’s)?)(?:\s+|$))+/i;

/**
 * "Manager, X, Senior Manager, X or a Y Director" → each manager. Parts without a
 * tail of their own (", X" or " of X") that are a rank only take the last part's
 * ("Manager or Senior Manager, X"; "IT Manager or IT Director, X" keeps "IT Manager").
 * Split only when every part is a title: "Sales Operations Sr or Manager" stays whole (the resolver tries its own splits when a name matches nothing).
 */
export function splitManagers(name: string): string[] {
  const parts: string[] = [];
  // "A, a B or the C": "or", and a comma followed by an article, start the next name.
  for (const alternative of name.replace(ARTICLE, '').split(/\s*,?\s+or\s+|,\s+(?=(?:a|an|the)\s)/i)) {
    let rest = alternative.replace(ARTICLE, '').trim();
    // ", Senior Manager, …" after a part that has its own comma starts the next title.
    for (;;) {
      const first = rest.indexOf(',');
      const next = first === -1 ? -1 : rest.slice(first + 1).search(/,\s+(?=\S)/);
      if (next === -1) break;
      const at = first + 1 + next;
      const after = rest.slice(at + 1).trim();
      if (!RANK_START.test(after)) break;
      parts.push(rest.slice(0, at).trim());
      rest = after;
    }
    parts.push(rest);
  }
  const named = parts.map((p) => trimEndChars(p, ' ,')).filter((p) => p !== '');
  if (named.length < 2) return [name];
  const tail = /(,.*|\s+of\s+.*)$/i.exec(named[named.length - 1]!)?.[1] ?? '';
  const whole = named.map((p) => (tail === '' || /,|\sof\s/i.test(p) || !bareRank(p) ? p : `${p}${tail}`));
  return whole.every((p) => TITLE_WORD.test(p)) ? whole : [name];
}

/** Where a sentence ends: a full stop or semicolon, but not the one of "Sr.", "e.g." or an initial ("U.S."). */
const SENTENCE_END = /(?<!\b(?:Sr|Jr|Mgr|Dir|Mr|Ms|Mrs|Dr|St|vs|Inc|Ltd|Co|No|e\.g|i\.e|[A-Za-z]))[.;]\s+/;

/** "[Chief Product Officer]({{< ref … >}})", a link Markdown could not read: its text. */
function unlink(text: string): string {
  return text.replace(/\[([^\]]{1,200})\]\([^)]{0,300}\)/g, '$1');
}

interface Candidate {
  index: number;
  end: number;
  wording: Wording;
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const wording of WORDINGS) {
    wording.pattern.lastIndex = 0;
    for (let m = wording.pattern.exec(text); m !== null; m = wording.pattern.exec(text)) {
      if (!found.some((c) => c.index <= m!.index && m!.index < c.end)) found.push({ index: m.index, end: m.index + m[0].length, wording });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface ReportingOptions {
  /** Bullets of a list: the line must open with its subject ("This position reports…", "Reports to…"), and the name must look like a title. */
  bullet?: boolean;
}

/** The manager names a paragraph states, with their links when the names are linked. */
export function readReporting(text: string, links: readonly Link[], options: ReportingOptions = {}): { name: string; href: string | null }[] {
  return readAt(text, links, options)?.found ?? [];
}

/** What the first reporting line of a text names, and where its wording starts. */
function readAt(text: string, links: readonly Link[], options: ReportingOptions): { found: { name: string; href: string | null }[]; index: number } | null {
  const t = text.slice(0, MAX_TEXT);
  for (const c of candidates(t)) {
    const before = t.slice(0, c.index);
    const sentenceStart = before.split(SENTENCE_END).pop() ?? '';
    if (c.wording.weak ? ACTIVITY_BEFORE.test(before) : NOUN_BEFORE.test(before)) continue;
    if (options.bullet && !opensWithSubject(sentenceStart)) continue;
    const after = t.slice(c.end);
    const sentence = after.split(SENTENCE_END)[0] ?? after;
    const start = sentence.trim();
    // "reports to measure…", "reports to senior management": a verb or a lowercase noun, not a named manager.
    if (/^[a-z]/.test(start) && !/^(?:the|a|an|our|their|his|her|its|either)\s/i.test(start)) continue;
    if (NOT_A_NAME.test(start)) continue;
    // Linked managers: a link whose text is a title ("grade 8" in the next line is not one).
    const linked = links.filter((l) => l.text !== '' && sentence.includes(l.text) && TITLE_WORD.test(l.text));
    if (linked.length > 0) return { found: withUnlinked(sentence, linked) ?? linked.map((l) => ({ name: l.text, href: l.href })), index: c.index };
    // "Reporting to the CMO, this role will…": the name ends at the comma of a leading clause.
    const leading = /^reporting\b/i.test(t.slice(c.index));
    const clause = leading ? (sentence.split(/,\s+(?=(?:this|the|you|they|he|she|we|our|it)\b)/i)[0] ?? sentence) : sentence;
    const name = cleanManagerName(squash(trimEndChars(unlink(clause).replace(PLACEHOLDER, '').trim().replace(ARTICLE, ''), '.;: ')));
    if (name === '' || NOT_A_NAME.test(name)) continue;
    // A weak wording, or a bullet, names a title: "the PS management team", "global channel sales" are not managers.
    if ((c.wording.weak || options.bullet) && !/^[A-Z0-9]/.test(name)) continue;
    return { found: splitManagers(name).map((n) => ({ name: n, href: null })), index: c.index };
  }
  return null;
}

/**
 * "reports to a UX Engineering Manager or [Product Design Manager](…)": every manager
 * of the list, the linked ones with their links. Null unless the list splits into
 * titles that are each a link's text or a short unlinked title.
 */
function withUnlinked(sentence: string, linked: readonly Link[]): { name: string; href: string | null }[] | null {
  const whole = cleanManagerName(squash(trimEndChars(unlink(sentence).trim().replace(ARTICLE, ''), '.;: ')));
  const parts = splitManagers(whole);
  if (parts.length < 2) return null;
  const found = parts.map((p) => {
    const link = linked.find((l) => l.text === p);
    return { name: p, href: link?.href ?? null, plain: !link && !linked.some((l) => p.includes(l.text)) && p.split(/\s+/).length <= 6 };
  });
  if (!found.every((f) => f.href !== null || f.plain) || !linked.every((l) => found.some((f) => f.name === l.text))) return null;
  return found.map(({ name, href }) => ({ name, href }));
}

/** A bullet that states a reporting line opens with it or with its subject: "Reports to…", "This position reports…", "The X will report…". */
function opensWithSubject(before: string): boolean {
  const words = before.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return true;
  if (words.length > 8) return false;
  if (/^(?:this|the|a|an|our|each|every)$/i.test(words[0]!)) return true;
  if (/^(?:will|would|shall|also|currently|directly)$/i.test(words[words.length - 1]!)) return true;
  return words.every((w) => /^[A-Z(]/.test(w));
}

export function reportsFrom(texts: readonly Text[], level: RawLevel): void {
  for (const p of texts) for (const found of readReporting(p.text, p.links)) level.reportsTo.push({ ...found, line: p.line });
}

/** Reporting lines written as bullets of a level's lists ("- Reports to the CEO"), for a level whose prose states none. */
export function reportsFromItems(level: RawLevel): void {
  if (level.reportsTo.length > 0) return;
  const items: RawItem[] = [...level.lists.responsibilities, ...level.lists.requirements, ...level.sections.flatMap((s) => s.items)];
  for (const item of items) {
    for (const found of readReporting(item.text, item.links, { bullet: true })) level.reportsTo.push({ ...found, line: item.line });
    if (level.reportsTo.length > 0) return;
  }
}

/** Family sections that are not about the role itself: their reporting wordings speak of someone else (the interviewer, the hiring manager). */
const NOT_INTRO = /\b(?:hiring|interview|compensation|benefits|performance|indicators?|career|ladder|specialt|speciali[sz]ation|levels?|grades?)\b/i;

/**
 * The family intro's reporting line ("Product Designers report to a Product Design
 * Manager", "This job family reports to the IT Manager", also under an "## About the
 * Position" or "## X Roles at GitLab" heading) for the levels that state none of their
 * own: every level when the subject is the family or the role ("This job family",
 * "This role"), else the levels the subject names (see `covers`).
 */
export function familyReporting(family: RawFamily): void {
  if (family.levels.length === 0) return;
  const texts = [...family.intro, ...family.sections.filter((s) => s.title !== '' && !NOT_INTRO.test(s.title)).flatMap((s) => s.paragraphs)];
  for (const p of texts) {
    const t = p.text.slice(0, MAX_TEXT);
    for (const sentence of t.split(SENTENCE_END)) {
      const read = readAt(sentence, p.links, {});
      if (read === null) continue;
      const subject = subjectOf(sentence, read.index);
      if (subject === '') continue;
      // "The Field Marketing Specialist will report…" names one level: that level, beside its own line. Else the levels covered that state none.
      const named = family.levels.filter((l) => namesLevel(l, subject, family));
      const levels = named.length > 0 ? named : family.levels.filter((l) => l.reportsTo.length === 0 && covers(l, subject, family));
      for (const level of levels) {
        for (const f of read.found) if (!level.reportsTo.some((r) => r.name === f.name)) level.reportsTo.push({ ...f, line: p.line });
      }
    }
  }
}

/** The subject names this level itself, in the singular: "The Field Marketing Specialist", not "Field Marketing Specialists". */
function namesLevel(level: RawLevel, subject: string, family: RawFamily): boolean {
  const plain = subject.replace(/^(?:the|a|an)\s+/i, '');
  const last = (n: string) => (n.toLowerCase().match(/[a-z0-9]+/g) ?? []).pop() ?? '';
  return [level.title, ...level.aliases].some((n) => {
    const mine = nameWords(plain, family.abbreviations).filter((w) => w !== 'intermediate').sort().join(' ');
    const theirs = nameWords(n, family.abbreviations).filter((w) => w !== 'intermediate').sort().join(' ');
    return mine !== '' && mine === theirs && (last(plain) === last(n.replace(/\s*\([^)]*\)\s*$/, '')) || last(plain) === last(n));
  });
}

/** Who a reporting sentence speaks of: the words before the wording ("The CMO will report to…"), or after a leading "Reporting to X," ("…, the Corporate Controller enhances…"). */
function subjectOf(sentence: string, index: number): string {
  // The subject ends where its verb or a phrase after it starts: "The X will work within … and will report", "Product Designers at GitLab report".
  const before = (sentence.slice(0, index).split(/,|\s+(?:will|would|shall|is|are|was|has|have|works?|manages?|leads?|typically|generally|usually|also|currently|directly|at|in|within|on|and)\b/i)[0] ?? '').trim();
  if (before !== '') return before;
  const after = /,\s+(?:the\s+|a\s+|an\s+|our\s+)?([A-Z][\w&'’.-]*(?:,?\s+(?:[A-Z][\w&'’.-]*|of|and|&))*)/.exec(sentence.slice(index));
  return after ? after[1]!.replace(/\s+(?:of|and|&)$/, '') : '';
}

/** Rank words of an individual contributor's title, left out when a level's title is compared with a subject. */
const IC_RANKS = new Set(['senior', 'staff', 'principal', 'associate', 'intermediate', 'junior', 'distinguished', 'fellow']);

/**
 * Does a family-intro subject speak for this level? "This job family", "This role";
 * or the subject holds every word of the level's title, rank aside ("The Professional
 * Services Technical Architect" for "Senior Technical Architect"); or the title holds
 * every word of the subject ("Product Designers" for "Staff Product Designer", not for
 * "Product Design Manager").
 */
function covers(level: RawLevel, subject: string, family: RawFamily): boolean {
  if (/^(?:this|the|our)\s+(?:job\s+family|family|role|position|team)$/i.test(subject)) return true;
  const words = nameWords(subject.replace(/^(?:all|each|every|our|the|a|an)\s+/i, ''), family.abbreviations);
  if (words.length === 0 || words.length > 10) return false;
  const mine = new Set(words);
  return [level.title, ...level.aliases].some((n) => {
    const own = nameWords(n, family.abbreviations);
    const ownSet = new Set(own);
    const plain = own.filter((w) => !IC_RANKS.has(w));
    return words.every((w) => ownSet.has(w)) || (plain.length > 0 && plain.every((w) => mine.has(w)));
  });
}

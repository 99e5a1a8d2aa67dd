// Inheritance wordings: a line saying a level's list builds on another list.
// Page owners word it many ways ("Extends the X responsibilities", "In addition to
// the responsibilities of a X", "All responsibilities of previous roles plus:",
// "The responsibilities of X extend the Y role and include", "share the same
// requirements outlined above"…). Each wording is one row of WORDINGS: an anchored
// pattern on the (bounded) line and what it points at: a named level, the level
// before on the page, the family's own lists, or "above" (the family's list when
// it has one, else the level before). Lines that look like inheritance but match
// no row are reported by the caller (inheritance-not-understood).
import type { Text } from '../model/schema.ts';
import type { RawItem } from './blocks.ts';
import type { ListKind, PageContext, RawFamily, RawInheritance } from './raw.ts';
import { linkTarget } from './links.ts';
import { squash, trimEndChars } from './text.ts';

export type InheritanceTarget = 'named' | 'previous' | 'family' | 'above';

const KIND = '(?:responsibilities|respsonsibilities|responsibility|requirements|requirement|performance indicators|kpis?|duties|qualifications)';
const KINDS = `${KIND}(?:,? (?:and |& )?${KIND}){0,3}`;
const MAX_LINE = 300;

/** One wording per row; `name` is the group holding the named level. Order matters: first match wins. */
export const WORDINGS: readonly { pattern: RegExp; target: InheritanceTarget }[] = [
  // "Extends the corresponding … level requirements" (a specialty overlay) and "Extends the general requirements with the following".
  // "Extends the Customer Success KPIs articulated here" (the family's own KPIs) is decided by the caller.
  { pattern: /^extends the (?:general|common) /i, target: 'family' },
  // "An Accessibility Engineer is expected to meet the base requirements and …": the family's own list.
  { pattern: new RegExp(`\\b(?:meets?|fulfil+s?) (?:all )?(?:of )?the (?:base|general|common|shared) ${KINDS}\\b`, 'i'), target: 'family' },
  { pattern: /^(?:extends?|extending)\b\s*(?<name>.*)$/i, target: 'named' },
  // "In addition to the same requirements, responsibilities, and performance indicators defined above".
  { pattern: new RegExp(`^in addition to (?:the |all )?(?:same |above )?${KINDS} (?:defined |listed |outlined )?above\\b`, 'i'), target: 'above' },
  { pattern: new RegExp(`^in addition to (?:the )?above ${KINDS}\\b`, 'i'), target: 'above' },
  { pattern: /^(?:extends|in addition to) the (?:general|common|same) /i, target: 'family' },
  { pattern: /^in addition to\s+(?<name>.*)$/i, target: 'named' },
  // "All responsibilities of previous roles plus:", "This role includes all of the requirements of the previous level, plus:".
  { pattern: new RegExp(`^(?:this role )?(?:includes )?all (?:of )?(?:the )?${KINDS} (?:of|from|for|in) (?:the |all )?(?:previous|prior|preceding|lower) (?:roles?|levels?)\\b`, 'i'), target: 'previous' },
  // "All responsibilities listed above (applicable to all roles) plus:", "share the same responsibilities outlined above".
  { pattern: new RegExp(`^all (?:of )?(?:the )?${KINDS} (?:listed |outlined |defined |described |stated )?(?:above|below) \\(applica[bl]+e to all`, 'i'), target: 'family' },
  { pattern: new RegExp(`^(?:this role )?(?:includes )?all (?:of )?(?:the )?(?:above )?${KINDS}\\s*(?:(?:listed|outlined|defined|described|stated)\\s+)?(?:above)?\\s*(?:,?\\s*plus\\b|:|\\.|$)`, 'i'), target: 'above' },
  { pattern: new RegExp(`\\bshares? the same ${KINDS} (?:as )?(?:outlined|listed|defined|described) above\\b`, 'i'), target: 'family' },
  // "The Senior X has all the same responsibilities as the ones outlined above plus the following:" (the list above it: the family's, else the level before).
  { pattern: new RegExp(`\\b(?:has|have|meets?|shares?) all (?:of )?the same ${KINDS} as (?:the ones |those )?(?:(?:outlined|listed|defined|described) )?above\\b`, 'i'), target: 'above' },
  // "The Junior Data Analyst Requirements extend the Requirements section above and include:".
  { pattern: new RegExp(`^the .{1,120}? ${KINDS} extends? the ${KINDS} (?:section |list )?(?:(?:outlined|listed|defined|described) )?above\\b`, 'i'), target: 'above' },
  { pattern: new RegExp(`\\b(?:shares?|has|have) (?:all )?(?:of )?the same ${KINDS} as (?:the |an? )?(?<name>.{1,120}?)(?: listed above| above| roles?\\b| levels?\\b| positions?\\b|,? plus\\b|,|:|\\.|$)`, 'i'), target: 'named' },
  // "The responsibilities of the Data Analyst extend the Junior Data Analyst role and include:".
  { pattern: new RegExp(`^the ${KINDS} of (?:the |an? )?.{1,120}? extends? (?:that of )?(?:the |an? )?(?<name>.{1,120}?)(?: role| level| and include|:|\\.|$)`, 'i'), target: 'named' },
  // "The Staff X role extends the [Senior X](#senior-x) role."
  { pattern: /^(?:the .{1,120}?|this) (?:role|level|position) extends (?:that of )?(?:the |an? )?(?<name>.{1,120}?)(?: role| level|, but\b| but\b| with\b| by\b|:|\.|$)/i, target: 'named' },
  // "Includes all responsibilities of the Intermediate CSA role and expands on that", "All requirements of the Manager, X role apply".
  { pattern: new RegExp(`^(?:this role )?(?:includes )?all (?:of )?(?:the )?${KINDS} (?:of|from|for|listed for) (?:the |an? )?(?<name>.{1,150}?)(?: roles?\\b| levels?\\b| apply\\b|,? plus\\b|,? and expands?\\b|:|\\.|$)`, 'i'), target: 'named' },
  // "The Senior Data Scientist has all of the responsibilities of an Intermediate Data Scientist, plus:", "… meets all of the requirements of …",
  // "This role includes all of the elements of the Education Program Manager plus:" (elements: the whole role).
  { pattern: new RegExp(`^(?:the .{1,120}? |this (?:role|position) )?(?:has|have|meets?|includes?|fulfil+s?) all (?:of )?(?:the )?(?:${KIND}|elements) (?:of|from|for) (?:the |an? )?(?<name>.{1,150}?)(?: roles?\\b| levels?\\b| positions?\\b|,? plus\\b|:|\\.|$)`, 'i'), target: 'named' },
  // "Fulfill the requirements of Corporate Secretary."
  { pattern: new RegExp(`^(?:fulfil+s?|meets?) (?:all )?(?:of )?the ${KINDS} (?:of|for) (?:the |an? )?(?<name>.{1,120}?)(?: roles?\\b| levels?\\b| positions?\\b|,|:|\\.|$)`, 'i'), target: 'named' },
  // "The Senior Manager, X inherits the responsibilities of the Manager, X as well as the following:".
  { pattern: new RegExp(`\\binherits? (?:all )?(?:of )?(?:the )?${KINDS} (?:of|from) (?:the |an? )?(?<name>.{1,120}?)(?: as well as\\b|,? plus\\b| role\\b| level\\b|:|\\.|$)`, 'i'), target: 'named' },
  // "The engineer must meet the requirements for an [Incubation Engineer](#…) (or above)."
  { pattern: new RegExp(`^(?:the [\\w -]{1,40} )?must (?:also )?meet (?:all )?(?:of )?the ${KINDS} (?:for|of) (?:the |an? )?(?<name>.{1,120}?)(?: \\(or above\\)| role| level|,|:|\\.|$)`, 'i'), target: 'named' },
  // "The responsibilities of the Junior Data Analyst are listed in the Responsibilities section above".
  { pattern: new RegExp(`^the ${KINDS} of (?:the |an? )?.{1,120}? (?:are|is) (?:listed|outlined|defined|described|shown) (?:in )?(?:the )?(?:${KINDS} )?(?:section )?above\\b`, 'i'), target: 'above' },
  // "Perform all non-IC responsibilities of a Group Manager of Product".
  { pattern: new RegExp(`^(?:performs?|carr(?:y|ies) out|takes? on) all (?:of )?(?:the )?(?:[\\w-]+ )?${KINDS} (?:of|for) (?:the |an? )?(?<name>.{1,120}?)(?: roles?\\b| levels?\\b|,? plus\\b|,|:|\\.|$)`, 'i'), target: 'named' },
  // "Beyond the Senior X requirements:".
  { pattern: new RegExp(`^beyond (?:the |all )?(?<name>.{1,120}?) ${KINDS}\\b`, 'i'), target: 'named' },
  // "Builds on / expands on the X role", "The Principal X role builds upon the Senior X role by …".
  { pattern: /^(?:(?:the .{1,120}?|this) (?:role|level|position) )?(?:builds|expands) (?:on|upon) (?:the |that of the )?(?<name>.{1,120}?)(?: role| level| by\b|,|:|\.|$)/i, target: 'named' },
  // "Everything in the Senior Brand Designer role, plus:", "Everything under Senior Stock Administrator" plus the following items:".
  { pattern: /^everything (?:in|under|from) (?:the |an? )?(?<name>.{1,120}?)(?: roles?\b| levels?\b|"|,? plus\b|:|\.|$)/i, target: 'named' },
];

/**
 * A family-wide statement that every level builds on the family's own lists:
 * "Unless otherwise specified, all Backend Engineering roles at GitLab share the
 * following requirements and responsibilities". Returns the lists it names (both
 * when it names none), or null when the text is no such statement.
 */
export function sharedByAllLevels(text: string): ListKind[] | null {
  // The statement often closes a long intro paragraph: each sentence is read on its own.
  for (const sentence of text.slice(0, 4000).split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const kinds = sharedSentence(sentence);
    if (kinds !== null) return kinds;
  }
  return null;
}

function sharedSentence(text: string): ListKind[] | null {
  const line = squash(text.slice(0, MAX_LINE));
  if (!/\ball\b.{0,120}?\broles?\b.{0,40}?\bshare the following\b/i.test(line) && !/\bthe following .{0,60}?\bapply to all\b.{0,80}?\broles\b/i.test(line)) return null;
  const named = kindsNamedIn(line.replace(/^.*?\bthe following\b/i, '')).filter((k) => k !== 'performanceIndicators');
  return named.length > 0 ? named : ['responsibilities', 'requirements'];
}

/** A line that talks about inheriting but matched no wording: worth a warning. */
export const LOOKS_LIKE_INHERITANCE = new RegExp(
  [
    // "Extends the …", "Extends that of …", not the verb ("Extend and translate creative concepts").
    `^extends?\\s+(?:that of|to the|the|an?|all|both|${KIND})\\b`,
    `^in addition to (?:the |all )?(?:above )?${KIND}`,
    '\\bprevious (?:level|role)s?\\b.{0,40}\\bplus\\b',
    `^all (?:of )?(?:the )?${KIND} (?:of|from|for|listed)\\b`,
    `^(?:the .{1,120}?|this) (?:role|level|position) extends\\b`,
    `\\b(?:has|have|meets?|includes?) all (?:of )?the (?:same )?${KIND} (?:of|as|for)\\b`,
    `\\bshares? the same ${KIND}\\b`,
    `^beyond the .{1,120}? ${KIND}\\b`,
    '^everything (?:in|under|from) the\\b',
    '^(?:the .{1,120}?|this) (?:role|level|position) (?:builds|expands) (?:on|upon)\\b',
  ].join('|'),
  'i',
);

const FILLER = new Set(['to', 'meeting', 'all', 'that', 'those', 'the', 'thet', 'and', 'plus', 'of', 'from', 'for', 'responsibilities', 'respsonsibilities', 'responsibility', 'requirements', 'requirement']);

/** Strips "Extends that of the" and "… responsibilities." from an inheritance line's tail, leaving the level's name. */
export function extendedName(text: string): string {
  let name = squash(text.slice(0, MAX_LINE)).replace(/^(extends|in addition to)\s+/i, '');
  // Leading filler words; "a"/"an" only in lower case, so a level called "A" survives.
  const words = name.split(' ');
  while (words.length > 1 && (FILLER.has(words[0]!.toLowerCase()) || words[0] === 'a' || words[0] === 'an')) words.shift();
  name = words.join(' ');
  name = name.replace(/^the(?=[A-Z])/, ''); // "theIT Global Logistics Analyst"
  // Trailing kind word and whatever follows it ("requirements plus", "responsibilities by").
  const kind = new RegExp(`\\s(?:level\\s)?${KIND}\\b`, 'i').exec(name);
  if (kind) name = name.slice(0, kind.index);
  // A trailing clause: "… Specialist with the addition of the following", "… Coordinator,plus the following", "… Manager while also leading …".
  name = name.replace(/\s*,?\s*\b(?:with the addition of|plus|as well as|while|and the following|with the following)\b.*$/i, '');
  name = trimEndChars(name, ' .:;,').replace(/\s+(level|role|position|plus|by)$/i, '');
  return squash(name);
}

/** The lists a line names ("requirements and responsibilities"), in the page's order of kinds. */
export function kindsNamedIn(text: string): ListKind[] {
  const kinds: ListKind[] = [];
  // "… extends the X role but without the specific experience requirement": a list named after "but"/"except" is an exception, not what is inherited.
  const t = text.slice(0, MAX_LINE).replace(/,?\s+(?:but|except|without|other than)\b.*$/i, '');
  if (/\b(responsibilities|respsonsibilities|responsibility|duties)\b/i.test(t)) kinds.push('responsibilities');
  if (/\b(requirements|requirement|qualifications)\b/i.test(t)) kinds.push('requirements');
  if (/\b(performance indicators|kpis?)\b/i.test(t)) kinds.push('performanceIndicators');
  return kinds;
}

export interface ReadInheritance {
  target: InheritanceTarget;
  name: string | null;
}

/** What an inheritance line points at, or null when the line is not one. */
export function readInheritance(text: string): ReadInheritance | null {
  const line = squash(text.slice(0, MAX_LINE)).replace(/^[-*•]\s*/, '');
  if (line === '') return null;
  for (const { pattern, target } of WORDINGS) {
    const m = pattern.exec(line);
    if (!m) continue;
    if (target !== 'named') return { target, name: null };
    const raw = m.groups?.name ?? '';
    // Some "Extends …"/"In addition to …" lines say something else entirely ("In addition to Talent Program execution, this role…").
    const name = extendedName(raw);
    if (/^(extends?|extending|in addition to)\b/i.test(line)) {
      // "In addition to Talent Program execution, this role…" is prose: the words before the first comma must name a list, a role or a level.
      if (/^in addition to\b/i.test(line) && !/\b(responsibilit|requirement|role|level|duties|kpi|performance indicator)/i.test(line.split(/[,:]/)[0]!)) return null;
      return { target, name: name === '' ? null : name };
    }
    return name === '' ? null : { target, name };
  }
  return null;
}

/**
 * The list a level's opening items belong to when the paragraph right before them
 * is an inheritance line that introduces them ("This role includes all of the
 * elements of the X plus:"): the list it names, else responsibilities. Null when
 * the items are not introduced so.
 */
export function introducedListKind(paras: readonly Text[], items: readonly RawItem[]): ListKind | null {
  const first = items[0]?.line;
  if (first === undefined) return null;
  const lead = paras.filter((p) => p.line < first).pop();
  if (!lead || lead.text.length > MAX_LINE || !/(?::|\bplus\b[:.]?)\s*$/i.test(lead.text) || readInheritance(lead.text) === null) return null;
  return kindsNamedIn(lead.text).find((k) => k !== 'performanceIndicators') ?? 'responsibilities';
}

/**
 * Inheritance lines inside a list that takes none (a "Nice to have" list): a line
 * naming the list it builds on ("Extends that of the Senior SEC Analyst
 * Requirements") says what that list builds on, so it is moved into `into` for
 * that list; every other item stays.
 */
export function takeNamedInheritance(items: RawItem[], into: RawInheritance[]): RawItem[] {
  const kept: RawItem[] = [];
  for (const item of items) {
    const read = item.text.length <= MAX_LINE ? readInheritance(item.text) : null;
    const kind = read ? kindsNamedIn(item.text).find((k) => k !== 'performanceIndicators') : undefined;
    if (!read || kind === undefined) {
      kept.push(item);
      continue;
    }
    into.push(toRecord(kind, item.text, read, item.line, item.links.map((l) => l.href)));
    kept.push(...item.children);
  }
  return kept;
}

/**
 * "This role extends the Senior Director, Development role." in a level's (or a
 * one-role page's) own text, also as a later sentence of a paragraph: the lists it
 * names (both when it names none) build on that level, unless a list already says
 * what it builds on.
 */
export function wholeRoleInheritance(paras: readonly Text[], into: RawInheritance[], fileLines: readonly string[] = []): void {
  for (const p of paras) {
    for (const sentence of p.text.slice(0, 2000).split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      if (sentence.length > MAX_LINE) continue;
      const read = readInheritance(sentence);
      if (!read) continue;
      const kinds = kindsNamedIn(sentence).filter((k) => k !== 'performanceIndicators');
      const line = sentenceLine(sentence, p.line, fileLines);
      for (const kind of kinds.length > 0 ? kinds : (['responsibilities', 'requirements'] as const))
        if (!into.some((i) => i.section === kind)) into.push(toRecord(kind, sentence, read, line, p.links.map((l) => l.href)));
      break;
    }
  }
}

/** The source line a sentence of a paragraph starts on (a later line of a wrapped paragraph), else the paragraph's first line. */
function sentenceLine(sentence: string, first: number, fileLines: readonly string[]): number {
  const start = plain(sentence).slice(0, 30).toLowerCase();
  for (let n = first; n < first + 20 && n <= fileLines.length; n++) if (plain(fileLines[n - 1] ?? '').toLowerCase().includes(start)) return n;
  return first;
}

/** A list item or paragraph that states inheritance, moved into `into`; the item's sub-items stay items of the list. */
export function takeInheritance(section: ListKind, items: RawItem[], into: RawInheritance[]): RawItem[] {
  const kept: RawItem[] = [];
  for (const item of items) {
    const read = item.text.length <= MAX_LINE ? readInheritance(item.text) : null;
    if (!read) {
      kept.push(item);
      continue;
    }
    into.push(toRecord(section, item.text, read, item.line, item.links.map((l) => l.href)));
    // Sub-items under an "Extends" line are real items of the section.
    kept.push(...item.children);
  }
  return kept;
}

export function toRecord(section: ListKind, text: string, read: ReadInheritance, line: number, hrefs: readonly string[]): RawInheritance {
  // "Extends the … KPIs articulated [here](#performance-indicators)": the family's own list.
  const familyKpis = section === 'performanceIndicators' && read.target === 'named' && (hrefs.some((h) => /#performance-indicators/i.test(h)) || /\bkpis?\b|performance indicators/i.test(read.name ?? ''));
  const corresponding = /\bcorresponding\b/i.test(text);
  const family = familyKpis || read.target === 'family';
  const record: RawInheritance = { section, text, name: family || corresponding || read.target !== 'named' ? null : read.name, family, line };
  if (read.target === 'previous') record.previous = true;
  if (read.target === 'above') record.above = true;
  const elsewhere = read.target === 'named' ? hrefs.find((h) => linkTarget(h).familySlug !== null) : undefined;
  if (elsewhere !== undefined) record.href = elsewhere;
  return record;
}

/**
 * A list headed "Additional Responsibilities" ("Additional Responsibilities for
 * Director of Support Readiness") adds to another list: the level this one
 * specialises (a level whose title is part of its own), else the family's own list,
 * else the level before.
 */
export function additionalList(section: ListKind, heading: string, line: number): RawInheritance | null {
  if (!/^\s*(?:additional|further|extra)\b/i.test(heading)) return null;
  return { section, text: heading, name: null, family: false, previous: true, additional: true, line };
}

/**
 * Loud when unsure: a line anywhere on the page that reads like inheritance but
 * was not taken as an inheritance line of a level or specialty (it sits in a
 * section that was not read as a level's list, or in a nice-to-have list) and was
 * not already reported. Nothing was inherited from it, so the page says so.
 */
export function warnStrayInheritance(family: RawFamily, ctx: PageContext): void {
  const records = [...family.levels.flatMap((l) => l.inheritance), ...family.specialties.flatMap((s) => s.inheritance)];
  const handled = new Set<number>(records.map((i) => i.line));
  for (const d of ctx.diagnostics.list) if (d.file === ctx.file && d.code === 'inheritance-not-understood') handled.add(d.line);
  // A sentence read from a later line of a paragraph is recorded at the paragraph's first line: matched by its words.
  const recordedTexts = records.map((i) => plain(i.text).toLowerCase());
  ctx.fileLines.forEach((raw, i) => {
    if (raw.length > MAX_LINE || handled.has(i + 1)) return;
    const text = plain(raw.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''));
    if (!LOOKS_LIKE_INHERITANCE.test(text) || /\bcorresponding\b/i.test(text)) return;
    const start = text.slice(0, 40).toLowerCase();
    if (recordedTexts.some((t) => t.includes(start))) return;
    ctx.diagnostics.report(
      'inheritance-not-understood',
      ctx.file,
      i + 1,
      `"${text.slice(0, 100)}" reads like an inheritance line but is not in a level's Responsibilities or Requirements list; nothing was inherited.`,
    );
  });
}

/** Text without link targets and emphasis marks, spaces squashed: how a source line reads. */
function plain(text: string): string {
  return squash(text.slice(0, 2000).replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, '$1').replace(/[*_`]/g, ''));
}

// Next steps a page states in words: its "Career Ladder" / "Career Path" sections
// ("The next step for the Senior X is to move to the Manager, X or Senior Manager, X",
// "The ladder progresses from A to B, then to C, followed by D", a mermaid diagram
// "A[Senior X] --> B[Manager, X]", "The next step for the X is not yet defined").
// In: the page's source lines and its levels; out: raw statements with names as
// written (`readNextSteps`). Later, with the family's roles known, the names are
// resolved to levels of the family (`statedSteps`): a level whose next step the page
// states gets exactly those steps up (none when "not yet defined"), which beat the
// steps inferred from grades (edges.ts). A statement naming no level of the family
// (another job family, "a senior job grade") is left to the Career Ladder text and
// the flows-into links.
import type { Role } from '../model/schema.ts';
import { type Abbreviations, looseKey, nameKey, nameWords } from './names.ts';
import { LEADER_TITLE } from './tracks.ts';

export interface RawNextStep {
  /** Who steps up: a name as written, or null for "the level whose Career Ladder this is" (`owner`). */
  from: string | null;
  /** The level whose Career Ladder sub-section holds a next-step sentence (null for the family's section, chains and diagrams, which name their own levels). */
  owner: string | null;
  /** Alternatives, each a name as written ("Manager, X or Senior Manager, X" → two). Empty with `undefined`. */
  to: string[];
  /** Targets written as a job family ("move to the VP of Product Management job family"): a step only where that name is a level of this page. */
  toFamilies?: string[];
  /** "The next step … is not yet defined": the level has no step up that the page knows of. */
  undefined: boolean;
  /**
   * A move into people management at the grades named ("Staff and Principal X may shift … to a grade 8
   * or grade 9 people manager role"): a step to the management level of those grades, added to the
   * steps the grades infer (the ladder still goes on), not instead of them.
   */
  toManagementGrades?: number[];
  line: number;
}

const CAREER = /career (?:ladder|path|progression)/i;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** Longest line or sentence read: statements are short; this keeps the patterns linear on hostile pages. */
const MAX_TEXT = 600;

/** Wordings, one table row each (the sentence is already stripped of links and emphasis). */
const NEXT_STEP = /\bnext\s+steps?\b\s*(?:(?:in|for|after|of|from)\s+(?:the\s+|an?\s+)?(.+?)\s+)?(?:is|are|would\s+be|will\s+be|could\s+be|should\s+be|has|have|had|to\s+be)\s+(.*)$/i;
/** "… is not yet defined", "has not been defined at this time", "is to be determined": said of the step itself, not of a level it names ("is a Senior Director level that is yet to be defined" names one). */
const NOT_DEFINED = /^(?:not\b|yet\s+to\s+be\b|tbd\b|to\s+be\s+(?:determined|defined)\b|undefined\b|still\s+to\s+be\b)/i;
const MOVE_TO = /^(?:to\s+)?(?:(?:move|moving|progress|advance|step|grow|transition|be\s+promoted)(?:\s+up)?\s+(?:in)?to|become|be|to)\s+/i;
const CHAIN = /\b(?:progress(?:es|ion)?|moves?|advances?|goes|runs)\s+(?:is\s+)?(?:to\s+move\s+)?from\s+(.+)$/i;
const CHAIN_LINK = /,?\s+(?:then\s+to|followed\s+by|and\s+then(?:\s+to)?|then|to)\s+/i;
const ALTERNATIVE = /\s+or\s+(?:perhaps\s+|possibly\s+)?|\s*;\s*/i;
const TRAILING_CLAUSE = /\s+(?:taking|who|which|that|with|where|when|if|once|after|within|at|in\s+order)\b.*$/i;
const ARTICLE = /^(?:either\s+)?(?:the|an?)\s+/i;
const ROLE_WORD = /\s+(?:role|level|position|job|rung)s?$/i;
/** A name followed by "job family" names a family, never a level of this one. */
const FAMILY_WORD = /\b(?:job\s+)?famil(?:y|ies)$/i;

function plain(text: string): string {
  return text
    .replace(/\[([^\]]{0,300})\]\([^)]{0,500}\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .trim();
}

function cleanName(raw: string): string {
  let name = raw.trim().replace(/[.:,;!]+$/, '').replace(ARTICLE, '');
  name = name.replace(TRAILING_CLAUSE, '').replace(/[.:,;!]+$/, '').trim();
  return name.replace(ROLE_WORD, '').trim();
}

/** "Manager, X or Senior Manager, X" → both names (a comma list only when its parts are not one name: resolved later). */
function alternatives(text: string): string[] {
  return text
    .split(ALTERNATIVE)
    .map(cleanName)
    .filter((n) => n !== '' && !FAMILY_WORD.test(n));
}

/** The alternatives written as job families ("the X job family"), "job family" left off. */
function familyAlternatives(text: string): string[] {
  return text
    .split(ALTERNATIVE)
    .map(cleanName)
    .filter((n) => FAMILY_WORD.test(n))
    .map((n) => n.replace(FAMILY_WORD, '').trim())
    .filter((n) => n !== '');
}

/** "Staff and Principal X may shift toward people management by moving to a grade 8 or grade 9 people manager role". */
const INTO_MANAGEMENT = /^(.{3,200}?)\s+(?:may|can|could|might|will)\s+(?:also\s+)?(?:[\w-]+\s+){0,12}?(?:move|moving|shift|shifting|transition|transitioning|step|stepping|progress|progressing)\b.*?\b(?:to|into)\s+(?:an?\s+|the\s+)?(grade\s+\d{1,2}(?:\s*(?:,|or|and|\/)\s*(?:grade\s+)?\d{1,2})*)\s+(?:people\s+)?(?:manager|management|leadership|leader)\b/i;
/** Rank words a shared title can be spread over ("Staff and Principal X" = "Staff X" and "Principal X"). */
const SPREAD_RANK = /^((?:(?:senior|staff|principal|distinguished|lead|associate|junior|intermediate)\s*(?:,|and|or|&)\s*)+)(senior|staff|principal|distinguished|lead|associate|junior|intermediate)\s+(.+)$/i;

function intoManagement(sentence: string, owner: string | null, line: number): RawNextStep[] {
  const m = INTO_MANAGEMENT.exec(sentence);
  if (!m) return [];
  const grades = [...m[2]!.matchAll(/\d{1,2}/g)].map((g) => Number(g[0]));
  const subject = m[1]!.replace(ARTICLE, '').trim();
  const spread = SPREAD_RANK.exec(subject);
  const names = spread ? [...spread[1]!.split(/\s*(?:,|\band\b|\bor\b|&)\s*/).filter((r) => r !== ''), spread[2]!].map((rank) => `${rank} ${spread[3]}`) : subject.split(/\s+(?:and|or)\s+|\s*,\s*/);
  return names.map(cleanName).filter((n) => n !== '').map((from) => ({ from, owner, to: [], undefined: false, toManagementGrades: grades, line }));
}

/** One sentence → statements (a next step, or a chain of steps). */
function readSentence(sentence: string, owner: string | null, line: number): RawNextStep[] {
  if (sentence.length > MAX_TEXT) return [];
  const side = intoManagement(sentence, owner, line);
  if (side.length > 0) return side;
  const chain = CHAIN.exec(sentence);
  if (chain) {
    const groups = chain[1]!.split(CHAIN_LINK).map(alternatives);
    const out: RawNextStep[] = [];
    for (let i = 0; i + 1 < groups.length; i++)
      for (const from of groups[i]!) if (groups[i + 1]!.length > 0) out.push({ from, owner: null, to: groups[i + 1]!, undefined: false, line });
    return out;
  }
  const next = NEXT_STEP.exec(sentence);
  if (!next) return [];
  const subject = next[1] ? cleanName(next[1].replace(/['’]s\s+career\b.*$/i, '')) : '';
  const from = subject === '' || FAMILY_WORD.test(subject) ? null : subject;
  if (from === null && owner === null) return [];
  const rest = next[2]!.trim();
  if (NOT_DEFINED.test(rest)) return [{ from, owner, to: [], undefined: true, line }];
  const to = alternatives(rest.replace(MOVE_TO, ''));
  const toFamilies = familyAlternatives(rest.replace(MOVE_TO, ''));
  return to.length + toFamilies.length > 0 ? [{ from, owner, to, ...(toFamilies.length > 0 ? { toFamilies } : {}), undefined: false, line }] : [];
}

/** Mermaid lines in a Career Ladder: `a[Senior X] --> b(Manager, X)`; node labels are remembered by id. */
function readMermaid(text: string, labels: Map<string, string>, line: number): RawNextStep[] {
  if (!/-->|==>|-\.->/.test(text) || text.length > MAX_TEXT) return [];
  const nodes = text
    .replace(/;\s*$/, '')
    .split(/\s*(?:-->|==>|-\.->)\s*(?:\|[^|]{0,100}\|\s*)?/)
    .map((token) => {
      const m = /^([\w:.-]+)\s*(?:\[\(?([^\]]*?)\)?\]|\(\(?([^)]*?)\)?\)|\{([^}]*)\})?/.exec(token.trim());
      if (!m) return null;
      const label = m[2] ?? m[3] ?? m[4];
      if (label !== undefined) labels.set(m[1]!, label.trim());
      return labels.get(m[1]!) ?? null;
    });
  const out: RawNextStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i];
    const to = nodes[i + 1];
    if (from && to) out.push({ from, owner: null, to: [to], undefined: false, line });
  }
  return out;
}

interface Heading {
  line: number;
  depth: number;
  title: string;
}

function headingsOf(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  lines.forEach((raw, i) => {
    const fenceMark = /^\s*(```|~~~)/.exec(raw);
    if (fenceMark) fence = fence === null ? fenceMark[1]! : fence === fenceMark[1] ? null : fence;
    else if (fence === null && raw.length < 500) {
      const m = HEADING.exec(raw);
      if (m) headings.push({ line: i + 1, depth: m[1]!.length, title: m[2]! });
    }
  });
  return headings;
}

/** The page's next-step statements, from every Career Ladder section at any depth. */
export function readNextSteps(lines: readonly string[], levels: readonly { title: string; line: number }[]): RawNextStep[] {
  const headings = headingsOf(lines);
  const levelAt = new Map(levels.map((l) => [l.line, l.title]));
  const out: RawNextStep[] = [];
  headings.forEach((heading, h) => {
    if (!CAREER.test(heading.title)) return;
    const end = headings.slice(h + 1).find((x) => x.depth <= heading.depth)?.line ?? lines.length + 1;
    // Owner: a level named before "Career Ladder" in the heading, else the level heading this section sits in.
    const prefix = heading.title.replace(/\s*[-–:]?\s*career (?:ladder|path|progression)\b.*$/i, '').trim();
    let owner: string | null = prefix !== '' && !FAMILY_WORD.test(prefix) ? prefix : null;
    if (owner === null) {
      for (let k = h - 1; k >= 0; k--) {
        const above = headings[k]!;
        if (above.depth >= heading.depth) continue;
        owner = levelAt.get(above.line) ?? null;
        break;
      }
    }
    const labels = new Map<string, string>();
    let paragraph: { text: string; line: number } | null = null;
    const flush = () => {
      if (paragraph === null) return;
      const text = plain(paragraph.text);
      const sentences = text.length > MAX_TEXT * 4 ? [] : text.split(/(?<!\b(?:Sr|Jr|Dr|Mr|Ms|St|vs|e\.g|i\.e)\.)(?<=[.!?])\s+(?=[A-Z])/);
      for (const s of sentences) out.push(...readSentence(s, owner, paragraph.line));
      paragraph = null;
    };
    for (let n = heading.line + 1; n < end; n++) {
      const raw = lines[n - 1] ?? '';
      if (raw.length > MAX_TEXT * 4) continue;
      if (/-->|==>|-\.->/.test(raw)) {
        flush();
        for (const part of raw.split(';')) out.push(...readMermaid(part.trim(), labels, n));
      } else if (raw.trim() === '' || /^\s*(?:[-*+]|\d+\.)\s+/.test(raw) || /^\s*(```|~~~)/.test(raw)) {
        flush();
        if (raw.trim() !== '' && !/^\s*(```|~~~)/.test(raw)) paragraph = { text: raw, line: n };
      } else if (paragraph) paragraph.text += ` ${raw.trim()}`;
      else paragraph = { text: raw, line: n };
    }
    flush();
  });
  return out;
}

/** Words of a name in page order, "Intermediate" left out (pages often drop it). */
function sequence(name: string, abbreviations: Abbreviations): string[] {
  return nameWords(name, abbreviations).filter((w) => w !== 'intermediate');
}

/** Words that change the level when added or left out. */
const RANK_WORDS = new Set(['senior', 'staff', 'principal', 'lead', 'associate', 'junior', 'manager', 'director', 'head', 'vice', 'president', 'chief', 'distinguished', 'fellow', 'group', 'executive', 'officer', 'team']);

/** Are the words of `short` (three or more) found in `long`, in order, with one word of `long` left over that is not a rank? */
function nearInOrder(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 3 || long.length !== short.length + 1) return false;
  let i = 0;
  let extra = '';
  for (const w of long) {
    if (i < short.length && w === short[i]) i++;
    else extra = w;
  }
  return i === short.length && !RANK_WORDS.has(extra);
}

/** The one role a name stands for: the same name, the same words (in page order to break a tie), or one word more or less in order. */
export function resolveLevelName(name: string, roles: readonly Role[], abbreviations: Abbreviations, near = true): Role | null {
  const names = (r: Role) => [r.title, ...r.aliases];
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  const exact = roles.filter((r) => names(r).some((n) => n.toLowerCase().replace(/\s+/g, ' ') === lower));
  if (exact.length === 1) return exact[0]!;
  const words = sequence(name, abbreviations);
  if (words.length === 0) return null;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);
  const ordered = roles.filter((r) => names(r).some((n) => same(sequence(n, abbreviations), words)));
  if (ordered.length === 1) return ordered[0]!;
  if (ordered.length > 1) return null;
  // The same words in another order ("Red Team Manager" for "Manager, Red Team"), unless that turns a
  // manager rank into an individual contributor's title ("Manager, X" is not the IC "X Manager").
  const leads = LEADER_TITLE.test(name);
  for (const keyOf of [(n: string) => nameKey(n, abbreviations), (n: string) => looseKey(n, abbreviations)]) {
    const key = keyOf(name);
    const bag = roles.filter((r) => names(r).some((n) => keyOf(n) === key) && (!leads || r.track === 'management'));
    if (bag.length === 1) return bag[0]!;
    if (bag.length > 1) return null;
  }
  if (!near) return null;
  const close = roles.filter((r) => names(r).some((n) => {
    const other = sequence(n, abbreviations);
    return nearInOrder(other, words) || nearInOrder(words, other);
  }));
  return close.length === 1 ? close[0]! : null;
}

/**
 * Statements → each stating level's steps up, as role ids (role id → target ids;
 * an empty list for "not yet defined"). Only levels of this family count; a level
 * whose statements name no level here states nothing, so grades still decide for it.
 */
export function statedSteps(
  statements: readonly RawNextStep[],
  roles: readonly Role[],
  abbreviations: Abbreviations,
  /** Called for a statement about a level here whose named next steps are no level of this page (the grades decide for it). */
  onUnresolved?: (from: Role, names: readonly string[], line: number) => void,
): Map<string, string[]> {
  const stated = new Map<string, string[]>();
  const find = (name: string | null) => (name === null ? null : resolveLevelName(name, roles, abbreviations));
  for (const s of statements) {
    if (s.toManagementGrades) continue;
    // The level whose Career Ladder this is beats the sentence's subject (often copied from a sibling level).
    const from = (s.owner === null ? null : resolveLevelName(s.owner, roles, abbreviations, false)) ?? find(s.from);
    if (!from) continue;
    if (s.undefined) {
      if (!stated.has(from.id)) stated.set(from.id, []);
      continue;
    }
    const targets = s.to
      .flatMap((name) => {
        const whole = find(name);
        // "a Channel Marketing Manager, Channel Program Specialist": a comma list when the whole is no one name.
        return whole ? [whole] : name.includes(',') ? name.split(/\s*,\s*/).map((part) => find(cleanName(part))) : [];
      })
      .concat((s.toFamilies ?? []).map((name) => resolveLevelName(name, roles, abbreviations, false)))
      .filter((r): r is Role => r !== null && r.id !== from.id && !(r.grade !== null && from.grade !== null && r.grade < from.grade));
    if (targets.length === 0) {
      if (s.to.length > 0) onUnresolved?.(from, s.to, s.line);
      continue;
    }
    stated.set(from.id, [...new Set([...(stated.get(from.id) ?? []), ...targets.map((r) => r.id)])]);
  }
  return stated;
}

/**
 * Moves into people management the page states for named levels, as role ids (role id →
 * target ids), added to the steps the grades infer. Each level steps to the management
 * level of its own grade where the page names that grade ("Staff (8) and Principal (9) …
 * to a grade 8 or grade 9 people manager role": Staff → the grade-8 manager, Principal →
 * the grade-9 one), else to the lowest grade named above its own.
 */
export function managementMoves(statements: readonly RawNextStep[], roles: readonly Role[], abbreviations: Abbreviations): Map<string, string[]> {
  const moves = new Map<string, string[]>();
  for (const s of statements) {
    if (!s.toManagementGrades || s.from === null) continue;
    // The sentence names its subjects itself (a Career Ladder speaking for several levels): no owner fallback.
    const from = resolveLevelName(s.from, roles, abbreviations);
    if (!from || from.track === 'management' || from.grade === null) continue;
    const named = s.toManagementGrades.filter((g) => g >= from.grade!);
    const grade = named.includes(from.grade) ? from.grade : named.length > 0 ? Math.min(...named) : null;
    if (grade === null) continue;
    const targets = roles.filter((r) => r.track === 'management' && r.grade === grade && r.id !== from.id);
    if (targets.length === 0) continue;
    moves.set(from.id, [...new Set([...(moves.get(from.id) ?? []), ...targets.map((r) => r.id)])]);
  }
  return moves;
}


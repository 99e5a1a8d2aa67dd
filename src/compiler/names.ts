// Level names and the references to them. A page names a level in many spellings:
// "Associate Customer Success Manager (CSM)", "Associate CSM", "CSM (Associate)",
// "VP" for "Vice President", "(Intermediate)" left out. Names are compared as bags
// of normalised words: order-free, abbreviations expanded, stop words and plural
// "s" dropped. When no exact match exists, a close one is accepted only if the rank
// words (before "of" or a comma) agree and the rest differs by one word; the caller
// reports such matches, and ambiguous or unmatched references, as diagnostics.

/** Abbreviations known in every handbook; pages add their own ("… Manager (CSM)"). */
const BUILTIN_ABBREVIATIONS: Record<string, string> = {
  vp: 'vice president',
  svp: 'senior vice president',
  evp: 'executive vice president',
  sr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  dir: 'director',
  eng: 'engineer',
  mgmt: 'management',
};

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'in', 'to', 'level']);

export type Abbreviations = Map<string, string>;

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Words of a name, lowercase, abbreviations expanded, stop words dropped, plurals stemmed. */
export function nameWords(name: string, abbreviations: Abbreviations): string[] {
  const words: string[] = [];
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ');
  const raws = cleaned.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // A name made only of stop words ("A") is still a name: keep its words as they are.
  if (raws.every((w) => STOP_WORDS.has(w))) return raws;
  for (const raw of raws) {
    const expansion = abbreviations.get(raw) ?? abbreviations.get(stem(raw)) ?? BUILTIN_ABBREVIATIONS[raw];
    for (const word of (expansion ?? raw).split(' ')) {
      if (!STOP_WORDS.has(word)) words.push(stem(word));
    }
  }
  return words;
}

export function nameKey(name: string, abbreviations: Abbreviations): string {
  return nameWords(name, abbreviations).sort().join(' ');
}

/** Key that also ignores "Intermediate", which pages often leave out. */
export function looseKey(name: string, abbreviations: Abbreviations): string {
  return nameWords(name, abbreviations)
    .filter((w) => w !== 'intermediate')
    .sort()
    .join(' ');
}

/** Rank words (before " of " or the first comma) and domain words (after). Null when the name has no such split. */
function rankAndDomain(name: string, abbreviations: Abbreviations): { rank: string; domain: string[] } | null {
  const match = /^(.*?)(?:\s+of\s+|\s*,\s*)(.*)$/i.exec(name);
  if (!match) return null;
  return {
    rank: nameWords(match[1]!, abbreviations).sort().join(' '),
    domain: [...new Set(nameWords(match[2]!, abbreviations))],
  };
}

/**
 * Same rank, and domains that share words and differ by at most one word. A shorter
 * domain leaves a word off the start or the end of the longer one ("Manager, Billing"
 * for "Manager, Billing Operations", "Director, People Operations" for "Director,
 * Global People Operations"), never out of its middle: "Manager, Public Sector Sales"
 * is another team than "Manager, Public Sector Inside Sales".
 */
export function closeNames(a: string, b: string, abbreviations: Abbreviations): boolean {
  const x = rankAndDomain(a, abbreviations);
  const y = rankAndDomain(b, abbreviations);
  if (!x || !y || x.rank === '' || x.rank !== y.rank) return false;
  const shared = x.domain.filter((w) => y.domain.includes(w)).length;
  const differing = x.domain.length + y.domain.length - 2 * shared;
  if (shared === 0 || differing > 1) return false;
  const [short, long] = x.domain.length < y.domain.length ? [x.domain, y.domain] : [y.domain, x.domain];
  if (short.length === long.length) return true;
  const run = short.join(' ');
  return long.slice(0, short.length).join(' ') === run || long.slice(long.length - short.length).join(' ') === run;
}

/** Rank words that may stand right before "Manager" as part of the rank ("Senior Manager", "Group Manager"). */
const MANAGER_RANKS = new Set(['senior', 'junior', 'staff', 'principal', 'associate', 'lead', 'group', 'intermediate']);

/** The rank words right before "manager", with it ("senior manager"); "" for a name without "manager". */
function managerRank(words: readonly string[]): string {
  const at = words.indexOf('manager');
  if (at === -1) return '';
  let from = at;
  while (from > 0 && MANAGER_RANKS.has(words[from - 1]!)) from--;
  return words.slice(from, at + 1).join(' ');
}

/**
 * Two names with the same words that are still different titles: a rank word
 * belongs to "Manager" in one and to the thing managed in the other ("Senior
 * Manager, All-Remote Campaigns" leads the campaigns team; "Senior Campaign
 * Manager, All-Remote" is a senior campaign manager). "Sales Strategy Senior
 * Manager" and "Senior Manager, Sales Strategy" are one title, as are "Inside
 * Sales Manager" and "Manager, Inside Sales".
 */
export function differentShape(a: string, b: string, abbreviations: Abbreviations): boolean {
  return managerRank(nameWords(a, abbreviations)) !== managerRank(nameWords(b, abbreviations));
}

const BARE_RANK_WORDS = new Set(['senior', 'sr', 'junior', 'jr', 'manager', 'mgr', 'director', 'dir', 'vice', 'president', 'vp', 'svp', 'evp', 'avp', 'head', 'chief', 'principal', 'associate', 'executive', 'group', 'lead', 'staff', 'intermediate']);

/**
 * A part of a list of managers that is a rank only ("Manager", "Sr. Director"):
 * it takes the shared tail of the last part ("Manager or Senior Manager, Sales
 * Strategy"). "IT Manager" already names its area: it keeps its own words
 * ("IT Manager or Sr IT Manager or IT Director, Enterprise Architecture").
 */
export function bareRank(part: string): boolean {
  const words = part.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => BARE_RANK_WORDS.has(w));
}

/** A word that makes a part of a title a title of its own. */
const LEADS = /\b(?:chief|officer|head|president|vp|director|secretary|treasurer|counsel)\b/i;

/**
 * The titles a compound title is made of: "Chief Legal Officer, Head of Corporate
 * Affairs, and Corporate Secretary" is also "Chief Legal Officer", "Head of Corporate
 * Affairs" and "Corporate Secretary", as other pages call it. Only a list of three or
 * more parts with a final ", and" whose parts each name a leader; "Director, Billing
 * and Collections" is one title.
 */
export function compoundParts(title: string): string[] {
  const m = /^(.+),\s*(?:and|&)\s+(.+)$/i.exec(title);
  if (!m) return [];
  const parts = [...m[1]!.split(/\s*,\s*/), m[2]!].map((p) => p.trim());
  return parts.length >= 3 && parts.every((p) => LEADS.test(p)) ? parts : [];
}

/**
 * Abbreviations a title defines: "Associate Customer Success Manager (CSM)" defines
 * CSM = "customer success manager" (the initials of the words before the parenthesis).
 */
export function definedAbbreviations(title: string): { abbreviation: string; expansion: string; shortForm: string }[] {
  const found: { abbreviation: string; expansion: string; shortForm: string }[] = [];
  const pattern = /\(([A-Z][A-Za-z]{1,7})\)/g;
  // At most 20 parentheses per text are tried: each looks back over the text, so thousands would take quadratic time.
  for (let m = pattern.exec(title), tried = 0; m && tried < 20; m = pattern.exec(title), tried++) {
    const abbreviation = m[1]!;
    const before = title.slice(0, m.index).trim();
    const words = before.split(/\s+/);
    const letters = abbreviation.toLowerCase().replace(/s$/, '');
    for (let n = letters.length; n >= 2; n--) {
      const tail = words.slice(-n);
      if (tail.length < n) continue;
      const initials = tail
        .filter((w) => !STOP_WORDS.has(w.toLowerCase()))
        .map((w) => w[0]!.toLowerCase())
        .join('');
      if (initials === letters) {
        const expansion = tail.join(' ').replace(/[^A-Za-z ]/g, '');
        const shortForm = squashSpaces(`${words.slice(0, -n).join(' ')} ${abbreviation} ${title.slice(m.index + m[0].length)}`);
        found.push({ abbreviation, expansion, shortForm });
        break;
      }
    }
  }
  return found;
}

function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits "Manager/Senior Manager/Director, CSM" into "Manager, CSM", "Senior Manager, CSM", "Director, CSM". */
export function splitAlternatives(name: string): string[] {
  if (!name.includes('/')) return [name];
  const parts = name.split('/').map((p) => p.trim()).filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? '';
  const comma = last.lastIndexOf(',');
  const suffix = comma === -1 ? '' : last.slice(comma);
  return parts.map((p) => (p.includes(',') || suffix === '' ? p : `${p}${suffix}`));
}

export interface Match<T> {
  matches: T[];
  approximate: boolean;
}

/**
 * An index of named things (levels) for fast lookups by any of their names:
 * exact word bag, then without "Intermediate", then (when allowed) close names.
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly loose = new Map<string, T[]>();
  private readonly all: { item: T; names: readonly string[] }[] = [];
  private readonly namesOf = new Map<T, string[]>();

  constructor(private readonly abbreviations: Abbreviations) {}

  add(item: T, names: readonly string[]): void {
    this.all.push({ item, names });
    this.namesOf.set(item, [...(this.namesOf.get(item) ?? []), ...names]);
    for (const name of names) {
      push(this.exact, nameKey(name, this.abbreviations), item);
      push(this.loose, looseKey(name, this.abbreviations), item);
    }
  }

  /** The items with a name of that key and of the same shape as the reference (see differentShape). */
  private sameShape(items: T[] | undefined, name: string, keyOf: (n: string) => string): T[] {
    if (!items) return [];
    const key = keyOf(name);
    return items.filter((item) => (this.namesOf.get(item) ?? []).some((n) => keyOf(n) === key && !differentShape(n, name, this.abbreviations)));
  }

  find(name: string, allowClose = true): Match<T> {
    const key = nameKey(name, this.abbreviations);
    if (key === '') return { matches: [], approximate: false };
    const exact = this.sameShape(this.exact.get(key), name, (n) => nameKey(n, this.abbreviations));
    if (exact.length > 0) return { matches: exact, approximate: false };
    const loose = this.sameShape(this.loose.get(looseKey(name, this.abbreviations)), name, (n) => looseKey(n, this.abbreviations));
    if (loose.length > 0) return { matches: loose, approximate: false };
    if (!allowClose) return { matches: [], approximate: false };
    const close = this.all.filter((c) => c.names.some((n) => closeNames(n, name, this.abbreviations))).map((c) => c.item);
    return { matches: [...new Set(close)], approximate: close.length > 0 };
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [item]);
  else if (!list.includes(item)) list.push(item);
}

/**
 * Wider split, tried only when a whole name matches nothing: "Manager & Senior Manager,
 * Engineering Analytics", "Director or Senior Director of Customer Success",
 * "Senior Manager and Manager Deal Desk". The shared tail (", X" or " of X") of the
 * last part is given to the parts that lack one.
 */
export function splitWide(name: string): string[] {
  const parts = name.split(/\s*(?:\/|&|\band\b|\bor\b)\s*/i).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return [name];
  const last = parts[parts.length - 1]!;
  const tail = /(,.*|\s+of\s+.*)$/i.exec(last)?.[1] ?? '';
  // A slash joins spellings of one title ("Principal HRIS Analyst/Manager, People Technology"): every part takes the tail.
  const oneTitle = name.includes('/');
  return parts.map((p) => (tail === '' || /,|\sof\s/i.test(p) || !(oneTitle || bareRank(p)) ? p : `${p}${tail}`));
}

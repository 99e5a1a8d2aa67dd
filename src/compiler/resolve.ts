// Stage: resolve. Raw families from every page → families and roles with stable
// ids, and every reference linked: "Extends …" lines to levels of the same family,
// reporting lines to roles anywhere (by link anchor, by the linked family page, or
// by name) or to external roles, and Career Ladder links to families.
import type { Inheritance } from '../model/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import { sharedByAllLevels } from './inheritance.ts';
import { linkTarget } from './links.ts';
import { compoundParts, looseKey, type Match, NameIndex, nameKey, nameWords, splitAlternatives, splitWide } from './names.ts';
import type { ListKind, RawFamily, RawInheritance, RawLevel, Reference } from './page.ts';
import { cleanManagerName } from './reporting.ts';
import { readHeading } from './section-words.ts';
import { slugify, squash } from './text.ts';

export { cleanManagerName } from './reporting.ts';

export interface FamilyDraft {
  id: string;
  raw: RawFamily;
  roles: RoleDraft[];
  index: NameIndex<RoleDraft>;
  anchors: Map<string, RoleDraft>;
  flowsInto: string[];
}

export interface RoleDraft {
  id: string;
  family: FamilyDraft;
  level: RawLevel;
  order: number;
  reportsTo: string[];
  inheritance: Inheritance[];
  /** Resolved targets per list: a role id, the family id (family-wide KPIs), or null. */
  extends: Record<ListKind, string | null>;
}

export interface ExternalRole {
  id: string;
  title: string;
  href: string | null;
}

export interface Resolved {
  families: FamilyDraft[];
  roles: RoleDraft[];
  externals: Map<string, ExternalRole>;
  flows: { source: string; target: string }[];
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || 'untitled';
  for (let n = 2; taken.has(id); n++) id = `${base || 'untitled'}-${n}`;
  taken.add(id);
  return id;
}

function mintFamilies(raws: readonly RawFamily[], diagnostics: Diagnostics): FamilyDraft[] {
  // "external" is the namespace of placeholder roles (external/<name>): no family may take it.
  const taken = new Set<string>(['external']);
  const firstByTitle = new Map<string, RawFamily>();
  return raws.map((raw) => {
    const slug = slugify(raw.title);
    const first = firstByTitle.get(slug);
    if (first) {
      diagnostics.report('duplicate-family', raw.file, raw.line, `Another page (${first.file}) is also titled "${raw.title}"; this family got a numbered id.`, {
        related: { file: first.file, line: first.line },
      });
    } else firstByTitle.set(slug, raw);
    const family: FamilyDraft = { id: uniqueId(slug, taken), raw, roles: [], index: new NameIndex(raw.abbreviations), anchors: new Map(), flowsInto: [] };
    const roleIds = new Set<string>();
    const firstByName = new Map<string, RawLevel>();
    raw.levels.forEach((level, order) => {
      const levelSlug = slugify(level.shortForm) || slugify(level.title);
      const earlier = firstByName.get(levelSlug);
      if (earlier) {
        diagnostics.report('duplicate-level', raw.file, level.line, `"${level.title}" appears twice in this family; the second got a numbered id.`, {
          related: { file: raw.file, line: earlier.line },
        });
      } else firstByName.set(levelSlug, level);
      const role: RoleDraft = {
        id: `${family.id}/${uniqueId(levelSlug, roleIds)}`,
        family,
        level,
        order,
        reportsTo: [],
        inheritance: [],
        extends: { responsibilities: null, requirements: null, performanceIndicators: null },
      };
      family.roles.push(role);
      family.index.add(role, [level.title, ...level.aliases, ...compoundParts(level.title)]);
      if (!family.anchors.has(level.anchor)) family.anchors.set(level.anchor, role);
    });
    return family;
  });
}

function namesFamilyNotLevel(name: string, section: ListKind, family: FamilyDraft): boolean {
  const abbreviations = family.raw.abbreviations;
  if (family.raw.lists[section].length === 0 || nameKey(name, abbreviations) !== nameKey(family.raw.title, abbreviations)) return false;
  return !family.roles.some((r) => [r.level.title, ...r.level.aliases].some((n) => nameKey(n, abbreviations) === nameKey(name, abbreviations)));
}

/** True when an inheritance line comes before every own item of its list (it opens the list, as an "Extends" line does). */
function opensList(line: RawInheritance, role: RoleDraft): boolean {
  return role.level.lists[line.section].every((item) => item.line > line.line);
}

/** A name made only of words of the family's title ("AVP" = "Area Vice President" for "Area Vice President, Enterprise Sales"). */
function namesTheFamily(name: string, family: FamilyDraft): boolean {
  const abbreviations = family.raw.abbreviations;
  if (looseKey(name, abbreviations) === looseKey(family.raw.title, abbreviations)) return true;
  const mine = nameWords(name, abbreviations).filter((w) => w !== 'intermediate');
  const title = new Set(nameWords(family.raw.title, abbreviations));
  return mine.length >= 2 && mine.every((w) => title.has(w));
}

/** What a "previous level" / "all of the above" line points at: the level before on the page, or the family's own list. */
function positionalTarget(line: RawInheritance, role: RoleDraft, family: FamilyDraft): string | null {
  const familyHasList = family.raw.lists[line.section].length > 0;
  if (line.above && familyHasList) return family.id;
  // "Additional Requirements": to the level this one specialises, else the family's own list, else the level before.
  const specialised = line.additional ? specialisedLevel(role, family) : undefined;
  if (specialised) return specialised.id;
  if (line.additional && familyHasList) return family.id;
  const before = levelBefore(role, family);
  if (before) return before.id;
  return familyHasList ? family.id : null;
}

/**
 * The one other level of the same rank whose title's words are all in this level's
 * title ("Director of Support" for "Director of Support Readiness"; not "Inside Sales
 * Representative" for "Senior Inside Sales Representative", a rank above it).
 */
function specialisedLevel(role: RoleDraft, family: FamilyDraft): RoleDraft | undefined {
  const abbreviations = family.raw.abbreviations;
  const mine = nameWords(role.level.title, abbreviations);
  const found = family.roles.filter((r) => {
    const theirs = nameWords(r.level.title, abbreviations);
    return r !== role && theirs.every((w) => mine.includes(w)) && !mine.some((w) => !theirs.includes(w) && (RANK_WORDS.has(w) || w === 'intermediate'));
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The level before this one: the one above it on the page, unless grades say
 * otherwise (an "Associate" described after the intermediate level it sits below):
 * then the highest-graded earlier level below this level's grade (the later on the
 * page of two such).
 */
function levelBefore(role: RoleDraft, family: FamilyDraft): RoleDraft | undefined {
  const above = family.roles[role.order - 1];
  const grade = role.level.grade;
  if (!above || grade === null || above.level.grade === null) return above;
  const lower = family.roles.slice(0, role.order).filter((r) => r.level.grade !== null && r.level.grade < grade);
  return lower.sort((a, b) => b.level.grade! - a.level.grade! || b.order - a.order)[0] ?? above;
}

function resolveExtends(family: FamilyDraft, lookup: Lookup, diagnostics: Diagnostics): void {
  const file = family.raw.file;
  for (const role of family.roles) {
    for (const line of role.level.inheritance) {
      const targets: string[] = [];
      if (line.family) targets.push(family.id);
      else if (line.previous || line.above) {
        const target = positionalTarget(line, role, family);
        if (target !== null) targets.push(target);
      } else if (line.name !== null && namesFamilyNotLevel(line.name, line.section, family)) {
        // "The Senior X role extends the X role" where X is the family's title and no level is called exactly X: the family's own list.
        targets.push(family.id);
      } else if (line.name !== null) {
        const found = findLinked(line.name, line.href, role, family, lookup) ?? findExtended(line.name, role, family, lookup);
        const title = role.level.title;
        if (found.matches.length >= 1 && (found.matches.length === 1 || found.all)) {
          for (const match of found.matches) {
            const upward = match.level.grade !== null && role.level.grade !== null && match.level.grade > role.level.grade;
            const before = match === role && opensList(line, role) ? levelBefore(role, family) : undefined;
            if (before) {
              // "Extends that of the Technology Partner Manager (Intermediate) Requirements" opening that level's own list: a copy-paste slip for the level below.
              targets.push(before.id);
              diagnostics.report('extends-self', file, line.line, `${title} extends itself ("${line.text}"); read as the level before, ${before.level.title}.`, { roleId: role.id });
            } else if (match === role) diagnostics.report('extends-self', file, line.line, `${title} extends itself ("${line.text}"); nothing was inherited.`, { roleId: role.id });
            else if (upward)
              diagnostics.report('extends-upward', file, line.line, `${title} (grade ${role.level.grade}) extends ${match.level.title} (grade ${match.level.grade}); the line was not followed.`, { roleId: role.id });
            else {
              targets.push(match.id);
              if (found.approximate)
                diagnostics.report('reference-approximate', file, line.line, `"${line.name}" was read as "${match.level.title}"${match.family === family ? '' : ` (${match.family.raw.title})`}.`, {
                  roleId: role.id,
                  ...(found.near ? { severity: 'warning' as const } : {}),
                });
            }
          }
        } else if (found.matches.length > 1) {
          diagnostics.report('extends-ambiguous', file, line.line, `"${line.name}" in ${title} matches ${found.matches.map((m) => `"${m.level.title}"`).join(', ')}; nothing was inherited.`, {
            roleId: role.id,
          });
        } else if (namesTheFamily(line.name, family) && family.raw.lists[line.section].length > 0) {
          // "The Junior X role extends the X role" where X is the family, not a level ("Extends that of the AVP Responsibilities" on the
          // "Area Vice President, Enterprise Sales" page): the family's own list.
          targets.push(family.id);
        } else {
          diagnostics.report('extends-unresolved', file, line.line, `${title} extends "${line.name}", which is not a level of ${family.raw.title}; nothing was inherited.`, {
            roleId: role.id,
          });
        }
      }
      // One record per target ("either X or Y" inherits both); an unresolved line is kept with no target.
      for (const target of targets.length > 0 ? targets : [null]) role.inheritance.push({ section: line.section, text: line.text, target, line: line.line });
      if (role.extends[line.section] === null) role.extends[line.section] = targets[0] ?? null;
    }
  }
}

/**
 * The family's lists above the levels as a level's own base, where no line says
 * what that list builds on: for every level when the page says all roles share
 * them ("Unless otherwise specified, all X roles share the following …"), else
 * for a level with no list of that kind ("## Responsibilities" for every level,
 * then levels with a grade only), unless the level has a section of that kind of
 * its own (prose only: "see the CDF") or says it is not required to meet the base
 * lists ("An intern is not required to meet the base … requirements").
 */
function familyListsApply(family: FamilyDraft): void {
  const shared = sharedStatement(family);
  for (const role of family.roles) {
    const exempt = role.level.intro.flatMap((p) => exemptFrom(p.text));
    for (const kind of ['responsibilities', 'requirements'] as const) {
      if (role.inheritance.some((i) => i.section === kind) || family.raw.lists[kind].length === 0) continue;
      const statement = shared.find((s) => s.kinds.includes(kind));
      const ownSection = role.level.lists[kind].length > 0 || role.level.sections.some((s) => readHeading(s.title)?.kind === kind);
      if (!statement && (ownSection || exempt.includes(kind))) continue;
      role.inheritance.push({ section: kind, text: statement?.text ?? '', target: family.id, line: statement?.line ?? role.level.line });
      role.extends[kind] = family.id;
    }
  }
}

/** The lists a level's own text says it need not meet: "An intern is not required to meet the base Data Analyst responsibilities and requirements". */
function exemptFrom(text: string): ListKind[] {
  const m = /\bnot (?:required|expected|obliged) to (?:meet|fulfil+|have)\b(.{0,160})/i.exec(text.slice(0, 1000));
  if (!m) return [];
  const clause = m[1]!.replace(/,?\s+(?:but|however)\b.*$/i, '');
  return (['responsibilities', 'requirements'] as const).filter((k) => new RegExp(k === 'responsibilities' ? '\\bresponsibilit' : '\\brequirement', 'i').test(clause));
}

/** "All X roles at GitLab share the following requirements and responsibilities" in the family's own text. */
function sharedStatement(family: FamilyDraft): { text: string; line: number; kinds: ListKind[] }[] {
  const texts = [...family.raw.intro, ...family.raw.sections.flatMap((s) => s.paragraphs)];
  return texts.flatMap((t) => {
    const kinds = sharedByAllLevels(t.text);
    return kinds ? [{ text: t.text, line: t.line, kinds }] : [];
  });
}

interface Lookup {
  bySlug: Map<string, FamilyDraft>;
  global: NameIndex<RoleDraft>;
  families: readonly FamilyDraft[];
}

function buildLookup(families: readonly FamilyDraft[]): Lookup {
  const bySlug = new Map<string, FamilyDraft>();
  const global = new NameIndex<RoleDraft>(new Map());
  for (const family of families) {
    const fileSlug = slugify(family.raw.file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
    for (const slug of [fileSlug, family.id, slugify(family.raw.title)]) if (!bySlug.has(slug)) bySlug.set(slug, family);
    for (const role of family.roles) {
      // Global names are expanded with the family's own abbreviations, so "Senior CSM" is findable from elsewhere.
      // Also as written: "VP, IT" from another page is not expanded with this page's "IT" = "information technology".
      const names = [role.level.title, ...role.level.aliases, ...compoundParts(role.level.title)];
      global.add(role, [...names.map((n) => expandWith(n, family.raw.abbreviations)), ...names]);
    }
  }
  return { bySlug, global, families };
}

function expandWith(name: string, abbreviations: Map<string, string>): string {
  return name.replace(/[A-Za-z]+/g, (word) => abbreviations.get(word.toLowerCase()) ?? word);
}

function resolveReports(families: readonly FamilyDraft[], lookup: Lookup, externals: Map<string, ExternalRole>, diagnostics: Diagnostics): void {
  for (const family of families) {
    const file = family.raw.file;
    for (const role of family.roles) {
      const add = (id: string) => {
        if (id !== role.id && !role.reportsTo.includes(id)) role.reportsTo.push(id);
      };
      const addExternal = (name: string, href: string | null) => {
        const id = `external/${slugify(name) || 'unnamed'}`;
        if (!externals.has(id)) externals.set(id, { id, title: name, href });
        add(id);
      };
      for (const ref of role.level.reportsTo) {
        const found = resolveReference(ref, family, lookup);
        for (const note of found.notes) diagnostics.report(note.code, file, ref.line, note.message, { roleId: role.id });
        found.ids.forEach(add);
        // Some managers of a list linked, the others not in these pages: those are external roles, not dropped.
        if (found.ids.length > 0) for (const name of found.missing ?? []) if (LEADER_WORD.test(name)) addExternal(name, null);
        if (found.ids.length === 0) {
          // "Director or VP, Alliances": one external role per title when every part is a title.
          const parts = splitWide(cleanManagerName(ref.name));
          const names = parts.length > 1 && ref.href === null && parts.every((p) => LEADER_WORD.test(p)) ? parts : [ref.name];
          for (const name of names) addExternal(name, ref.href);
          diagnostics.report('reports-to-unresolved', file, ref.line, `${role.level.title} reports to "${ref.name}", which is not in these pages; shown as an external role.`, {
            roleId: role.id,
          });
        }
      }
    }
  }
}

type Note = { code: 'reports-to-ambiguous' | 'reports-to-by-name' | 'reports-to-partly-resolved' | 'reference-approximate'; message: string };

/** One reporting-line reference → role ids (empty when nothing in the graph matches). */
function resolveReference(ref: Reference, family: FamilyDraft, lookup: Lookup): { ids: string[]; missing?: string[]; notes: Note[] } {
  const notes: Note[] = [];
  const target = ref.href ? linkTarget(ref.href) : null;
  const linkedFamily = target === null ? family : target.familySlug === null ? (target.jobFamily ? family : null) : (lookup.bySlug.get(target.familySlug) ?? null);
  if (linkedFamily && target?.anchor) {
    const byAnchor = linkedFamily.anchors.get(target.anchor);
    const alternatives = splitAlternatives(ref.name);
    // "a UX Engineering Manager or [Product Design Manager](…#product-design-manager)": the anchor names one of several managers.
    const several = splitWide(cleanManagerName(ref.name)).filter((p) => LEADER_WORD.test(p)).length > 1;
    if (byAnchor && alternatives.length === 1 && !several) return { ids: [byAnchor.id], notes };
  }
  const ids: string[] = [];
  const missing: string[] = [];
  const whole = splitAlternatives(cleanManagerName(ref.name));
  // "IT Manager or Sr IT Manager or IT Director, X": the wider split, when the whole names match nothing.
  const anyMatch = (name: string) => (linkedFamily?.index.find(name).matches.length ?? 0) > 0 || lookup.global.find(name, false).matches.length > 0;
  const alternatives = whole.flatMap((name) => (anyMatch(name) ? [name] : splitWide(name)));
  for (const name of alternatives) {
    const scoped = linkedFamily ? linkedFamily.index.find(name) : { matches: [], approximate: false };
    let matches = scoped.matches;
    let approximate = scoped.approximate;
    let elsewhere = false;
    if (matches.length === 0) {
      const global = lookup.global.find(name, false);
      matches = global.matches;
      approximate = false;
      elsewhere = matches.length > 0 && ref.href !== null;
    }
    if (matches.length > 1) matches = exactly(name, matches);
    if (matches.length === 1) {
      ids.push(matches[0]!.id);
      if (approximate) notes.push({ code: 'reference-approximate', message: `"${name}" was read as "${matches[0]!.level.title}".` });
      if (elsewhere) notes.push({ code: 'reports-to-by-name', message: `The link for "${name}" points to a page that is not here; linked by name to "${matches[0]!.level.title}" (${matches[0]!.family.raw.title}).` });
    } else if (matches.length > 1) {
      notes.push({ code: 'reports-to-ambiguous', message: `"${name}" matches ${matches.map((m) => `"${m.level.title}" (${m.family.raw.title})`).join(', ')}.` });
      missing.push(name);
    } else missing.push(name);
  }
  if (ids.length > 0 && missing.length > 0)
    notes.push({ code: 'reports-to-partly-resolved', message: `"${ref.name}": ${missing.map((m) => `"${m}"`).join(', ')} matched no role; the rest were linked.` });
  return { ids, missing, notes: ids.length === 0 ? notes.filter((n) => n.code === 'reports-to-ambiguous') : notes };
}

function resolveFlows(families: readonly FamilyDraft[], lookup: Lookup, diagnostics: Diagnostics): { source: string; target: string }[] {
  const flows: { source: string; target: string }[] = [];
  for (const family of families) {
    for (const ref of family.raw.flowsInto) {
      const slug = ref.href ? linkTarget(ref.href).familySlug : null;
      const target = slug ? lookup.bySlug.get(slug) : undefined;
      if (!target) {
        diagnostics.report('flows-into-unresolved', family.raw.file, ref.line, `The Career Ladder flows into "${ref.name}" (${ref.href ?? 'no link'}), which is not in these pages.`);
      } else if (target !== family && !family.flowsInto.includes(target.id)) {
        family.flowsInto.push(target.id);
        flows.push({ source: family.id, target: target.id });
      }
    }
  }
  return flows;
}

export function resolve(raws: readonly RawFamily[], diagnostics: Diagnostics): Resolved {
  const families = mintFamilies(raws, diagnostics);
  const lookup = buildLookup(families);
  for (const family of families) {
    resolveExtends(family, lookup, diagnostics);
    familyListsApply(family);
  }
  const externals = new Map<string, ExternalRole>();
  resolveReports(families, lookup, externals, diagnostics);
  const flows = resolveFlows(families, lookup, diagnostics);
  return { families, roles: families.flatMap((f) => f.roles), externals, flows };
}

/** Among several matches, the ones whose title (or alias) is spelt exactly as the reference: an exact title beats a word-bag match. */
function exactly<T extends RoleDraft>(name: string, matches: T[]): T[] {
  const spelt = (n: string) => squash(n).toLowerCase();
  const exact = matches.filter((m) => [m.level.title, ...m.level.aliases].some((n) => spelt(n) === spelt(name)));
  if (exact.length === 1) return exact;
  // "Sr. Education Program Manager" for "Senior Education Program Manager" beside "Senior Manager, Education Program": the same words in the same order.
  const sequence = (n: string, m: T) => nameWords(n, m.family.raw.abbreviations).join(' ');
  const inOrder = matches.filter((m) => [m.level.title, ...m.level.aliases].some((n) => sequence(n, m) === sequence(name, m)));
  if (inOrder.length === 1) return inOrder;
  // "Director, Billing & Collections" where one level is titled so and the next names it in its grade sentence: on one page, a level's own
  // title beats another level's alias (across pages, a bare "Senior Manager" stays ambiguous).
  const pool = inOrder.length > 1 ? inOrder : matches;
  if (pool.some((m) => m.family !== pool[0]!.family)) return pool;
  const byTitle = pool.filter((m) => sequence(m.level.title, m) === sequence(name, m));
  return byTitle.length === 1 ? byTitle : pool;
}

/** A part of a split reporting line that is a title on its own. */
const LEADER_WORD = /\b(?:manager|director|vp|vice president|head|chief|officer|president|lead|supervisor|ceo|cfo|cmo|cto|cro|coo)\b/i;

const RANK_WORDS = new Set(['senior', 'junior', 'staff', 'principal', 'distinguished', 'fellow', 'associate', 'lead', 'manager', 'director', 'vice', 'president', 'head', 'chief', 'executive', 'group']);

/** Rank words pages use for the same rung: "Junior" and "Associate" both name the first level. */
const SAME_RANK: Record<string, string> = { junior: 'associate' };

/** Two spellings of one word: equal, or (both five letters or more) one typo apart ("Parnter", "Secratary", "Adminstrator"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  return typoDistance(a, b) <= 1;
}

/** Edits between two words, counting a swap of neighbours as one edit (optimal string alignment), capped: only 0, 1 or "more" matters. */
function typoDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * A near miss: a level whose name holds every word of the reference (or the
 * reverse) with the same rank words, "Intermediate" aside ("Analyst" for
 * "Analyst, Online Sales"; "Professional Services Coordinator" for "Professional
 * Services Project Coordinator, Intermediate"), words one typo apart counting as
 * the same and "Junior" as "Associate". The one differing by the fewest words
 * wins; a tie is no match.
 */
function nearMiss(name: string, role: RoleDraft, family: FamilyDraft): RoleDraft | null {
  const abbreviations = family.raw.abbreviations;
  const wordsOf = (n: string) => new Set(nameWords(n, abbreviations).filter((w) => w !== 'intermediate').map((w) => SAME_RANK[w] ?? w));
  const ranks = (w: Set<string>) => [...w].filter((x) => RANK_WORDS.has(x)).sort().join(' ');
  const within = (small: Set<string>, big: Set<string>) => [...small].every((w) => big.has(w) || [...big].some((b) => !RANK_WORDS.has(b) && sameWord(w, b)));
  const mine = wordsOf(name);
  if (mine.size === 0) return null;
  let best: { role: RoleDraft; distance: number }[] = [];
  for (const r of family.roles) {
    if (r === role) continue;
    for (const n of [r.level.title, ...r.level.aliases]) {
      const theirs = wordsOf(n);
      if (ranks(theirs) !== ranks(mine)) continue;
      const [small, big] = theirs.size < mine.size ? [theirs, mine] : [mine, theirs];
      if (!within(small, big)) continue;
      const distance = big.size - small.size;
      if (distance > 6) continue;
      if (best.length === 0 || distance < best[0]!.distance) best = [{ role: r, distance }];
      else if (distance === best[0]!.distance && !best.some((b) => b.role === r)) best.push({ role: r, distance });
    }
  }
  if (best.length > 1) {
    // A tie of word bags ("Manager, X Partner Managers" and "X Partner Manager"): the one whose words come in the reference's order.
    const sequence = (n: string) => nameWords(n, abbreviations).filter((w) => w !== 'intermediate').map((w) => SAME_RANK[w] ?? w);
    const wanted = sequence(name);
    const inOrder = (n: string) => {
      const theirs = sequence(n);
      return theirs.length === wanted.length && theirs.every((w, i) => sameWord(w, wanted[i]!));
    };
    best = best.filter((b) => [b.role.level.title, ...b.role.level.aliases].some(inOrder));
  }
  return best.length === 1 ? best[0]!.role : null;
}

/**
 * A level named by its rank alone ("the intermediate position", "the Senior"):
 * the one other level whose title has that rank word; for "Intermediate", failing
 * that, the one level with no rank word at all.
 */
function byRankAlone(name: string, role: RoleDraft, family: FamilyDraft): RoleDraft | null {
  const abbreviations = family.raw.abbreviations;
  const mine = nameWords(name, abbreviations).filter((w) => !['position', 'role', 'level', 'one'].includes(w));
  if (mine.length !== 1 || !(RANK_WORDS.has(mine[0]!) || mine[0] === 'intermediate')) return null;
  const others = family.roles.filter((r) => r !== role);
  const withRank = others.filter((r) => nameWords(r.level.title, abbreviations).includes(mine[0]!));
  if (withRank.length === 1) return withRank[0]!;
  if (withRank.length > 1 || mine[0] !== 'intermediate') return null;
  const plain = others.filter((r) => !nameWords(r.level.title, abbreviations).some((w) => RANK_WORDS.has(w)));
  return plain.length === 1 ? plain[0]! : null;
}

/**
 * The level an inheritance line links to on another page ("Extends the [Manager,
 * CSM](/job-families/sales/customer-success-management/#manager-csm) …"): by the
 * link's anchor, else by name in the linked family. Null when the line has no such
 * link, the linked page is not here, or the name is found there in no spelling.
 */
function findLinked(name: string, href: string | undefined, role: RoleDraft, family: FamilyDraft, lookup: Lookup): (Match<RoleDraft> & { all?: boolean; near?: boolean }) | null {
  const target = href === undefined ? null : linkTarget(href);
  const linked = href === undefined ? undefined : familyAt(href, lookup);
  if (!linked || linked === family) return null;
  const byAnchor = target?.anchor ? linked.anchors.get(target.anchor) : undefined;
  if (byAnchor) return { matches: [byAnchor], approximate: false };
  const found = linked.index.find(name);
  if (found.matches.length > 0) return { matches: exactly(name, found.matches), approximate: found.approximate };
  const near = nearMiss(name, role, linked);
  return near ? { matches: [near], approximate: true, near: true } : null;
}

/** The family whose page a job-family link points to: every folder of the link's path must end the page's path (a page of the same name elsewhere is not it). */
function familyAt(href: string, lookup: Lookup): FamilyDraft | undefined {
  const path = href.replace(/[#?].*$/, '');
  const at = path.indexOf('job-families/');
  if (at === -1) return undefined;
  const wanted = path.slice(at + 'job-families/'.length).split('/').filter((s) => s !== '' && s !== 'index.html').map((s) => s.replace(/\.(md|html)$/, '').toLowerCase());
  if (wanted.length === 0) return undefined;
  const found = lookup.families.filter((f) => {
    const have = f.raw.file.replace(/\.[^./]+$/, '').toLowerCase().split('/').filter((s) => s !== '_index' && s !== 'index');
    return have.length >= wanted.length && wanted.every((w, i) => have[have.length - wanted.length + i] === w);
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The level(s) an inheritance line names: in its own family by any spelling (an
 * exact title beating word-bag matches); else, when the line names several levels
 * ("either X or Y", "Manager & Senior Manager, X"), each of them; else a unique
 * near miss (one word short or extra, reported as approximate); else a level of
 * another family with exactly that name (reported as approximate).
 */
function findExtended(name: string, role: RoleDraft, family: FamilyDraft, lookup: Lookup): Match<RoleDraft> & { all?: boolean; near?: boolean } {
  const own = family.index.find(name);
  if (own.matches.length > 0) {
    const others = own.matches.filter((m) => m !== role);
    const candidates = others.length > 0 && own.matches.length > 1 ? others : own.matches;
    return { matches: exactly(name, candidates), approximate: own.approximate };
  }
  const parts = splitWide(name.replace(/^either\s+/i, ''));
  if (parts.length > 1) {
    const found = [...new Set(parts.flatMap((p) => exactly(p, family.index.find(p, false).matches)).filter((m) => m !== role))];
    if (found.length > 0) return { matches: found, approximate: found.length < parts.length, all: true };
  }
  const near = nearMiss(name, role, family) ?? byRankAlone(name, role, family);
  if (near) return { matches: [near], approximate: true, near: true };
  const global = lookup.global.find(name, false).matches.filter((m) => m.family !== family);
  if (global.length > 0) return { matches: exactly(name, global), approximate: true };
  return { matches: byOtherAbbreviations(name, family, lookup), approximate: true };
}

/**
 * A name using another page's abbreviation ("Manager, CSM" on the Customer Success
 * Leadership page, where "CSM" is defined by the Customer Success Management page):
 * looked up in each family that defines every abbreviation of the name. One role
 * found in all of them, or none.
 */
function byOtherAbbreviations(name: string, family: FamilyDraft, lookup: Lookup): RoleDraft[] {
  const tokens = (name.slice(0, 300).match(/\b[A-Z][A-Z&]{1,6}s?\b/g) ?? []).map((t) => t.toLowerCase());
  if (tokens.length === 0) return [];
  const found = new Set<RoleDraft>();
  for (const other of lookup.families) {
    if (other === family || !tokens.every((t) => other.raw.abbreviations.has(t) || other.raw.abbreviations.has(t.replace(/s$/, '')))) continue;
    for (const m of exactly(name, other.index.find(name, false).matches)) found.add(m);
  }
  return found.size === 1 ? [...found] : [];
}

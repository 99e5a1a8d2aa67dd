// Track rule: is a level on the individual-contributor or the management track,
// or does the page not say? Only strong signals count, in this order:
//   1. the page states it in front matter (`rungs:` … track)               → as stated
//   2. someone in the graph reports to the level                            → management
//      (not a reporting line whose written rank the level's title lacks: `reportNamesALeader`)
//   3. the level's own text says so explicitly ("may be an individual
//      contributor", "has direct reports", "people manager")               → as said
//   4. the title's rank: a people-leader rank at its head (Manager, Senior
//      Manager, Director, VP, Head of, Chief…, or "<rank> of …"/"<rank>, …") → management;
//      an IC rank or role noun (Senior/Staff/Principal… Engineer, Analyst,
//      Specialist, "… Program Manager"…, or "X Manager" where the page also has
//      "Staff/Principal X Manager")                                          → individual contributor
//   5. the family's own name ("… Individual Contributors", "… Management")  → as named
//   otherwise                                                               → unknown (the page does not say).
// Never from a loose phrase ("building trust across the organization", "while
// the team member shadows") and never from inherited text: only the level's own items.
import type { Item, Track } from '../model/schema.ts';

/** Title heads that lead people. */
export const LEADER_TITLE = /^(?:(?:senior|sr\.?|group|regional|area|associate|executive|general)\s+)?(?:engineering\s+(?=manager|director))?(?:manager|managing|director|vice president|vp|svp|evp|head|chief(?!\s+of\s+staff\b)|supervisor)\b/i;
/** "Business Analytics and Insights Manager", "Sales Strategy Senior Manager": a domain then a manager rank leads people, unless the words before name a thing managed (below). */
export const MANAGER_TITLE_END = /\bmanager(?:\s*\([^)]{0,40}\))?$/i;
/** Manager titles that name what is managed, not whom: individual contributors. */
export const IC_MANAGER = /\b(?:program|programs|product|project|account|success|marketing|campaign|campaigns|partner|partners|content|community|channel|territory|event|events|brand|release|relationship|enablement|solutions|operations program|portfolio|alliance|alliances|localization|globalization|strategy|capture)\s+manager(?:\s*\([^)]{0,40}\))?$/i;
/** "Chief X Officer", "X Director" at the end: still a leader. */
export const LEADER_TITLE_END = /\b(?:director|officer|vice president|vp)(?:\s*\([^)]{1,40}\))?$/i;
/** Team leads: a lead title leads people only when the page says so (reports or explicit text). */
export const LEAD_TITLE = /^(?:team|people|engineering)\s+lead\b|\blead\s*,\s*|\bteam lead\b/i;

/** Words in a title that make it an individual-contributor role, when no leader rank heads it. */
export const IC_WORDS = /\b(?:chief of staff|interns?|internship|account executives?|instructors?|facilitators?|producers?|fellow|engineers?|analysts?|specialists?|designers?|administrators?|coordinators?|representatives?|reps?|advocates?|architects?|scientists?|developers?|writers?|researchers?|recruiters?|sourcers?|accountants?|auditors?|consultants?|strategists?|associates?|partners?|assistants?|counsel|attorneys?|paralegals?|editors?|evangelists?|technicians?|agents?|generalists?|business partners?|program managers?|product managers?|project managers?|account managers?|success managers?|marketing managers?|campaign managers?|partner managers?|content managers?|manager\b(?!,)(?=\s*(?:\(|$)))\b/i;
export const IC_RANK = /^(?:junior|jr\.?|associate|intermediate|senior|sr\.?|staff|principal|distinguished|fellow|lead)\b/i;

/** Explicit statements in a level's own text (one row each). */
export const SAYS_IC: readonly RegExp[] = [
  /\b(?:may|might|can|will|could)\s+(?:(?:also|initially|first|still|typically|usually)\s+)?(?:be|remain|stay|start\s+as)\s+an?\s+individual contributor\b/i,
  /\bis\s+an?\s+individual contributor\b/i,
  /\bindividual contributor\s+(?:role|position|level|track)\b/i,
  /\bno direct reports\b/i,
  /\bequivalent to (?:a|the)\s+\[?manager\b/i,
];
export const SAYS_MANAGEMENT: readonly RegExp[] = [
  /\b(?:has|have|with|manages?|managing|leads?|leading)\s+(?:[\w-]+\s+){0,3}direct reports\b/i,
  /\bpeople manager\b/i,
  /\bmanages?\s+(?:a|the)\s+team\s+of\b/i,
  /\bhire,?\s+(?:develop|train|coach)\w*,?\s+(?:and\s+)?(?:manage|lead|retain)\w*\s+(?:a|the|their)\s+(?:\w+\s+){0,3}team\b/i,
  /\bresponsible for (?:managing|leading) (?:a|the) team\b/i,
  /\bleading\s+the\s+(?:[\w&-]+\s+){1,5}team\b(?!['’]s)/i,
  /\b\d+\+?\s+years?\s+of\s+people\s+management\b/i,
];

export interface TrackInput {
  title: string;
  hasReports: boolean;
  responsibilities: readonly Item[];
  requirements: readonly Item[];
  /** The level's own text outside its lists (intro, grade section). */
  intro?: readonly string[];
  /** The family's title ("Engineering Individual Contributors"). */
  familyTitle?: string;
  /** Titles of every level of the family: "Staff X Manager" beside "X Manager" makes "X Manager" an individual contributor's title. */
  siblings?: readonly string[];
  /** Stated in front matter; beats everything else. */
  stated?: Track | null;
  /** Other names the page gives the level ("Field CISO (Senior Director)"): a rank in brackets there counts where the title has none. */
  aliases?: readonly string[];
}

/** A people-leader rank in brackets after a name: "Field CISO (Senior Director)", "Head of Remote (Director)". */
const BRACKETED_LEADER = /\((?:(?:senior|sr\.?|group|executive)\s+)?(?:manager|director|vice president|vp|head\b[^)]*|chief\b[^)]*)\)\s*$/i;

function ownTexts(items: readonly Item[]): string[] {
  return items.filter((i) => i.own).flatMap((i) => [i.text, ...ownTexts(i.children)]);
}

const cut = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

const IC_ONLY_RANK = /^(?:staff|principal|distinguished)\s+(.+)$/i;
const stem = (title: string) => title.replace(/^(?:(?:junior|jr\.?|associate|intermediate|senior|sr\.?)\s+)?/i, '').replace(/\s*\((?:intermediate|associate|senior|junior)\)\s*$/i, '').trim().toLowerCase();

/** A sibling title "Staff <this title>" or "Principal <this title>" (rank words aside): the title names an IC role. */
function rankedAsIc(title: string, siblings: readonly string[]): string | undefined {
  const own = stem(title);
  if (own === '' || IC_ONLY_RANK.test(title) || /^(?:manager|director|head|vp|vice president|chief)\b/i.test(own)) return undefined;
  return siblings.find((s) => {
    const m = IC_ONLY_RANK.exec(s.trim());
    return m !== null && stem(m[1]!) === own;
  });
}

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && w !== 'and' && w !== 'of').map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
const LEADER_FIRST = /^(?:senior\s+|sr\.?\s+)?manager\s*,\s*(.+)$/i;

/** A sibling title "Manager, X" (or "Senior Manager, X") for this "X Manager": the word order sets the people manager apart from the individual contributor. */
function managerOfSameName(title: string, siblings: readonly string[]): string | undefined {
  const own = words(stem(title).replace(/\s*\bmanager$/i, ''));
  if (own.length === 0) return undefined;
  return siblings.find((s) => {
    const m = LEADER_FIRST.exec(s.trim());
    if (!m) return false;
    const theirs = new Set(words(m[1]!));
    return own.every((w) => theirs.has(w));
  });
}

export function decideTrack(input: TrackInput): { track: Track; reason: string } {
  if (input.stated) return { track: input.stated, reason: 'The page states it in its front matter.' };
  if (input.hasReports) return { track: 'management', reason: 'Other roles report to this role.' };
  const texts = [...(input.intro ?? []), ...ownTexts(input.responsibilities), ...ownTexts(input.requirements)].map((t) => t.slice(0, 1000));
  const saysIc = texts.find((t) => SAYS_IC.some((re) => re.test(t)));
  if (saysIc !== undefined) return { track: 'individual-contributor', reason: `The page says: "${cut(saysIc)}"` };
  const saysManagement = texts.find((t) => SAYS_MANAGEMENT.some((re) => re.test(t)));
  if (saysManagement !== undefined) return { track: 'management', reason: `The page says: "${cut(saysManagement)}"` };
  const title = input.title.slice(0, 200);
  if (LEADER_TITLE.test(title) || (LEADER_TITLE_END.test(title) && !IC_RANK.test(title) && !/^chief of staff\b/i.test(title))) return { track: 'management', reason: 'The title names a people-leader rank.' };
  if ((MANAGER_TITLE_END.test(title) || /^[\w&/ -]{1,60}\bmanager\s*[,-]/i.test(title)) && !IC_MANAGER.test(title.replace(/\s*,.*$|\s+[-–]\s.*$/, '')) && !/^(?:junior|associate|intermediate|staff|principal|lead)\b/i.test(title)) {
    const ranked = rankedAsIc(title, input.siblings ?? []);
    if (ranked) return { track: 'individual-contributor', reason: `The page also has "${cut(ranked)}": a title ranked Staff or Principal names an individual contributor's role.` };
    const manager = managerOfSameName(title, input.siblings ?? []);
    if (manager) return { track: 'individual-contributor', reason: `The page also has "${cut(manager)}": the manager of these roles is named "Manager, …", so "… Manager" names an individual contributor's role.` };
    return { track: 'management', reason: 'The title ends in a manager rank over a team, not a thing managed.' };
  }
  const bracketed = [title, ...(input.aliases ?? [])].find((n) => BRACKETED_LEADER.test(n.slice(0, 200)));
  if (bracketed !== undefined && !IC_RANK.test(title)) return { track: 'management', reason: `The page names the level "${cut(bracketed)}": a people-leader rank in brackets.` };
  if (LEAD_TITLE.test(title)) return { track: 'unknown', reason: 'A lead title, and the page says neither that others report to it nor that it is an individual contributor.' };
  if (IC_RANK.test(title) || IC_WORDS.test(title)) return { track: 'individual-contributor', reason: 'The title names an individual-contributor role and nobody reports to it.' };
  const family = input.familyTitle ?? '';
  if (/\bindividual contributors?\b/i.test(family)) return { track: 'individual-contributor', reason: 'The family is named for individual contributors.' };
  if (/\b(?:management|leadership)$/i.test(family)) return { track: 'management', reason: 'The family is named for management.' };
  return { track: 'unknown', reason: 'The page does not say whether this role leads people: no rank in the title, no reports, no statement.' };
}

/**
 * Is a reporting line to a level evidence that the level leads people? Not where every name
 * the reporting level writes heads with a people-leader rank ("reports to the Senior Manager,
 * All-Remote Campaigns", "… to Manager, Analyst Relations") and the level it was matched to
 * is ranked as an individual contributor ("Senior Campaign Manager, All-Remote"; "Analyst
 * Relations Manager" beside "Staff Analyst Relations Manager"): the words matched, the rank did not.
 */
export function reportNamesALeader(writtenNames: readonly string[], targetTitle: string, siblings: readonly string[] = []): boolean {
  if (writtenNames.length === 0 || !writtenNames.every((n) => LEADER_TITLE.test(n.trim()))) return true;
  const title = targetTitle.slice(0, 200);
  if (LEADER_TITLE.test(title) || !(IC_RANK.test(title) || rankedAsIc(title, siblings))) return true;
  return decideTrack({ title, hasReports: false, responsibilities: [], requirements: [], siblings }).track !== 'individual-contributor';
}

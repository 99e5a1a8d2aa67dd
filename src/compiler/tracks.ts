// Track rule: is a level on the individual-contributor or the management track?
//
// A title alone is not enough ("Program Manager" and "Customer Success Manager"
// lead nobody), so the rule reads what the page says:
//   1. someone in the graph reports to the level                        → management
//   2. its title starts with a people-leader rank (Manager, Senior Manager,
//      Director, Senior Director, VP / Vice President, Head, Chief) or reads
//      "<rank> of …" / "<rank>, …"                                       → management
//   3. its responsibilities or requirements say it leads people:
//      "Manage a team …", "Lead the … Team", "Recruit and develop a … team",
//      "manage … members of team", "people management (experience)",
//      "management experience" (not "project management experience"),
//      "experience leading/managing … teams"   → management
//   otherwise                                                             → individual contributor.
// "Lead the design of experiments" or "Foster team collaboration" do not count:
// the verb must act on a team (article + up to four words + team/organisation).
import type { Item, Track } from '../model/schema.ts';

const LEADER_TITLE = /^(senior\s+|sr\.?\s+|group\s+|regional\s+|area\s+|associate\s+|executive\s+)?(manager|director|vice president|vp|head|chief)\b/i;
const LEADS_TEAM =
  /\b(manag(e|es|ing)|lead(s|ing)?|build(s|ing)?|hir(e|es|ing)|recruit(s|ing)?|run(s|ning)?|direct(s|ing)?|oversee(s|ing)?)\b[^.;]{0,40}?\b(a|the|their|your|our)\s+([\w/'’-]+\s+){0,4}?(teams?|organi[sz]ations?|departments?|managers|direct reports)\b/i;
const MANAGES_MEMBERS = /\bmanage\b[^.;]{0,60}\bmembers of (the |their |your )?team\b/i;
// "Project management experience" is not people management: the word before "management" must not name a thing managed.
const PEOPLE_MANAGEMENT = /\bpeople management\b|(?<!\b(project|program|programme|product|account|change|risk|data|case|time|stakeholder|vendor|content|release|incident|portfolio|success|relationship|knowledge|configuration|quality|security|identity|access|cloud|campaign|event|partner|supply|inventory|asset|contract|budget|performance|service|services|operations|systems?|technical|engineering)\s)management experience\b|\bexperience (leading|managing) ([\w-]+\s+){0,3}?teams?\b|\bmanaging (a |the )?teams?\b/i;

export interface TrackInput {
  title: string;
  hasReports: boolean;
  responsibilities: readonly Item[];
  requirements: readonly Item[];
}

function texts(items: readonly Item[]): string[] {
  return items.flatMap((i) => [i.text, ...texts(i.children)]);
}

export function decideTrack(input: TrackInput): { track: Track; reason: string } {
  if (input.hasReports) return { track: 'management', reason: 'Other roles report to this role.' };
  if (LEADER_TITLE.test(input.title)) return { track: 'management', reason: 'The title names a people-leader rank.' };
  const said = [...texts(input.responsibilities), ...texts(input.requirements)].find(
    (t) => LEADS_TEAM.test(t) || MANAGES_MEMBERS.test(t) || PEOPLE_MANAGEMENT.test(t),
  );
  if (said !== undefined) return { track: 'management', reason: `The page says: "${said.length > 90 ? `${said.slice(0, 90)}…` : said}"` };
  return { track: 'individual-contributor', reason: 'Nobody reports to this role and its page describes no team to lead.' };
}

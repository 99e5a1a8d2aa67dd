// Section words: what a heading holds, by how it ends ("… Job Grade", "…
// Responsibilities", "Nice-to-haves"), and which headings are family-wide
// sections, level groups or career-ladder text. Wordings are tables: a new
// wording a page owner uses is one entry here and one test.
// Headings are short (capped before matching), and every pattern is anchored.
import type { SectionKind } from './raw.ts';

/** Heading endings per kind, matched on whole words at the end of the heading (lowercase). */
export const SECTION_ENDINGS: readonly { kind: SectionKind; endings: readonly string[] }[] = [
  // Nice-to-have first: "Preferred Qualifications" and "Nice-to-have Requirements" are not requirements.
  { kind: 'niceToHave', endings: ['nice to have', 'nice to haves', 'nice-to-have', 'nice-to-haves', 'nice-to-have requirements', 'nice to have requirements', 'preferred qualifications', 'preferred requirements', 'preferred skills', 'preferred experience', 'bonus points', 'bonus', 'desired skills', 'desired qualifications', 'desired experience', 'desired requirements'] },
  { kind: 'grade', endings: ['job grade', 'job grades', 'grade', 'grades', 'job grade level'] },
  { kind: 'responsibilities', endings: ['responsibilities', 'responsibility', 'duties', "what you'll do", 'what you’ll do', 'what you will do'] },
  { kind: 'requirements', endings: ['requirements', 'qualifications', 'skills, knowledge, and experience', 'skills, knowledge and experience', "what you'll bring", 'what you’ll bring', 'what you will bring'] },
  { kind: 'performanceIndicators', endings: ['performance indicators', 'performance indicator', 'performance indicators and metrics', 'kpis', 'kpi', 'key performance indicators'] },
];

/** Headings that say what they hold by how they start ("What you can expect in a Support Engineer role at GitLab"), whole words, lowercase. */
export const SECTION_OPENINGS: readonly { kind: SectionKind; openings: readonly string[] }[] = [
  // "Additional Responsibilities for Director of Support Readiness", "Additional Requirements for EMEA", "Responsibilities for Security Engineer roles".
  { kind: 'responsibilities', openings: ['what you can expect in', 'additional responsibilities', 'responsibilities for'] },
  { kind: 'requirements', openings: ['you should apply if', 'additional requirements', 'requirements for'] },
];

/** Misspellings seen in real pages, read as the word meant (with a warning). */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  respsonsibilities: 'responsibilities',
  responsibilites: 'responsibilities',
  responsibilties: 'responsibilities',
  responsibilies: 'responsibilities',
  responsiblities: 'responsibilities',
  responsbilities: 'responsibilities',
  responsibiliites: 'responsibilities',
  resposibilities: 'responsibilities',
  requirments: 'requirements',
  requirememts: 'requirements',
  requirementss: 'requirements',
  requirenments: 'requirements',
  reqirements: 'requirements',
};

const MAX_HEADING = 200;

function normalise(title: string): string {
  return title
    .slice(0, MAX_HEADING)
    .toLowerCase()
    .replace(/[\s:.*]+$/, '')
    .replace(/\s*\((kpis?|pis?|optional)\)$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface HeadingKind {
  kind: SectionKind;
  /** The heading before its kind words: "Associate CSM Job Grade" → "Associate CSM". */
  prefix: string;
  /** The misspelt word, when the kind was recognised through MISSPELLINGS. */
  misspelt: string | null;
}

/** What a sub-section heading holds, by how it ends; null when it says nothing we know. */
export function readHeading(title: string): HeadingKind | null {
  const t = normalise(title);
  const lastSpace = t.lastIndexOf(' ');
  const last = t.slice(lastSpace + 1);
  const fixed = MISSPELLINGS[last];
  const text = fixed ? `${t.slice(0, lastSpace + 1)}${fixed}` : t;
  let best: { kind: SectionKind; length: number } | null = null;
  for (const row of SECTION_ENDINGS) {
    for (const ending of row.endings) {
      if ((text === ending || text.endsWith(` ${ending}`)) && (best === null || ending.length > best.length)) best = { kind: row.kind, length: ending.length };
    }
  }
  if (best === null) {
    const opening = SECTION_OPENINGS.find((row) => row.openings.some((o) => text === o || text.startsWith(`${o} `)));
    return opening ? { kind: opening.kind, prefix: '', misspelt: null } : null;
  }
  const words = squashed(title).split(' ');
  const kept = words.slice(0, Math.max(0, words.length - text.slice(text.length - best.length).split(' ').length));
  return { kind: best.kind, prefix: kept.join(' ').replace(/[\s,:;-]+$/, ''), misspelt: fixed ? last : null };
}

function squashed(title: string): string {
  return title.slice(0, MAX_HEADING).replace(/\s*\((kpis?|pis?|optional)\)\s*$/i, '').replace(/[\s:.*]+$/, '').replace(/\s+/g, ' ').trim();
}

export function classifyHeading(title: string): SectionKind | null {
  return readHeading(title)?.kind ?? null;
}

/** The part of a sub-heading before its kind words: "Associate CSM Job Grade" → "Associate CSM". */
export function headingPrefix(title: string): string {
  return readHeading(title)?.prefix ?? squashed(title);
}

/** Family-wide sections: never a level, whatever follows them. */
export const FAMILY_SECTION = /^(levels|job levels|responsibilities|requirements|performance indicators|career ladder|career path|hiring process|specialt(y|ies)|specialit(y|ies)|speciali[sz]ations?|relevant links|links|about|overview)\b/i;
// "Levels", "Job Levels", "Leadership Levels", "Levels for Site Reliability Engineer".
export const LEVELS_HEADING = /^([\w&,-]+ ){0,4}levels( for .{0,150})?$/i;
// "Specialties", and the spellings pages use for it ("Specialities", "Specializations").
// "Support Management Roles", "Product Design Roles at GitLab": a heading that may hold levels (when level-shaped sub-headings say so).
export const ROLES_HEADING = /^(?!.*\b(?:specialt\w*|specialit\w*|requirements?|responsibilit\w*|base|levels?)\b)([\w&,-]+ ){0,4}roles(?: at .{1,100})?$/i;
/** Sections a level may hold that are text by nature, lists or not ("#### Hiring Process", "#### Career Ladder"): no warning for their lists. */
export const TEXT_SECTION = /(?:^|\s)(?:hiring process|interview process|career (?:ladder|path|progression)|specialt(?:y|ies)|specialit(?:y|ies)|speciali[sz]ations?)$/i;
export const SPECIALTIES_HEADING = /^(?:specialt(?:y|ies)|specialit(?:y|ies)|speciali[sz]ations?)$/i;
/** "### Threat Intelligence Specialty": one specialty, never a level. */
export const ONE_SPECIALTY_HEADING = /^.{1,150}\s(?:specialty|speciality|speciali[sz]ation)$/i;
export const CAREER_HEADING = /career (ladder|path|progression)/i;

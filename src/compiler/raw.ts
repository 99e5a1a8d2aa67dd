// The page stage's output types: a family and its levels as read from one page,
// before names are resolved across the folder (resolve.ts). Shared by the small
// reading modules (section-words, grades, inheritance, reporting, levels, page).
import type { Text, Track } from '../model/schema.ts';
import type { BlockContext, RawItem } from './blocks.ts';
import type { Abbreviations } from './names.ts';
import type { RawNextStep } from './next-steps.ts';

export type ListKind = 'responsibilities' | 'requirements' | 'performanceIndicators';
export type SectionKind = ListKind | 'grade' | 'niceToHave';

export interface RawSection {
  title: string;
  line: number;
  paragraphs: Text[];
  items: RawItem[];
  sections: RawSection[];
}

export interface Reference {
  name: string;
  href: string | null;
  line: number;
}

export interface RawInheritance {
  section: ListKind;
  text: string;
  /** The level name the line refers to, or null when it refers to the family or "the corresponding" level. */
  name: string | null;
  /** True for lines that build on the family's own lists ("Extends the … KPIs articulated [here](#…)", "share the same … outlined above"). */
  family: boolean;
  /** True for "the previous level", "previous roles": the level before this one on the page. */
  previous?: boolean;
  /** True for "all of the above …": the family's own list when it has one, else the level before. */
  above?: boolean;
  /** True for a list headed "Additional Responsibilities": the level this one specialises, else the level before. */
  additional?: boolean;
  /** The line's link to another job-family page ("Extends the [Manager, CSM](/job-families/sales/customer-success-management/#manager-csm) …"): where to look the name up. */
  href?: string;
  line: number;
}

export interface RawLevel {
  title: string;
  line: number;
  anchor: string;
  aliases: string[];
  /** Short form for the id, e.g. "Associate CSM" for "Associate Customer Success Manager (CSM)". */
  shortForm: string;
  grade: number | null;
  gradeLine: number;
  intro: Text[];
  reportsTo: Reference[];
  lists: Record<ListKind, RawItem[]>;
  /** "Nice to have", "Preferred", "Bonus" items: not requirements. */
  niceToHave: RawItem[];
  inheritance: RawInheritance[];
  sections: RawSection[];
  /** True when the level had no sub-sections and no content to speak of. */
  empty: boolean;
  /** The track stated in `rungs:` front matter, which beats any inferred one. */
  statedTrack?: Track;
  /** The wrapper heading the level sits under when a page keeps several ladders apart. */
  ladder?: string;
}

export interface RawSpecialty {
  title: string;
  line: number;
  overlaysLevels: boolean;
  inheritance: RawInheritance[];
  items: RawItem[];
  lists: Record<'responsibilities' | 'requirements', RawItem[]>;
  sections: RawSection[];
}

export interface RawFamily {
  file: string;
  title: string;
  description: string;
  department: string;
  line: number;
  intro: Text[];
  lists: Record<ListKind, RawItem[]>;
  /** Family-wide "Nice to have" items (a single-role page gives them to its role). */
  niceToHave?: RawItem[];
  specialties: RawSpecialty[];
  sections: RawSection[];
  levels: RawLevel[];
  flowsInto: Reference[];
  abbreviations: Abbreviations;
  /** Next steps its Career Ladder sections state, names as written (next-steps.ts). */
  nextSteps?: RawNextStep[];
  /** A "## Job Grade" outside any level: the page describes a role of its own. */
  pageGrade: { grade: number | null; line: number; subject: string | null; texts: Text[]; paragraphs: Text[] } | null;
}

export interface PageContext extends BlockContext {
  family: RawFamily;
}

export function emptyLists(): Record<ListKind, RawItem[]> {
  return { responsibilities: [], requirements: [], performanceIndicators: [] };
}

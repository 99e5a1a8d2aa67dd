// The career graph: the one contract between the compiler (build time), the app
// and the tests. Written once as zod; the TypeScript types are inferred from it.
// The compiler validates its output against `graphSchema`; the app validates
// the data it loads against it too, so a half-finished deploy shows an error
// page instead of a blank screen.
import { z } from 'zod';
import { EDGE_KINDS, SEVERITIES, TRACKS } from './vocabulary.ts';

/** Where something was written: path relative to the folder compiled, 1-based line. */
export const sourceSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
});

/** A link inside page text, kept with its visible text and target. */
export const linkSchema = z.object({
  text: z.string(),
  href: z.string(),
});

/** A paragraph of page text (links kept beside the plain text). */
export const textSchema = z.object({
  text: z.string(),
  links: z.array(linkSchema),
  line: z.number().int().nonnegative(),
});

/**
 * A responsibility, requirement or performance indicator.
 * `from` is the id of the role (or family, for family-wide items) the item was
 * written in; `own` is true when that is the role holding the list, false when
 * the item was inherited through an "Extends …" line.
 */
export interface Item {
  text: string;
  links: z.infer<typeof linkSchema>[];
  children: Item[];
  from: string;
  own: boolean;
  line: number;
}
export const itemSchema: z.ZodType<Item> = z.lazy(() =>
  z.object({
    text: z.string(),
    links: z.array(linkSchema),
    children: z.array(itemSchema),
    from: z.string(),
    own: z.boolean(),
    line: z.number().int().nonnegative(),
  }),
);

/** Any section the compiler has no special meaning for (Hiring Process, Market Justification…): kept, not dropped. */
export interface Section {
  title: string;
  line: number;
  paragraphs: z.infer<typeof textSchema>[];
  items: Item[];
  sections: Section[];
}
export const sectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    title: z.string(),
    line: z.number().int().nonnegative(),
    paragraphs: z.array(textSchema),
    items: z.array(itemSchema),
    sections: z.array(sectionSchema),
  }),
);

/** 'unknown' when the page does not say whether the role leads people (shown apart, never guessed). */
export const trackSchema = z.enum(TRACKS);

/** The "Extends …" line of one section, resolved (target) or not (null). */
export const inheritanceSchema = z.object({
  section: z.enum(['responsibilities', 'requirements', 'performanceIndicators']),
  text: z.string(),
  target: z.string().nullable(),
  line: z.number().int().nonnegative(),
});

export const specialtySchema = z.object({
  id: z.string(),
  title: z.string(),
  line: z.number().int().nonnegative(),
  /** True when the specialty says it extends "the corresponding … level": it overlays every level of the family. */
  overlaysLevels: z.boolean(),
  inheritance: z.array(inheritanceSchema),
  items: z.array(itemSchema),
  responsibilities: z.array(itemSchema),
  requirements: z.array(itemSchema),
  sections: z.array(sectionSchema),
});

export const familySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** First folder under the compiled root ("sales"), "" for pages at the root. */
  department: z.string(),
  source: sourceSchema,
  intro: z.array(textSchema),
  responsibilities: z.array(itemSchema),
  requirements: z.array(itemSchema),
  performanceIndicators: z.array(itemSchema),
  /** Family-wide "Nice to have" / "Preferred" items: wanted, not required. Absent when the page has none. */
  niceToHave: z.array(itemSchema).optional(),
  specialties: z.array(specialtySchema),
  sections: z.array(sectionSchema),
  /** Role ids of this family, in page order. */
  roles: z.array(z.string()),
});

export const roleSchema = z.object({
  id: z.string(),
  /** null for external roles (reporting-line targets outside the pages). */
  familyId: z.string().nullable(),
  title: z.string(),
  aliases: z.array(z.string()),
  grade: z.number().nullable(),
  track: trackSchema,
  /** Why the track was chosen, in words a person can check against the page. */
  trackReason: z.string(),
  external: z.boolean(),
  /** For external roles: the link that named them. */
  href: z.string().nullable(),
  reportsTo: z.array(z.string()),
  extends: z.object({
    responsibilities: z.string().nullable(),
    requirements: z.string().nullable(),
  }),
  inheritance: z.array(inheritanceSchema),
  responsibilities: z.array(itemSchema),
  requirements: z.array(itemSchema),
  performanceIndicators: z.array(itemSchema),
  /** The level's own "Nice to have" / "Preferred" / "Bonus" items: wanted, never counted as requirements. Absent when it has none. */
  niceToHave: z.array(itemSchema).optional(),
  intro: z.array(textSchema),
  sections: z.array(sectionSchema),
  source: sourceSchema,
  /** The sub-ladder (wrapper heading) the level sits under, when its page keeps several ladders apart; promotions stay inside it. */
  ladder: z.string().optional(),
  /**
   * Lines the role's grade and reporting lines were read from (the reporting line's
   * name as written), for the page-source view. Travels with the family's text, not the index.
   */
  sourceLines: z
    .object({
      grade: z.number().int().nonnegative().nullable(),
      reportsTo: z.array(z.object({ name: z.string(), line: z.number().int().nonnegative() })),
    })
    .optional(),
});

export const edgeKindSchema = z.enum(EDGE_KINDS);

/**
 * promotion, reports-to, extends: role id → role id.
 * flows-into: family id → family id (a family's ladder continues in another family).
 * reports-to points from the report to the manager; extends from the extending role to the extended one;
 * promotion from the lower level to the next one up.
 */
export const edgeSchema = z.object({
  kind: edgeKindSchema,
  source: z.string(),
  target: z.string(),
});

export const severitySchema = z.enum(SEVERITIES);

export const diagnosticSchema = z.object({
  severity: severitySchema,
  code: z.string(),
  message: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().positive().optional(),
  hint: z.string().optional(),
  /** The role the diagnostic is about, when there is one (for links from the data-quality view). */
  roleId: z.string().optional(),
  related: sourceSchema.optional(),
});

export const graphSchema = z.object({
  version: z.literal(1),
  families: z.array(familySchema),
  roles: z.array(roleSchema),
  edges: z.array(edgeSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Text = z.infer<typeof textSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Inheritance = z.infer<typeof inheritanceSchema>;
export type Specialty = z.infer<typeof specialtySchema>;
export type Family = z.infer<typeof familySchema>;
export type Role = z.infer<typeof roleSchema>;
export type EdgeKind = z.infer<typeof edgeKindSchema>;
export type Edge = z.infer<typeof edgeSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Graph = z.infer<typeof graphSchema>;

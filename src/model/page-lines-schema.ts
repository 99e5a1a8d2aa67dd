// The zod schemas of the line map (see page-lines.ts), apart from the pure helpers
// so the first view does not carry them: the graph store imports this file only
// when a page's lines are loaded.
import { z } from 'zod';
import { diagnosticSchema } from './schema.ts';

/** A role, family or specialty a line belongs to, with its title so the view needs nothing else. */
export const ownerSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['role', 'family', 'specialty', 'external']),
});

const line = z.number().int().positive();

export const meaningSchema = z.discriminatedUnion('kind', [
  /** A front-matter line: `field` is its key, `used` whether the compiler reads it. */
  z.object({ kind: z.literal('front-matter'), field: z.string(), used: z.boolean() }),
  z.object({ kind: z.literal('level'), owner: ownerSchema }),
  z.object({ kind: z.literal('specialty'), owner: ownerSchema }),
  z.object({ kind: z.literal('grade'), owner: ownerSchema, grade: z.number() }),
  /** An item of a list (`list` is the graph's field name: responsibilities, requirements…); depth 0 for top-level items. */
  z.object({ kind: z.literal('item'), owner: ownerSchema, list: z.string(), depth: z.number().int().nonnegative() }),
  /** An item the level restates from the level it builds on. */
  z.object({ kind: z.literal('restated'), owner: ownerSchema, list: z.string(), from: ownerSchema }),
  z.object({ kind: z.literal('inheritance'), owner: ownerSchema, list: z.string(), target: ownerSchema.nullable() }),
  z.object({ kind: z.literal('reports-to'), owner: ownerSchema, name: z.string(), targets: z.array(ownerSchema) }),
  z.object({ kind: z.literal('intro'), owner: ownerSchema }),
  /** Text kept in a section the compiler has no special meaning for ("Hiring Process"). */
  z.object({ kind: z.literal('section'), owner: ownerSchema, title: z.string() }),
  /** A heading whose content below became `part` of `owner` (a list name, "grade", "intro", "levels", "section"…). */
  z.object({ kind: z.literal('heading'), owner: ownerSchema, part: z.string() }),
  /** A wrapped line of the text that starts on `line`. */
  z.object({ kind: z.literal('continues'), line }),
  /** Markdown syntax with no content of its own (a table rule, a code fence, a horizontal rule). */
  z.object({ kind: z.literal('syntax'), what: z.string() }),
  z.object({ kind: z.literal('ignored'), reason: z.string() }),
]);

export const pageLinesSchema = z.object({
  file: z.string(),
  /** Family shown by this page (for links back), null when the page yielded none. */
  family: ownerSchema.nullable(),
  /** Source lines as written (front matter included), and per line what it became. */
  lines: z.array(z.object({ text: z.string(), meanings: z.array(meaningSchema) })),
  diagnostics: z.array(diagnosticSchema),
});

/** Per page, how much of it was understood (for /diagnostics, worst first). */
export const pageSummarySchema = z.object({
  file: z.string(),
  /** Non-blank lines with content (syntax and unused front matter left out). */
  counted: z.number().int().nonnegative(),
  /** Lines that became part of a role, a level or the family. */
  understood: z.number().int().nonnegative(),
  /** Lines kept as text of a section with no special meaning. */
  kept: z.number().int().nonnegative(),
  /** Lines that became nothing. */
  missed: z.number().int().nonnegative(),
});

// `rungs:` front matter: what a page states when its prose can't say it. Per
// level (by its title as the heading spells it, or an alias): grade, track,
// extends (one level for both lists, or per list; "@family" for the family's own
// lists) and reportsTo. Validated with zod; what is stated beats what was inferred
// from the text. An invalid entry or a level that is not on the page is reported
// and ignored, never fatal.
//
//   rungs:
//     levels:
//       Senior Widget Analyst:
//         grade: 7
//         track: ic            # ic | individual-contributor | management
//         extends: Widget Analyst
//         reportsTo: [Manager, Widgets]
import { z } from 'zod';
import { looseKey } from './names.ts';
import type { ListKind, PageContext, RawFamily, RawLevel } from './raw.ts';

const name = z.string().trim().min(1).max(200);
const names = z.union([name, z.array(name).max(10)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const statedLevelSchema = z
  .object({
    grade: z.number().min(0).max(100).nullable().optional(),
    track: z
      .enum(['ic', 'individual-contributor', 'management'])
      .transform((t) => (t === 'ic' ? 'individual-contributor' : t))
      .optional(),
    extends: z
      .union([name.transform((n) => ({ responsibilities: n, requirements: n })), z.object({ responsibilities: name.optional(), requirements: name.optional() }).strict()])
      .optional(),
    reportsTo: names.optional(),
  })
  .strict();

export const rungsFrontMatterSchema = z.object({ levels: z.record(name, statedLevelSchema) }).strict();

export type StatedLevel = z.infer<typeof statedLevelSchema>;

/** The line of the `rungs:` key in the file (front matter starts at line 1), for diagnostics. */
function rungsLine(rawFrontMatter: string | null): number {
  const at = (rawFrontMatter ?? '').split('\n').findIndex((l) => /^rungs\s*:/.test(l));
  return at === -1 ? 1 : at + 2;
}

/** Reads `rungs:` from the page's front matter and applies it to the levels read from the text. */
export function applyStated(data: Record<string, unknown>, rawFrontMatter: string | null, family: RawFamily, ctx: PageContext): void {
  if (data.rungs === undefined) return;
  const line = rungsLine(rawFrontMatter);
  const parsed = rungsFrontMatterSchema.safeParse(data.rungs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    ctx.diagnostics.report('rungs-front-matter-invalid', ctx.file, line, `\`rungs:\` at ${['rungs', ...(issue?.path ?? [])].join('.')}: ${issue?.message ?? 'invalid'}; the front matter was ignored.`);
    return;
  }
  const abbreviations = family.abbreviations;
  for (const [title, stated] of Object.entries(parsed.data.levels)) {
    const key = looseKey(title, abbreviations);
    const level = family.levels.find((l) => [l.title, ...l.aliases].some((n) => looseKey(n, abbreviations) === key));
    if (!level) {
      ctx.diagnostics.report('rungs-front-matter-unmatched', ctx.file, line, `\`rungs:\` names "${title}", which is not a level of this page (levels: ${family.levels.map((l) => `"${l.title}"`).join(', ') || 'none'}).`);
      continue;
    }
    applyToLevel(level, stated, line);
  }
}

function applyToLevel(level: RawLevel, stated: StatedLevel, line: number): void {
  if (stated.grade !== undefined) {
    level.grade = stated.grade;
    level.gradeLine = line;
  }
  if (stated.track !== undefined) level.statedTrack = stated.track;
  if (stated.extends !== undefined) {
    for (const kind of ['responsibilities', 'requirements'] as const satisfies readonly ListKind[]) {
      const target = stated.extends[kind];
      if (target === undefined) continue;
      level.inheritance = level.inheritance.filter((i) => i.section !== kind);
      const family = target === '@family';
      level.inheritance.push({ section: kind, text: `rungs: extends ${target}`, name: family ? null : target, family, line });
    }
  }
  if (stated.reportsTo !== undefined) level.reportsTo = stated.reportsTo.map((n) => ({ name: n, href: null, line }));
}

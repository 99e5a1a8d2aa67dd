// The truth set's file format (test/truth/README.md), as a zod schema, and its
// loader: test/truth/pages/*.json → validated truth pages. A file that does not fit
// is reported by name (never silently skipped), so a labelling slip is visible.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const listKinds = z.object({ responsibilities: z.array(z.string()), requirements: z.array(z.string()) });

export const truthLevelSchema = z.object({
  title: z.string(),
  aliases: z.array(z.string()).optional(),
  grade: z.number().nullable(),
  track: z.enum(['ic', 'management', 'unclear']),
  extends: listKinds,
  reportsTo: z.array(z.string()),
  counts: z.object({ responsibilities: z.number().int(), requirements: z.number().int(), niceToHave: z.number().int() }),
  notes: z.string().optional(),
});

export const truthPageSchema = z.object({
  file: z.string(),
  picked: z.string().optional(),
  heldOut: z.boolean(),
  family: z.string().optional(),
  levels: z.array(truthLevelSchema),
  promotions: z.array(z.tuple([z.string(), z.string()])),
  notes: z.string().optional(),
});

export type TruthLevel = z.infer<typeof truthLevelSchema>;
export type TruthPage = z.infer<typeof truthPageSchema>;

export interface LoadedTruth {
  pages: TruthPage[];
  /** Files that are not valid truth pages: "file: what is wrong". */
  invalid: string[];
}

export function loadTruth(dir: string): LoadedTruth {
  const pages: TruthPage[] = [];
  const invalid: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const parsed = truthPageSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (parsed.success) pages.push(parsed.data);
      else invalid.push(`${name}: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
    } catch (error) {
      invalid.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { pages, invalid };
}

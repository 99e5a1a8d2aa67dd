// The schemas a loaded family chunk, the search text and the diagnostics are checked
// against, built from the graph schema (schema.ts). Imported on demand by graph-store.ts
// with the first chunk, so the schema library is not part of the app's first view.
import { z } from 'zod';
import { diagnosticSchema, familySchema, roleSchema } from './schema.ts';

export const familyChunkSchema = z.object({ family: familySchema, roles: z.array(roleSchema) });
export const searchTextSchema = z.array(z.tuple([z.string(), z.string()]));
export const diagnosticsSchema = z.array(diagnosticSchema);

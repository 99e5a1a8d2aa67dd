// The real handbook the corpus tests, the bench and the accuracy harness read:
// a folder of job-family pages named by RUNGS_CORPUS (CI sets it in .ci/run; on
// your machine, point it at any handbook's job-families folder). Unset: those
// tests are skipped and `npm test`'s totals line says so. Set to something that
// is not a folder: an error, never a silent skip.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_VARIABLE = 'RUNGS_CORPUS';

/** The corpus folder as an absolute path, or null when RUNGS_CORPUS is not set. */
export function corpusFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env[CORPUS_VARIABLE];
  if (!value) return null;
  const folder = resolve(value);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new Error(`${CORPUS_VARIABLE}=${value} is not a folder; point it at a folder of job-family pages or unset it`);
  return folder;
}

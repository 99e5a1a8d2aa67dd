// Page edits a plan must survive or flag, applied to a copy of the seeds (never
// to seeds/ itself): one item reworded a little, one removed, one moved to the
// other list, one added, all on the Staff CSM level. Used by the plan's unit
// tests and its Chromium test (a separate build from the edited copy).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../seeds', import.meta.url));

export const EDITS = {
  reworded: { before: 'Coaches peers on strategic approaches', after: 'Coaches peers and new team members on strategic approaches' },
  removed: 'Work transparently to surface the problems and allow others to participate in solving them',
  moved: 'Technical / DevOps domain expertise',
  added: "Runs a quarterly review of the team's largest accounts",
} as const;

function replaceOnce(text: string, before: string, after: string): string {
  const at = text.indexOf(before);
  if (at === -1 || text.indexOf(before, at + 1) !== -1) throw new Error(`plan edits: expected exactly one "${before.trim()}" in the CSM page`);
  return text.slice(0, at) + after + text.slice(at + before.length);
}

/** The CSM page with the edits applied. */
export function editCsmPage(text: string): string {
  let out = replaceOnce(text, `- ${EDITS.reworded.before}\n`, `- ${EDITS.reworded.after}\n`);
  out = replaceOnce(out, `- ${EDITS.removed}\n`, '');
  out = replaceOnce(out, `- ${EDITS.moved}\n`, '');
  out = replaceOnce(out, '- Mentor and coach colleague CSM\'s on one of their accounts for faster onboarding or adoption\n', `- Mentor and coach colleague CSM's on one of their accounts for faster onboarding or adoption\n- ${EDITS.moved}\n`);
  out = replaceOnce(out, '- Extensive experience within a technical or account management area\n', `- Extensive experience within a technical or account management area\n- ${EDITS.added}\n`);
  return out;
}

/** Copies the seeds into `dir` (emptied first) with the CSM page edited; returns `dir`. */
export function editedSeeds(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const page = readdirSync(dir).find((f) => readFileSync(join(dir, f), 'utf8').includes('#### Staff CSM Responsibilities'));
  if (!page) throw new Error('plan edits: no seed page with "#### Staff CSM Responsibilities"');
  writeFileSync(join(dir, page), editCsmPage(readFileSync(join(dir, page), 'utf8')));
  return dir;
}

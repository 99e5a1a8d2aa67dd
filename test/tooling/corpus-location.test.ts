// @vitest-environment node
// Only .ci/run knows where CI keeps the real handbook: everything else reads the
// folder RUNGS_CORPUS names (test/corpus.ts), so a newcomer's clone never points
// at a path it does not have. The location is read from .ci/run and looked for
// in every other file of the project.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the CI corpus location', () => {
  it('is set as RUNGS_CORPUS in .ci/run and named in no other file', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const location = /corpus="\$\(pwd\)\/\.\.\/([^"]+)"/.exec(ci)?.[1];
    expect(location, 'the corpus="$(pwd)/../<folder>" line of .ci/run').toBeDefined();
    expect(ci).toContain('export RUNGS_CORPUS=');
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    const naming = files.filter((file) => {
      if (file === '.ci/run') return false;
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        return false; // listed but deleted in this working tree
      }
      return text.includes(location!);
    });
    expect(naming).toEqual([]);
  });
});

// @vitest-environment node
// The accuracy floor: the truth set (test/truth/pages) scored against RUNGS_CORPUS
// may only get better. Each tuning page's correct counts must stay at or above
// test/truth/floor.json, its phantom roles and spurious promotion edges at or below.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOOR_FILE, type FloorFile, measure } from '../accuracy/harness.ts';
import { belowFloor } from '../accuracy/score.ts';

const corpus = process.env.RUNGS_CORPUS;
const reason = corpus ? '' : ' (skipped: RUNGS_CORPUS is not set)';

describe.skipIf(!corpus || !existsSync(corpus))(`accuracy on the truth set${reason}`, () => {
  it('every truth file is valid and no tuning page falls below its floor', () => {
    const { scores, invalid } = measure(corpus!);
    expect(invalid).toEqual([]);
    const floor = JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as FloorFile;
    const below = scores.filter((s) => !s.heldOut && floor.pages[s.file]).flatMap((s) => belowFloor(s, floor.pages[s.file]!));
    expect(below).toEqual([]);
  }, 180_000);
});

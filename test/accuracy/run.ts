// `npm run accuracy`: compiles RUNGS_CORPUS, scores the truth set (test/truth/pages)
// and prints per field correct / total and %, phantom roles, spurious promotion
// edges and the worst mismatches, for the tuning set and the held-out set apart.
// Held-out mismatches stay hidden unless asked for, so they are not tuned on.
//   --held-out       also print the held-out mismatches
//   --all            print every tuning mismatch (default: the worst 60)
//   --page <file>    only the mismatches of one page
//   --update-floor   write test/truth/floor.json from these figures (tuning pages)
import { writeFileSync } from 'node:fs';
import { FLOOR_FILE, type FloorFile, measure } from './harness.ts';
import { mismatchLines, table } from './report.ts';
import { floorOf, summarize, worstMismatches } from './score.ts';

const corpus = process.env.RUNGS_CORPUS;
if (!corpus) {
  console.error('npm run accuracy: set RUNGS_CORPUS to the folder of job-family pages the truth set was written from.');
  process.exit(2);
}
const args = process.argv.slice(2);
const { scores, invalid } = measure(corpus);
for (const line of invalid) console.error(`test/truth/pages/${line}`);
const tuning = scores.filter((s) => !s.heldOut);
// Held out from the start (a third of the seeded pick) and fresh pages labelled
// after the tuning (never tuned on) are reported apart and together.
const heldOut = scores.filter((s) => s.heldOut);
const fresh = heldOut.filter((s) => s.picked === 'fresh');
const heldFromStart = heldOut.filter((s) => s.picked !== 'fresh');
const page = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;

console.log(table('Tuning set', summarize(tuning)));
const shown = page ? tuning.filter((s) => s.file === page).flatMap((s) => s.mismatches) : worstMismatches(tuning, args.includes('--all') ? Infinity : 60);
console.log(`\nWorst mismatches (tuning set; page | level | field | expected | got):\n${mismatchLines(shown)}`);
if (fresh.length === 0) console.log(`\n${table('Held-out set', summarize(heldOut))}`);
else {
  console.log(`\n${table('Held-out set, held back from the start', summarize(heldFromStart))}`);
  console.log(`\n${table('Held-out set, fresh pages (labelled after the tuning)', summarize(fresh))}`);
  console.log(`\n${table('Held-out set, all', summarize(heldOut))}`);
}
if (args.includes('--held-out')) console.log(`\nHeld-out mismatches:\n${mismatchLines(worstMismatches(heldOut, Infinity))}`);
else console.log('  (held-out mismatches hidden; npm run accuracy -- --held-out shows them)');

if (args.includes('--update-floor')) {
  const floor: FloorFile = {
    note: 'Per tuning page: correct counts may only go up, phantom roles and spurious promotion edges only down. Written by npm run accuracy -- --update-floor.',
    pages: Object.fromEntries(tuning.map((s) => [s.file, floorOf(s)])),
  };
  writeFileSync(FLOOR_FILE, `${JSON.stringify(floor, null, 2)}\n`);
  console.log(`\nWrote ${FLOOR_FILE}`);
}

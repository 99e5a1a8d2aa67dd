// Corpus-wide reading figures: `RUNGS_CORPUS=<folder> tsx test/accuracy/corpus-stats.ts [--json]`.
// Levels per page, grades found, inheritance lines understood (every line of page
// text that words inheritance in any common way, found here by a broad detector
// kept apart from the compiler's rules, against the lines the compiler followed to
// a target), reporting lines resolved, tracks with their reasons, diagnostics by code.
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';

/** Wordings of "this list builds on another", as page owners write them (measurement only). */
const INHERITANCE_LINE = [
  /^\W*extends?\b/i,
  /^\W*in addition to\b/i,
  /\ball (of )?(the )?(responsibilities|requirements)\b.*\b(of|for|listed|from)\b/i,
  /\b(responsibilities|requirements) of (the )?(previous|prior|preceding)\b/i,
  /\bextends? the\b.*\b(role|level|responsibilities|requirements)\b/i,
  /^\W*beyond the\b/i,
  /\bexpands? (on|upon)\b/i,
  /\bshares? the same\b.*\b(responsibilities|requirements)\b/i,
  /\bthe previous level\b/i,
];

const corpus = process.env.RUNGS_CORPUS;
if (!corpus) {
  console.error('corpus-stats: set RUNGS_CORPUS to a folder of job-family pages.');
  process.exit(2);
}
const pages = readPages(corpus);
const { graph } = compilePages(pages);
const roles = graph.roles.filter((r) => !r.external);

const levelsPerPage = graph.families.map((f) => f.roles.length);
const buckets: Record<string, number> = { '0': 0, '1': 0, '2-3': 0, '4-6': 0, '7+': 0 };
for (const n of levelsPerPage) buckets[n === 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : n <= 6 ? '4-6' : '7+']!++;

// Inheritance: detected lines in the page text vs lines the compiler followed to a target.
const detected = new Set<string>();
for (const page of pages) {
  const text = Buffer.isBuffer(page.content) ? page.content.toString('utf8') : String(page.content);
  text.split('\n').forEach((line, i) => {
    if (line.length < 400 && INHERITANCE_LINE.some((re) => re.test(line))) detected.add(`${page.file}:${i + 1}`);
  });
}
const followed = new Set<string>();
const recorded = new Set<string>();
for (const role of roles) {
  for (const line of role.inheritance) {
    const at = `${role.source.file}:${line.line}`;
    recorded.add(at);
    if (line.target !== null) followed.add(at);
  }
}
const understood = [...detected].filter((l) => followed.has(l)).length;

const refs = roles.flatMap((r) => r.reportsTo);
const external = new Set(graph.roles.filter((r) => r.external).map((r) => r.id));

const tracks: Record<string, number> = {};
const reasons: Record<string, number> = {};
for (const role of roles) {
  tracks[role.track] = (tracks[role.track] ?? 0) + 1;
  const reason = `${role.track}: ${role.trackReason.startsWith('The page says') ? 'The page says "…"' : role.trackReason}`;
  reasons[reason] = (reasons[reason] ?? 0) + 1;
}
const byCode: Record<string, number> = {};
for (const d of graph.diagnostics) byCode[`${d.severity} ${d.code}`] = (byCode[`${d.severity} ${d.code}`] ?? 0) + 1;

const pct = (a: number, b: number) => `${a} / ${b} (${b === 0 ? 100 : ((100 * a) / b).toFixed(1)} %)`;
const stats = {
  pages: graph.families.length,
  roles: roles.length,
  levelsPerPage: { mean: Number((roles.length / graph.families.length).toFixed(2)), buckets },
  gradesFound: pct(roles.filter((r) => r.grade !== null).length, roles.length),
  inheritance: {
    linesDetectedInText: detected.size,
    understood: pct(understood, detected.size),
    recordedByCompiler: recorded.size,
    followedByCompiler: followed.size,
  },
  reportsTo: { references: refs.length, resolvedToRoles: pct(refs.filter((id) => !external.has(id)).length, refs.length), rolesWithAReportingLine: pct(roles.filter((r) => r.reportsTo.length > 0).length, roles.length) },
  tracks,
  trackReasons: Object.fromEntries(Object.entries(reasons).sort((a, b) => b[1] - a[1])),
  diagnosticsByCode: Object.fromEntries(Object.entries(byCode).sort((a, b) => b[1] - a[1])),
};
console.log(process.argv.includes('--json') ? JSON.stringify(stats, null, 2) : JSON.stringify(stats, null, 1).replace(/[{}",]/g, '').replace(/\n\s*\n/g, '\n'));

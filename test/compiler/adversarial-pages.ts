// Pathological job-family pages from the attack in issue 10, generated at run time
// (never committed): long runs of one character where the compiler's text rules
// look, deep nesting, huge counts, long names and colliding ids. Each comes with
// an ordinary page of the same size, so the bench can compare the two and tests
// can check the bad page is named while every other page still builds.

export interface AdversarialCase {
  /** Stable key, used in test names and the bench report. */
  name: string;
  /** What the page does, in the words of the issue. */
  what: string;
  /** The pages to compile (the bad page first), beside the seeds. */
  pages: { file: string; content: string }[];
  /** File name of the page that must be named in a diagnostic. */
  bad: string;
}

const KB = 1024;

function frontMatter(title: string): string {
  return `---\ntitle: "${title}"\n---\n\n`;
}

/** A well-formed level of an ordinary ladder (about 600 bytes). */
function ordinaryLevel(i: number): string {
  const grade = 5 + (i % 6);
  return [
    `### Engineer ${i}`,
    '',
    '#### Job Grade',
    '',
    `The Engineer ${i} is a [grade ${grade}](/handbook/total-rewards/compensation/#job-grades).`,
    '',
    '#### Responsibilities',
    '',
    `- Own the delivery of project ${i} from planning through release, with clear written updates`,
    `- Review the designs and code of peers and mentor newer members of the team on area ${i}`,
    `- Improve the reliability of the services the team runs, measured by incidents and latency`,
    '',
    '#### Requirements',
    '',
    `- Experience shipping software in a team of at least ${3 + (i % 5)} people`,
    '- Clear written communication in an asynchronous, distributed company',
    '',
  ].join('\n');
}

/** An ordinary ladder page of about `bytes` bytes: the yardstick for a pathological page of that size. */
export function ordinaryPage(bytes: number, title = 'Ordinary Engineering'): string {
  const parts = [frontMatter(title), '## Levels\n\n'];
  let size = parts.join('').length;
  for (let i = 1; size < bytes; i++) {
    const level = ordinaryLevel(i);
    parts.push(level);
    size += level.length;
  }
  return parts.join('');
}

/** A small good page that must survive whatever its neighbour does. */
export const NEIGHBOUR = {
  file: 'neighbour.md',
  content: `${frontMatter('Neighbour Family')}## Levels\n\n${ordinaryLevel(1)}${ordinaryLevel(2)}`,
};

const level = (title: string, body = '') => `### ${title}\n\n${body}#### Responsibilities\n\n- Do the work\n\n`;

/** The cases of the issue's table; `size` scales the 64–128 KB ones (default 128 KB). */
export function adversarialCases(size = 128 * KB): AdversarialCase[] {
  const run = (ch: string, n = size) => ch.repeat(Math.max(1, Math.floor(n / ch.length)));
  const one = (name: string, what: string, content: string): AdversarialCase => ({ name, what, pages: [{ file: `${name}.md`, content }], bad: `${name}.md` });
  const cases: AdversarialCase[] = [
    one('dots-heading-1mb', '`## Notes ` + 1,000,000 dots + `x` (1 MB)', `## Notes ${'.'.repeat(1_000_000)}x\n`),
    one('long-heading', 'a heading ending in a long run of dots', `${frontMatter('Long Heading')}## Levels\n\n### Senior ${run('.')}x\n\n#### Responsibilities\n\n- Do the work\n`),
    one('long-reporting-sentence', 'a reporting sentence naming a manager followed by a long run of dots', `${frontMatter('Long Reporting')}## Levels\n\n${level('Senior', `The Senior reports to the Manager ${run('.')}x\n\n`)}`),
    one('long-yaml-title', 'a title line in broken YAML with a long run of spaces', `---\ntitle: a${run(' ')}b\nbroken: [\n---\n\n## Levels\n\n${level('Senior')}`),
    one('long-grade-sentence', 'a grade sentence followed by a long run of white space', `${frontMatter('Long Grade')}## Senior\n\nThe Senior is a grade${run(' ')}x\n\n#### Responsibilities\n\n- Do the work\n`),
    one('long-extends-name', 'an "Extends" line naming a level followed by a long run of dots', `${frontMatter('Long Extends')}## Levels\n\n${level('Junior')}### Senior\n\n#### Responsibilities\n\n- Extends that of the Junior ${run('.')}x\n- More work\n`),
    one('many-abbreviations', 'a level title defining thousands of "(AB)" abbreviations', `${frontMatter('Many Abbreviations')}## Levels\n\n${level(`Account Builder ${run('(AB) ')}`)}`),
    one('abbreviations-in-intro', 'an intro paragraph with thousands of "(AB)" abbreviations', `${frontMatter('Intro Abbreviations')}Account Builder ${run('(AB) ')}\n\n## Levels\n\n${level('Senior')}`),
    one('deep-blockquote', '`>` × 10,000 (10 KB)', `${frontMatter('Deep Quote')}${'>'.repeat(10_000)} x\n`),
    one('many-emphasis-openers', '`*a ` × 4,000 (12 KB)', `${frontMatter('Emphasis')}${'*a '.repeat(4000)}\n`),
    one('deep-list', 'a list nested 1,000 deep', `${frontMatter('Deep List')}## Responsibilities\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`),
    one('nested-list-100', 'a list nested 100 deep (10 KB)', `${frontMatter('Nested List')}## Responsibilities\n\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`),
    one('nested-emphasis', 'emphasis nested 2,000 deep in one list item (4 KB)', `${frontMatter('Nested Emphasis')}## Levels\n\n${level('Senior')}- ${'*'.repeat(2000)}a${'*'.repeat(2000)}\n`),
    one('nested-links', '`[` × 2,000 around one link (10 KB)', `${frontMatter('Nested Links')}${'['.repeat(2000)}a${'](x)'.repeat(2000)}\n`),
    one(
      'many-levels',
      '2,000 levels on one page, each extending the one before',
      `${frontMatter('Many Levels')}## Levels\n\n${Array.from({ length: 2000 }, (_, i) => `### Level ${i}\n\n#### Responsibilities\n\n${i > 0 ? `- Extends that of the Level ${i - 1} responsibilities\n` : ''}- Task ${i}\n`).join('\n')}`,
    ),
    one('long-family-title', 'a family title of 300 characters', `${frontMatter(`Family ${'Very Long Words '.repeat(19)}`)}## Levels\n\n${level('Senior')}`),
    one('long-level-title', 'a level title of 400 characters', `${frontMatter('Long Level')}## Levels\n\n${level(`Senior ${'Very Long Level Name '.repeat(19)}`)}`),
    {
      name: 'external-collision',
      what: 'a family titled "External", plus a page whose reporting line names an unknown manager',
      pages: [
        { file: 'external.md', content: `${frontMatter('External')}## Levels\n\n${level('Manager')}` },
        { file: 'other-managers.md', content: `${frontMatter('Other')}## Levels\n\n${level('Manager')}` },
        { file: 'reporting.md', content: `${frontMatter('Reporting')}## Levels\n\n${level('Engineer', 'The Engineer reports to the Manager.\n\n')}` },
      ],
      bad: 'reporting.md',
    },
    one('mojibake-2mb', '1,000,000 mojibake sequences (2 MB)', `${frontMatter('Mojibake')}${'Ã©'.repeat(1_000_000)}\n`),
    one('mojibake-400kb', '100,000 mojibake sequences (400 KB, under the size limit)', `${frontMatter('Mojibake')}${'Ã©'.repeat(100_000)}\n`),
    one(
      'same-grade-levels',
      '1,000 levels on 10 grades (100 KB)',
      `${frontMatter('Same Grades')}## Levels\n\n${Array.from({ length: 1000 }, (_, i) => `### L${i}\n\nThe L${i} is a grade ${5 + (i % 10)}.\n`).join('\n')}`,
    ),
  ];
  return cases;
}

/** Total bytes of a case's pages. */
export function caseBytes(c: AdversarialCase): number {
  return c.pages.reduce((n, p) => n + Buffer.byteLength(p.content), 0);
}

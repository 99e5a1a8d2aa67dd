// Small made-up ladder pages for the promotion tests: one "## Levels" page of
// level headings (optional grade, one own duty) and its promotion edges as
// "from → to" slugs.
import type { Graph } from '../../src/model/schema.ts';
import { compileText } from './helpers.ts';

export function level(title: string, grade: number | null, extra = ''): string {
  const gradeText = grade === null ? '' : `#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n`;
  return `### ${title}\n\n${extra}${gradeText}#### Responsibilities\n\n- ${title} duty\n\n`;
}

export const ladderPage = (...levels: string[]) => compileText('p.md', `---\ntitle: Widgets\n---\n## Levels\n\n${levels.join('')}`);

export const promotions = (g: Graph) =>
  g.edges
    .filter((e) => e.kind === 'promotion')
    .map((e) => `${e.source.split('/')[1]} → ${e.target.split('/')[1]}`)
    .sort();

// /pages/<file>: how a page was read, through the real router on the compiled
// seeds, with the line maps loaded on demand as in the built app; and the
// data-quality view listing pages least understood first, linking to their lines.
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { compilePages } from '../../src/compiler/compile.ts';
import { lineMaps } from '../../src/compiler/line-map.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { understoodShare } from '@/model/page-lines';
import type { GraphSources } from '@/model/graph-store';
import { renderApp } from './render-app';

const CSM = '004_38ff1b7420f6e335.txt';
// The route's code and the page's lines arrive as separate chunks; a busy machine may take a while.
const WAIT = { timeout: 8_000 };

function build(folder: string) {
  const pages = readPages(resolve(folder));
  const { graph } = compilePages(pages);
  const { maps, summaries } = lineMaps(graph, pages);
  const requested: string[] = [];
  const sources: GraphSources = {
    pages: async () => ({
      pages: summaries,
      loaders: Object.fromEntries(
        [...maps].map(([file, map]) => [
          file,
          async () => {
            requested.push(file);
            return { default: map };
          },
        ]),
      ),
    }),
  };
  return { graph, sources, summaries, requested };
}

const seeds = build('seeds');
const lineOf = (file: string, re: RegExp) => readFileSync(resolve('seeds', file), 'utf8').split('\n').findIndex((l) => re.test(l)) + 1;
const row = (line: number) => document.getElementById(`L${line}`)!;

describe('page source view', { timeout: 30_000 }, () => {
  it('shows each source line beside what it became, the linked line highlighted', async () => {
    const senior = lineOf(CSM, /^### Senior CSM/);
    renderApp({ url: `/pages/${CSM}#L${senior}`, data: seeds.graph, sources: seeds.sources });
    expect(await screen.findByRole('heading', { level: 1, name: 'How this page was read' }, WAIT)).toBeInTheDocument();
    expect(seeds.requested).toEqual([CSM]);
    const heading = row(senior);
    expect(heading).toHaveAttribute('aria-current', 'location');
    expect(heading).toHaveTextContent('### Senior CSM');
    expect(heading).toHaveTextContent('Level heading of Senior CSM');
    expect(within(heading).getByRole('link', { name: 'Senior CSM' })).toHaveAttribute('href', '/roles/customer-success-management/senior-csm');
    await waitFor(() => expect(document.activeElement).toBe(heading), WAIT);

    const extendsLine = lineOf(CSM, /^- Extends the Senior CSM responsibilities/);
    expect(row(extendsLine)).toHaveTextContent('Inheritance: Staff CSM builds on the responsibilities of Senior CSM');
    const grade = lineOf(CSM, /^The Senior CSM is a job grade/);
    expect(row(grade)).toHaveTextContent('Grade 7 of Senior CSM');
    expect(row(grade + 5)).toHaveTextContent(/Responsibility of Senior CSM$/);
    // the page's figure, and its diagnostics linking to their lines
    const figure = seeds.summaries.find((s) => s.file === CSM)!;
    expect(screen.getByRole('heading', { name: `${Math.floor(understoodShare(figure) * 100)} % understood` })).toBeInTheDocument();
    const noticed = screen.getByRole('region', { name: /What the compiler noticed/ });
    expect(within(noticed).getByRole('link', { name: 'line 259' })).toHaveAttribute('href', `/pages/${CSM}#L259`);
    expect(row(259)).toHaveTextContent('heading-kind-inferred');
  });

  it('is reached from the role panel, at the level heading', async () => {
    renderApp({ url: '/roles/customer-success-management/senior-csm', data: seeds.graph, sources: seeds.sources });
    const link = await screen.findByRole('link', { name: 'How this page was read' }, WAIT);
    const senior = lineOf(CSM, /^### Senior CSM/);
    expect(link).toHaveAttribute('href', `/pages/${CSM}#L${senior}`);
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'How this page was read' }, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(row(senior)).toHaveAttribute('aria-current', 'location'), WAIT);
  });

  it('moves the highlight when a line link is followed', async () => {
    const { history } = renderApp({ url: `/pages/${CSM}`, data: seeds.graph, sources: seeds.sources });
    const noticed = await screen.findByRole('region', { name: /What the compiler noticed/ }, WAIT);
    fireEvent.click(within(noticed).getByRole('link', { name: 'line 259' }));
    await waitFor(() => expect(history.location.hash).toBe('#L259'), WAIT);
    await waitFor(() => expect(row(259)).toHaveAttribute('aria-current', 'location'), WAIT);
  });

  it('shows only the lines not understood or noted, through the URL', async () => {
    const { history } = renderApp({ url: `/pages/${CSM}`, data: seeds.graph, sources: seeds.sources });
    const filters = await screen.findByRole('navigation', { name: 'Which lines to show' }, WAIT);
    expect(within(filters).getByRole('link', { name: /^All lines/ })).toHaveAttribute('aria-current', 'page');
    fireEvent.click(within(filters).getByRole('link', { name: /^Not understood or noted \(\d+\)$/ }));
    await waitFor(() => expect(history.location.search).toBe('?only=unread'), WAIT);
    await waitFor(() => expect(document.getElementById('L83')).toBeNull(), WAIT);
    expect(within(filters).getByRole('link', { name: /^All lines/ })).not.toHaveAttribute('aria-current');
    const hiring = lineOf(CSM, /^## Hiring Process/);
    expect(row(hiring)).toHaveTextContent('Kept as text: section "Hiring Process" of the family');
    expect(row(259)).toHaveTextContent('heading-kind-inferred');
  });

  it('says so for an unknown page and suggests close ones', async () => {
    renderApp({ url: '/pages/004_38ff1b7420f6e335.md', data: seeds.graph, sources: seeds.sources });
    expect(await screen.findByRole('heading', { level: 1, name: 'No such page' }, WAIT)).toBeInTheDocument();
    expect(screen.getByText('004_38ff1b7420f6e335.md')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: CSM })).toHaveAttribute('href', `/pages/${CSM}#L1`);
  });

  it('opens a page in a sub-folder, from the data-quality list', async () => {
    const broken = build('test/fixtures/broken');
    renderApp({ url: '/diagnostics', data: broken.graph, sources: broken.sources });
    const file = await screen.findByRole('region', { name: /^self-extension\/mirror\.md/ }, WAIT);
    const link = within(file).getAllByRole('link', { name: /^line \d+$/ })[0]!;
    const line = Number(/\d+/.exec(link.textContent!)![0]);
    expect(link).toHaveAttribute('href', `/pages/self-extension/mirror.md#L${line}`);
    fireEvent.click(link);
    expect(await screen.findByText('self-extension/mirror.md', { selector: 'p' }, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(row(line)).toHaveAttribute('aria-current', 'location'), WAIT);
    expect(row(line)).toHaveTextContent('extends-self');
  });

  it('links a diagnostic\'s related place to its line too', async () => {
    const broken = build('test/fixtures/broken');
    renderApp({ url: '/diagnostics', data: broken.graph, sources: broken.sources });
    const related = await screen.findByRole('link', { name: 'duplicate-families/design-a.md:1' }, WAIT);
    expect(related).toHaveAttribute('href', '/pages/duplicate-families/design-a.md#L1');
  });

  it('renders hostile page lines as text, never as markup', async () => {
    const hostile = build('test/fixtures/hostile');
    const { container } = renderApp({ url: '/pages/script-injection.md', data: hostile.graph, sources: hostile.sources });
    await screen.findByRole('heading', { level: 1, name: 'How this page was read' }, WAIT);
    expect(container.querySelector('ol script, ol img, ol div[onclick]')).toBeNull();
    expect(row(6)).toHaveTextContent("<script>window.__pwned = 'raw script block'</script>");
  });
});

describe('data quality, worst first', { timeout: 30_000 }, () => {
  it('lists pages least understood first with their figure, each diagnostic linking to its line', async () => {
    renderApp({ url: '/diagnostics', data: seeds.graph, sources: seeds.sources });
    await screen.findByRole('heading', { level: 1, name: 'Data quality' }, WAIT);
    const files = await screen.findAllByRole('heading', { level: 2, name: /\d+ % understood/ }, WAIT);
    const shares = files.map((h) => Number(/(\d+) % understood/.exec(h.textContent ?? '')![1]));
    expect(shares.length).toBeGreaterThan(2);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    const first = seeds.summaries.reduce((worst, s) => (understoodShare(s) < understoodShare(worst) ? s : worst));
    expect(files[0]).toHaveTextContent(first.file);
    // a page with nothing reported is listed too, in its place by its figure
    expect(files.map((h) => h.textContent)).toContainEqual(expect.stringMatching(/^000_df660495bb48836a\.txt · nothing reported · 100 % understood/));
    const csm = screen.getByRole('region', { name: new RegExp(`^${CSM.replace('.', '\\.')}`) });
    expect(within(csm).getByRole('link', { name: 'line 259' })).toHaveAttribute('href', `/pages/${CSM}#L259`);
    expect(within(csm).getByRole('link', { name: 'How it was read' })).toHaveAttribute('href', `/pages/${CSM}`);
  });
});

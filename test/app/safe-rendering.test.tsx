// Defence in depth: the compiler already drops unsafe links and reduces raw HTML
// to text, but a graph may come from elsewhere. The app itself only makes http(s) and
// mailto links (and roles and families of the graph) clickable and renders page text as text.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { resolvePageLink } from '@/model/page-links';
import type { Graph } from '@/model/schema';
import small from '../fixtures/graphs/small.json';
import { panel, renderApp } from './render-app';

describe('where a link target may lead (resolvePageLink)', () => {
  const graph = small as unknown as Graph;
  const source = { sourceUrl: 'https://handbook.example' };
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
    ['mailto:careers@example.com', 'mailto:careers@example.com'],
    ['/handbook/values/', 'https://handbook.example/handbook/values/'],
    ['//example.com/protocol-relative', '//example.com/protocol-relative'],
  ])('opens %s on the web', (href, to) => expect(resolvePageLink(graph, href, 'x', source)).toEqual({ kind: 'web', href: to, external: true }));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\u0085:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'blob:https://example.com/x',
    '\\\\evil.example\\share',
    '',
    '   ',
    '../sibling',
    '?q=1',
  ])('keeps %j as text', (href) => expect(resolvePageLink(graph, href, 'x', source).kind).toBe('text'));
});

describe('a graph from elsewhere with hostile content', () => {
  const ASSOCIATE = '/roles/customer-success-management/associate-csm';
  const hostile = structuredClone(small) as unknown as Graph;
  const associate = hostile.roles[0]!;
  associate.responsibilities[0] = {
    ...associate.responsibilities[0]!,
    text: 'Open the script link, the data link, the tabbed link and the good link <img src=x onerror=alert(1)>',
    links: [
      { text: 'script link', href: 'javascript:alert(1)' },
      { text: 'data link', href: 'data:text/html,<script>alert(1)</script>' },
      { text: 'tabbed link', href: 'java\tscript:alert(1)' },
      { text: 'good link', href: 'https://example.com/good' },
    ],
  };
  const external = hostile.roles.find((r) => r.external)!;
  external.href = 'javascript:alert(1)';

  it('renders unsafe link targets as plain text and markup as text', async () => {
    const { container } = renderApp({ url: ASSOCIATE, data: hostile });
    const aside = await panel();
    for (const name of ['script link', 'data link', 'tabbed link']) {
      expect(within(aside).getByText(name)).toBeInTheDocument();
      expect(within(aside).queryByRole('link', { name })).toBeNull();
    }
    expect(within(aside).getByRole('link', { name: 'good link' })).toHaveAttribute('href', 'https://example.com/good');
    expect(within(aside).getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    const hrefs = [...container.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((h) => !/^(https?:|mailto:|\/|#)/.test(h))).toEqual([]);
  });

  it('shows an external role whose link is unsafe without the link', async () => {
    renderApp({ url: `/roles/${external.id}`, data: hostile });
    const aside = await panel();
    expect(within(aside).getByText(/named as a reporting line/)).toBeInTheDocument();
    expect(within(aside).queryByRole('link', { name: 'Where it was named' })).toBeNull();
    expect(screen.queryAllByRole('link').filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).toEqual([]);
  });
});

// @vitest-environment node
// Page text is data: markup and unsafe links never reach the graph as markup or
// clickable targets, each with a diagnostic; reference-style links and titles in
// other scripts keep working.
import { describe, expect, it } from 'vitest';
import { compileText, role } from './helpers.ts';

const page = `---
title: Data
---
## Levels
### مهندس البيانات
#### Responsibilities
- Build [docs][d] and [bad][b] and [js](javascript:alert(1)) and [data](data:text/html,x)
- <img src=x onerror=alert(1)> Ship <b>bold</b> work
### Senior <script>window.__pwned=1</script> Engineer
#### Responsibilities
- Extends that of the مهندس البيانات responsibilities
- Lead

<div onclick="alert(1)">raw block</div>

[d]: https://example.com/docs
[b]: javascript:alert(1)
`;

describe('safe page text', () => {
  const g = compileText('hostile.md', page);

  it('keeps only http(s), mailto and relative link targets, with a warning for each dropped one', () => {
    const links = g.roles.flatMap((r) => r.responsibilities.flatMap((i) => i.links));
    expect(links.map((l) => l.href)).toEqual(['https://example.com/docs', 'https://example.com/docs']);
    expect(g.diagnostics.filter((d) => d.code === 'unsafe-link').length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify({ ...g, diagnostics: [] })).not.toMatch(/javascript:|data:text/);
  });

  it('reduces raw HTML to its text, in items, blocks and headings', () => {
    const arabic = role(g, g.roles[0]!.id);
    expect(arabic.responsibilities[1]!.text).toBe('Ship bold work');
    const senior = g.roles[1]!;
    expect(senior.title).not.toContain('<');
    expect(JSON.stringify({ ...g, diagnostics: [] })).not.toMatch(/<script|onerror|onclick/);
    expect(g.diagnostics.filter((d) => d.code === 'raw-html').length).toBeGreaterThanOrEqual(3);
  });

  it('gives titles in other scripts stable ids and resolves Extends lines that name them', () => {
    const [arabic, senior] = g.roles;
    expect(arabic!.id).toMatch(/^data\/u[0-9a-f]{8}$/);
    expect(compileText('hostile.md', page).roles[0]!.id).toBe(arabic!.id);
    expect(senior!.extends.responsibilities).toBe(arabic!.id);
  });
  it('writes links that lead off-site through a backslash or a double slash as the absolute links they are', () => {
    const g = compileText('x.md', '---\ntitle: X\n---\n## Levels\n### A\n#### Responsibilities\n- See [a](/\\evil.example/x), [b](//evil.example/y) and [c](/handbook/z)\n');
    expect(role(g, 'x/a').responsibilities[0]!.links.map((l) => l.href)).toEqual(['https://evil.example/x', 'https://evil.example/y', '/handbook/z']);
  });
});

// @vitest-environment node
// "Extends" lines that go wrong: cycles, self-extension, missing targets. Always a
// diagnostic with file and line, never an endless loop, and the rest of the graph kept.
import { describe, expect, it } from 'vitest';
import { compileText, role } from './helpers.ts';

const page = (levels: string) => `---\ntitle: Test Family\n---\n## Levels\n${levels}`;

describe('inheritance problems', () => {
  it('reports a cycle as an error at the line that closes it and keeps both levels\' own items', () => {
    const g = compileText('cycle.md', page('### A\n#### Responsibilities\n- Extends the B responsibilities\n- Do a\n### B\n#### Responsibilities\n- Extends the A responsibilities\n- Do b\n'));
    const cycle = g.diagnostics.filter((d) => d.code === 'extends-cycle');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]).toMatchObject({ severity: 'error', file: 'cycle.md', line: 11 });
    expect(role(g, 'test-family/a').responsibilities.map((i) => i.text)).toEqual(['Do b', 'Do a']);
    expect(role(g, 'test-family/b').responsibilities.map((i) => i.text)).toEqual(['Do b']);
  });

  it('reports self-extension (a warning: nothing is inherited, nothing loops)', () => {
    const g = compileText('self.md', page('### A\n#### Requirements\n- Extends the A requirements\n- Know a\n'));
    expect(g.diagnostics.find((d) => d.code === 'extends-self')).toMatchObject({ severity: 'warning', line: 7 });
    expect(role(g, 'test-family/a').requirements.map((i) => i.text)).toEqual(['Know a']);
  });

  it('warns about a missing target and keeps the level\'s own items', () => {
    const g = compileText('missing.md', page('### Senior A\n#### Requirements\n- Extends the Junior Z requirements\n- Know a\n'));
    expect(g.diagnostics.find((d) => d.code === 'extends-unresolved')).toMatchObject({ severity: 'warning', line: 7 });
    expect(role(g, 'test-family/senior-a')).toMatchObject({ extends: { requirements: null } });
    expect(role(g, 'test-family/senior-a').inheritance[0]).toMatchObject({ target: null, text: 'Extends the Junior Z requirements' });
  });

  it('terminates on a long chain and inherits through all of it', () => {
    const levels = Array.from({ length: 60 }, (_, i) => `### L${i}\n#### Responsibilities\n${i > 0 ? `- Extends the L${i - 1} responsibilities\n` : ''}- Item ${i}\n`).join('');
    const g = compileText('chain.md', page(levels));
    expect(role(g, 'test-family/l59').responsibilities).toHaveLength(60);
    expect(role(g, 'test-family/l59').responsibilities[0]).toMatchObject({ text: 'Item 0', from: 'test-family/l0', own: false });
  });
});

describe('extends pointing up the ladder', () => {
  it('is not followed when the target has a higher grade, so a real page\'s accidental loop is no cycle', () => {
    const g = compileText(
      'up.md',
      page('### Manager\nThe Manager is a grade 8.\n#### Requirements\n- Extends the Senior Manager requirements\n- Know m\n### Senior Manager\nThe Senior Manager is a grade 9.\n#### Requirements\n- Extends the Manager requirements\n- Know s\n'),
    );
    expect(g.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(g.diagnostics.find((d) => d.code === 'extends-upward')).toMatchObject({ line: 8, severity: 'warning' });
    expect(role(g, 'test-family/senior-manager').requirements.map((i) => [i.text, i.own])).toEqual([['Know m', false], ['Know s', true]]);
  });
});

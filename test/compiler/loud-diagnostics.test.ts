// @vitest-environment node
// Loud when unsure (issue 9 §3): pages that were probably misread say so at
// warning level with a hint; the false alarms real pages raised are gone.
import { describe, expect, it } from 'vitest';
import { isHarmlessHtml } from '../../src/compiler/harmless-html.ts';
import { compileText } from './helpers.ts';

const codes = (text: string) => compileText('p.md', text).diagnostics.map((d) => d.code);

describe('false alarms', () => {
  it('raw-html is not raised for anchors, line breaks and empty figures', () => {
    for (const html of ['<a id="associate"></a>', '<a name="x">', '</a>', '<br>', '<br/>', '<figure class="video_container">\n</figure>', '<!-- note -->']) expect(isHarmlessHtml(html)).toBe(true);
    expect(isHarmlessHtml('<iframe src="https://x"></iframe>')).toBe(false);
    expect(codes('---\ntitle: W\n---\n<a id="analyst"></a>\n\n## Widget Analyst\n\nThe Widget Analyst is a grade 6.<br>\n\n### Responsibilities\n\n- Count\n')).not.toContain('raw-html');
    expect(codes('---\ntitle: W\n---\n<iframe src="https://x"></iframe>\n')).toContain('raw-html');
  });
});

// Tracks from strong signals only (issue 9 §2 "Tracks"): explicit statements in a
// level's own text, in the wordings real pages use. Small made-up pages.
import { describe, expect, it } from 'vitest';
import { compileText } from './helpers.ts';

const single = (title: string, duty: string) => compileText('p.md', `---\ntitle: ${title}\n---\n## Job Grade\n\nThe ${title} is a grade 8.\n\n## Responsibilities\n\n- ${duty}\n`).roles[0]!;

describe('explicit statements', () => {
  it('"will initially be an individual contributor" beats a manager title', () => {
    const role = single('Manager, Widget Accounting', 'This position will initially be an individual contributor but we expect this person to build a team over time.');
    expect(role.track).toBe('individual-contributor');
    expect(role.trackReason).toMatch(/will initially be an individual contributor/);
  });

  it('"may start as an individual contributor" too; a manager title alone stays management', () => {
    expect(single('Manager, Widgets', 'May start as an individual contributor while the team is hired').track).toBe('individual-contributor');
    expect(single('Manager, Widgets', 'Own the widget budget').track).toBe('management');
  });
});

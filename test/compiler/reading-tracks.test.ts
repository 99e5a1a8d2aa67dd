// Tracks from strong signals only (issue 9 §2 "Tracks"): explicit statements in a
// level's own text, in the wordings real pages use. Small made-up pages.
import { describe, expect, it } from 'vitest';
import { compileText } from './helpers.ts';

function level(title: string, grade: number): string {
  return `### ${title}\n\n#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n#### Responsibilities\n\n- ${title} duty\n\n`;
}
const tracks = (...levels: string[]) => Object.fromEntries(compileText('p.md', `---\ntitle: Widgets\n---\n## Levels\n\n${levels.join('')}`).roles.map((r) => [r.title, r.track]));
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

describe("the title's rank", () => {
  it('"X Manager" is an individual contributor\'s title where the page also ranks it Staff or Principal; "Manager, X" still leads people', () => {
    expect(tracks(level('Widget Media Manager', 6), level('Senior Widget Media Manager', 7), level('Staff Widget Media Manager', 8), level('Manager, Widget Media', 8))).toEqual({
      'Widget Media Manager': 'individual-contributor',
      'Senior Widget Media Manager': 'individual-contributor',
      'Staff Widget Media Manager': 'individual-contributor',
      'Manager, Widget Media': 'management',
    });
    // Without a Staff or Principal rank of the same title, "X Manager" reads as a manager of a team.
    expect(tracks(level('Widget Media Manager', 8), level('Senior Widget Media Manager', 9))['Widget Media Manager']).toBe('management');
  });

  it('a Chief of Staff is no chief; a hyphenated domain word ("All-Remote Campaign Manager") keeps its thing managed', () => {
    expect(single('Chief of Staff to the Widget Officer', 'Partner with the Widget Officer').track).toBe('individual-contributor');
    expect(single('All-Widget Campaign Manager', 'Run campaigns').track).toBe('individual-contributor');
    expect(single('Program Capture Manager', 'Win widget contracts').track).toBe('individual-contributor');
  });

  it('"leading the X team" and "N+ years of people management" in the own text are management statements', () => {
    expect(single('Chief of Staff - Widgets', 'A senior leadership role, leading the Widget Program Management team').track).toBe('management');
    expect(single('Widget Operations Lead', '3+ years of people management experience').track).toBe('management');
  });
});

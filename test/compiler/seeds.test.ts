// @vitest-environment node
// The compiler on the five real seed pages: one test per capability the issue
// names, each on the seed where it occurs.
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../src/model/schema.ts';
import { CSM, findItem, OPS, origins, PMO, PROGRAMS, role, seeds, STRATEGY } from './helpers.ts';

describe('families (1)', () => {
  it('reads title, description, intro and family-wide sections', () => {
    const g = seeds();
    expect(g.families.map((f) => f.id)).toEqual([CSM, OPS, STRATEGY, PROGRAMS, PMO]);
    const strategy = g.families.find((f) => f.id === STRATEGY)!;
    expect(strategy.title).toBe('Customer Success Strategy'); // "Job Family" is not part of the name
    const csm = g.families.find((f) => f.id === CSM)!;
    expect(csm.description).toBe('The Customer Success Management (CSM) team focuses on the themes of align, enable, and expand.');
    expect(csm.intro).toHaveLength(2);
    expect(csm.intro[1]!.links).toEqual([{ text: 'CSM handbook', href: '/handbook/customer-success/csm' }]);
    expect(csm.responsibilities).toHaveLength(6);
    expect(csm.requirements).toHaveLength(13);
    expect(csm.responsibilities[0]).toMatchObject({ from: CSM, own: true });
    expect(csm.performanceIndicators.map((i) => i.text)).toEqual(['net ARR (i.e., retention and expansion)', 'CSM-related metrics.']);
    expect(csm.sections.map((s) => s.title)).toEqual(['Career Ladder', 'Hiring Process']);
    expect(csm.sections[1]!.sections.map((s) => s.title)).toContain('Panel Interview');
  });

  it('validates against the schema and is deterministic', () => {
    const g = seeds();
    expect(graphSchema.safeParse(g).success).toBe(true);
    expect(g.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('levels (2)', () => {
  it('reads levels under "## Levels" with bare and prefixed sub-section headings', () => {
    const g = seeds();
    const csm = g.families.find((f) => f.id === CSM)!;
    expect(csm.roles).toEqual([
      `${CSM}/associate-csm`,
      `${CSM}/csm-intermediate`,
      `${CSM}/senior-csm`,
      `${CSM}/staff-csm`,
      `${CSM}/manager-csm`,
      `${CSM}/senior-manager-csm`,
      `${CSM}/director-of-customer-success`,
      `${CSM}/senior-director-of-customer-success`,
      `${CSM}/vice-president-of-customer-success`,
    ]);
    // "#### Program Manager, Customer Programs (Intermediate) Requirements"
    expect(role(g, `${PROGRAMS}/program-manager-customer-programs-intermediate`).requirements).toHaveLength(10);
    // Bare "#### Responsibilities"
    expect(role(g, `${PMO}/${PMO}`).responsibilities).toHaveLength(6);
  });

  it('reads each "##" heading with grade/responsibilities/requirements as a level on pages without "## Levels"', () => {
    const g = seeds();
    expect(g.families.find((f) => f.id === STRATEGY)!.roles.map((id) => role(g, id).title)).toEqual([
      'Customer Success Strategy Analyst',
      'Senior Customer Success Strategy Analyst',
      'Customer Success Strategy Manager',
      'Manager, Customer Success Strategy',
      'Senior Manager, Customer Success Strategy',
    ]);
  });

  it('finds performance indicators at a deeper heading depth (the VP\'s "#####")', () => {
    const vp = role(seeds(), `${CSM}/vice-president-of-customer-success`);
    expect(vp.performanceIndicators.filter((i) => i.own).map((i) => i.text)).toEqual([
      'Gross and net retention',
      'Customer metrics (onboarding, time-to-first value, use case and platform adoption, use case expansion, sentiment measured by NPS, CSAT, or surveys)',
    ]);
  });
});

describe('grades (3)', () => {
  it('reads every phrasing: "[Grade 6](…)", "a grade 6 (…)", "job grade [level 5](…)", and a sentence without a heading', () => {
    const g = seeds();
    expect(role(g, `${PMO}/${PMO}`).grade).toBe(6);
    expect(role(g, `${STRATEGY}/customer-success-strategy-analyst`).grade).toBe(6);
    expect(role(g, `${CSM}/associate-csm`).grade).toBe(5);
    expect(role(g, `${CSM}/vice-president-of-customer-success`).grade).toBe(12);
    const grades = g.roles.filter((r) => !r.external).map((r) => r.grade);
    expect(grades.every((n) => typeof n === 'number')).toBe(true);
  });

  it('keeps the grade of the section it is in when the sentence names another level, with a warning', () => {
    const g = seeds();
    expect(role(g, `${OPS}/customer-success-operations-analyst-associate`).grade).toBe(5);
    expect(role(g, `${CSM}/senior-director-of-customer-success`).grade).toBe(11);
    const mismatches = g.diagnostics.filter((d) => d.code === 'grade-name-mismatch');
    expect(mismatches.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['002_7f41ce87e5f6455e.txt', 15, 'warning'],
      ['004_38ff1b7420f6e335.txt', 272, 'warning'],
    ]);
  });
});

describe('names and abbreviations (4)', () => {
  it('defines short forms from titles and resolves other spellings', () => {
    const g = seeds();
    expect(role(g, `${CSM}/associate-csm`).aliases).toContain('Associate CSM');
    // "Extends the CSM (Associate) responsibilities" → Associate Customer Success Manager (CSM)
    expect(role(g, `${CSM}/csm-intermediate`).extends.responsibilities).toBe(`${CSM}/associate-csm`);
    // "Associate Customer Success Operations Analyst" → "Customer Success Operations Analyst (Associate)"
    expect(role(g, `${OPS}/customer-success-operations-analyst-intermediate`).extends.requirements).toBe(`${OPS}/customer-success-operations-analyst-associate`);
    // "(Intermediate)" left out
    expect(role(g, `${PROGRAMS}/senior-program-manager-customer-programs`).extends.responsibilities).toBe(`${PROGRAMS}/program-manager-customer-programs-intermediate`);
    // "VP of Customer Success" → "Vice President of Customer Success"
    expect(role(g, `${CSM}/director-of-customer-success`).reportsTo).toEqual([`${CSM}/vice-president-of-customer-success`]);
  });

  it('says so in a diagnostic when a reference is only approximately matched or matches nothing', () => {
    const g = seeds();
    const approximate = g.diagnostics.filter((d) => d.code === 'reference-approximate');
    expect(approximate.map((d) => d.message)).toContain('"Director, CSM" was read as "Director of Customer Success".');
    const unresolved = g.diagnostics.filter((d) => d.code === 'reports-to-unresolved');
    expect(unresolved.length).toBeGreaterThan(0);
    expect(unresolved.every((d) => d.line > 0 && d.file !== '')).toBe(true);
  });
});

describe('inheritance (5)', () => {
  it('merges inherited items recursively, each marked with the role it comes from', () => {
    const senior = role(seeds(), `${CSM}/senior-csm`);
    const from = new Set(senior.responsibilities.map((i) => i.from));
    expect(from).toEqual(new Set([`${CSM}/associate-csm`, `${CSM}/csm-intermediate`, `${CSM}/senior-csm`]));
    expect(senior.responsibilities[0]).toMatchObject({ text: 'Provide immediate onboarding activities', from: `${CSM}/associate-csm`, own: false });
    expect(findItem(senior.responsibilities, 'Strategize on the overall objectives')).toMatchObject({ from: `${CSM}/senior-csm`, own: true });
    // The "Extends…" line itself is not an item.
    expect(senior.responsibilities.some((i) => /^extends/i.test(i.text))).toBe(false);
    expect(senior.inheritance).toEqual([
      { section: 'responsibilities', text: 'Extends the CSM (Intermediate) responsibilities', target: `${CSM}/csm-intermediate`, line: 93 },
      { section: 'requirements', text: 'Extends the CSM (Intermediate) requirements', target: `${CSM}/csm-intermediate`, line: 104 },
    ]);
  });

  it('lets responsibilities and requirements extend different levels (Staff Program Manager)', () => {
    const staff = role(seeds(), `${PMO}/staff-${PMO}`);
    expect(staff.extends).toEqual({ responsibilities: `${PMO}/${PMO}`, requirements: `${PMO}/senior-${PMO}` });
    expect(new Set(staff.requirements.map((i) => i.from))).toEqual(new Set([`${PMO}/${PMO}`, `${PMO}/senior-${PMO}`, `${PMO}/staff-${PMO}`]));
    expect(new Set(staff.responsibilities.map((i) => i.from))).toEqual(new Set([`${PMO}/${PMO}`, `${PMO}/staff-${PMO}`]));
  });

  it('shows a restated item once, as the level\'s own, with new sub-items marked new (Senior Program Manager)', () => {
    const senior = role(seeds(), `${PMO}/senior-${PMO}`);
    const gtm = senior.responsibilities.filter((i) => i.text.startsWith('Develop and deliver GTM initiatives'));
    expect(gtm).toHaveLength(1);
    expect(gtm[0]).toMatchObject({ own: true, from: `${PMO}/senior-${PMO}` });
    expect(gtm[0]!.children).toHaveLength(8);
    expect(gtm[0]!.children.filter((c) => c.own).map((c) => c.text)).toEqual(['Fiscal year planning', 'Customer escalation and at-risk programs', 'Customer Health Scoring']);
    expect(gtm[0]!.children.filter((c) => !c.own).every((c) => c.from === `${PMO}/${PMO}`)).toBe(true);
  });

  it('reads the kind of a heading that lost its word from its Extends line (Director of Customer Success)', () => {
    const g = seeds();
    const director = role(g, `${CSM}/director-of-customer-success`);
    expect(director.extends).toEqual({ responsibilities: `${CSM}/senior-manager-csm`, requirements: `${CSM}/manager-csm` });
    expect(findItem(director.requirements, 'Demonstrated progressive experience leading customer success managers')).toMatchObject({ own: true });
    expect(g.diagnostics.find((d) => d.code === 'heading-kind-inferred')).toMatchObject({ file: '004_38ff1b7420f6e335.txt', line: 259, severity: 'warning' });
  });
});

describe('reporting lines (6)', () => {
  it('resolves by anchor, by name ("Manager/Senior Manager, CSM" names two roles) and keeps external targets', () => {
    const g = seeds();
    expect(role(g, `${OPS}/customer-success-operations-analyst-associate`).reportsTo).toEqual([`${OPS}/manager-customer-success-operations`]);
    expect(role(g, `${CSM}/associate-csm`).reportsTo).toEqual([`${CSM}/manager-csm`, `${CSM}/senior-manager-csm`]);
    const programs = role(g, `${PROGRAMS}/program-manager-customer-programs-intermediate`);
    expect(programs.reportsTo).toEqual(['external/director-of-technical-account-managers']);
    expect(role(g, 'external/director-of-technical-account-managers')).toMatchObject({
      external: true,
      grade: null,
      familyId: null,
      title: 'Director of Technical Account Managers',
      href: '/job-families/sales/customer-success-management/#director-of-tams',
    });
    expect(g.edges).toContainEqual({ kind: 'reports-to', source: programs.id, target: 'external/director-of-technical-account-managers' });
  });
});

describe('tracks (7)', () => {
  it('puts levels on the track their page describes, not by title alone', () => {
    const g = seeds();
    const track = (id: string) => role(g, id).track;
    for (const id of [`${CSM}/associate-csm`, `${CSM}/senior-csm`, `${CSM}/staff-csm`, `${PMO}/${PMO}`, `${STRATEGY}/customer-success-strategy-manager`])
      expect([id, track(id)]).toEqual([id, 'individual-contributor']);
    for (const id of [`${CSM}/manager-csm`, `${CSM}/vice-president-of-customer-success`, `${OPS}/manager-customer-success-operations`, `${STRATEGY}/manager-customer-success-strategy`])
      expect([id, track(id)]).toEqual([id, 'management']);
    expect(role(g, `${OPS}/manager-customer-success-operations`).trackReason).toBe('Other roles report to this role.');
  });
});

describe('promotion and flows-into edges (8)', () => {
  it('runs promotion along each track in grade order, with the step into management', () => {
    const promotions = seeds().edges.filter((e) => e.kind === 'promotion' && e.source.startsWith(`${CSM}/`)).map((e) => `${e.source.split('/')[1]} → ${e.target.split('/')[1]}`);
    expect(promotions.sort()).toEqual(
      [
        'associate-csm → csm-intermediate',
        'csm-intermediate → senior-csm',
        'senior-csm → staff-csm',
        'senior-csm → manager-csm',
        'manager-csm → senior-manager-csm',
        'senior-manager-csm → director-of-customer-success',
        'director-of-customer-success → senior-director-of-customer-success',
        'senior-director-of-customer-success → vice-president-of-customer-success',
      ].sort(),
    );
  });

  it('links families from Career Ladder sections by the family page a link names', () => {
    const g = seeds();
    expect(g.edges.filter((e) => e.kind === 'flows-into')).toEqual([{ kind: 'flows-into', source: PROGRAMS, target: CSM }]);
    expect(g.diagnostics.find((d) => d.code === 'flows-into-unresolved')).toMatchObject({ file: '002_7f41ce87e5f6455e.txt', line: 207 });
  });
});

describe('specialties (9)', () => {
  it('keeps specialties as overlays with their own items', () => {
    const csm = seeds().families.find((f) => f.id === CSM)!;
    expect(csm.specialties.map((s) => [s.title, s.overlaysLevels])).toEqual([
      ['Customer Success Manager / Strategic, named assignments', false],
      ['Customer Success Engineer / Success at Scale', false],
      ['Customer Programs', false],
      ['Public Sector Customer Success Manager', true],
    ]);
    const publicSector = csm.specialties[3]!;
    expect(publicSector.responsibilities.map((i) => i.text)).toEqual(['Work exclusively with Public Sector customers']);
    expect(publicSector.requirements).toHaveLength(2);
    expect(publicSector.inheritance.map((i) => i.section)).toEqual(['responsibilities', 'requirements']);
    expect(csm.specialties[1]!.items).toHaveLength(12);
  });
});

describe('everything else is kept (10)', () => {
  it('keeps performance indicators, hiring process, market justification and links inside items', () => {
    const g = seeds();
    const staff = role(g, `${CSM}/staff-csm`);
    expect(staff.intro[0]!.text).toMatch(/^Market Justification: The business need/);
    expect(staff.performanceIndicators.filter((i) => i.own).map((i) => i.text)).toContain('>5m ARR book of business maintained');
    // "Extends the Customer Success KPIs articulated here" brings in the family's indicators.
    expect(staff.performanceIndicators.filter((i) => i.from === CSM)).toHaveLength(2);
    const programs = g.families.find((f) => f.id === PROGRAMS)!;
    expect(programs.performanceIndicators[0]!.links).toEqual([{ text: "Time-to-Value KPI's", href: '/handbook/customer-success/vision/#time-to-value-kpis' }]);
    const hiring = programs.sections.find((s) => s.title === 'Hiring Process')!;
    expect(hiring.items).toHaveLength(3);
    expect(role(g, `${CSM}/director-of-customer-success`).responsibilities.find((i) => i.text.startsWith('Drive account growth goals'))!.children).toHaveLength(2);
  });

  it('splits a line that lost its bullet into its own item, with a warning', () => {
    const g = seeds();
    const associate = role(g, `${OPS}/customer-success-operations-analyst-associate`);
    expect(associate.responsibilities.map((i) => i.text.slice(0, 30))).toEqual([
      'Develop and implement lifecycl',
      'Develop methods, processes, sy',
      'Create and coordinate key repo',
      'Curate content and playbooks t',
      'Identify opportunities for pro',
      'Collaborate with Customer Succ',
    ]);
    expect(g.diagnostics.filter((d) => d.code === 'lost-bullet').map((d) => d.line)).toEqual([21, 59]);
  });

  it('repairs mojibake with an info diagnostic', () => {
    const g = seeds();
    const senior = role(g, `${STRATEGY}/senior-manager-customer-success-strategy`);
    expect(senior.responsibilities[0]!.text).toContain('GitLab’s overarching goals');
    expect(JSON.stringify({ ...g, diagnostics: [] })).not.toContain('â€');
    expect(g.diagnostics.filter((d) => d.code === 'mojibake-repaired').map((d) => [d.file, d.line, d.severity])).toEqual([
      ['003_317e9aec29bac28e.txt', 128, 'info'],
      ['004_38ff1b7420f6e335.txt', 33, 'info'],
    ]);
  });

  it('ignores trailing white space', () => {
    const g = seeds();
    const texts = g.roles.flatMap((r) => origins(r.requirements).map(([t]) => t));
    expect(texts.every((t) => t === t.trim())).toBe(true);
  });
});

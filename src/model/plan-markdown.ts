// A plan as Markdown, to take to a 1:1, and back. Export: the roles, the date,
// each group with its progress, each item with a status box and its note.
// Import: that text back into a plan record (item texts as exported, so the
// plan on another machine flags what its pages say differently), or the line
// that cannot be read and why. Page text and notes are escaped on the way out
// (escapeMarkdown) and unescaped on the way in; runs of white space become one
// space, which item keys ignore anyway.
import { escapeMarkdown } from './markdown';
import { GROUP_TITLES, PLAN_GROUPS, planKeys, type Plan, type PlanGroupId, type PlanSection } from './plan';
import type { MatchedItem, PlanMatch } from './plan-match';
import { MAX_NOTE, PLAN_FORMAT, PLAN_VERSION, newPlanRecord, type PlanEntry, type PlanRecord, type Status } from './plan-record';
import { progress } from './plan-update';

const BOX: Record<Status | 'none', string> = { doing: 'x', working: '~', 'not-yet': ' ', none: '?' };
const BOX_STATUS: Record<string, Status | null> = { x: 'doing', X: 'doing', '~': 'working', ' ': 'not-yet', '?': null };
const SUBSECTION: Record<PlanSection, string> = { responsibilities: 'Responsibilities', requirements: 'Requirements' };
const MARKER = `<!-- ${PLAN_FORMAT} ${PLAN_VERSION} -->`;

export const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

/** Counts as a person reads them: "3 of 14 already doing · 2 working on it · 1 not yet". */
export function progressText(items: readonly MatchedItem[]): string {
  const p = progress(items);
  const parts = [`${p.doing} of ${p.total} already doing`];
  if (p.working) parts.push(`${p.working} working on it`);
  if (p.notYet) parts.push(`${p.notYet} not yet`);
  return parts.join(' · ');
}

function itemLines(items: readonly MatchedItem[]): string[] {
  return items.flatMap(({ item, entry }) => {
    const lines = [`- [${BOX[entry?.status ?? 'none']}] ${escapeMarkdown(item.text.trim())}`];
    if (entry?.note.trim()) lines.push(`  - Note: ${escapeMarkdown(entry.note.trim())}`);
    return lines;
  });
}

export function planMarkdown(plan: Plan, match: PlanMatch, date: Date): string {
  const { from, to } = plan;
  const lines = [
    `# Readiness plan: ${escapeMarkdown(from.title)} → ${escapeMarkdown(to.title)}`,
    '',
    `- From: ${escapeMarkdown(from.title)} (\`${from.id}\`)`,
    `- To: ${escapeMarkdown(to.title)} (\`${to.id}\`)`,
    `- Date: ${dateOnly(date)}`,
    `- Progress: ${progressText(match.items)}`,
    '- Boxes: [x] already doing it · [~] working on it · [ ] not yet · [?] not rated',
  ];
  for (const group of PLAN_GROUPS) {
    const items = match.items.filter((m) => m.item.group === group);
    if (items.length === 0) continue;
    lines.push('', `## ${GROUP_TITLES[group]}: ${progressText(items)}`);
    if (group !== 'inherited') {
      lines.push('', ...itemLines(items));
      continue;
    }
    for (const section of ['responsibilities', 'requirements'] as const) {
      const inSection = items.filter((m) => m.item.section === section);
      if (inSection.length) lines.push('', `### ${SUBSECTION[section]}`, '', ...itemLines(inSection));
    }
  }
  lines.push('', `Made with Rungs; kept only in the browser it was made in. ${MARKER}`);
  return `${lines.join('\n')}\n`;
}

export const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_[\]<>|~#=+\-.)])/g, '$1');

export type ImportResult = { ok: true; record: PlanRecord } | { ok: false; line: number; message: string };

interface Draft {
  from?: { id: string; title: string };
  to?: { id: string; title: string };
  date?: string;
  items: { text: string; section: PlanSection; status: Status | null; note: string }[];
}

const ROLE_LINE = /^- (From|To): (.*) \(`([^`]+)`\)\s*$/;
const ITEM_LINE = /^- \[([ xX~?])\] (.*)$/;
const NOTE_LINE = /^\s+- Note: (.*)$/;

function groupOf(heading: string): PlanGroupId | undefined {
  return PLAN_GROUPS.find((g) => heading === GROUP_TITLES[g] || heading.startsWith(`${GROUP_TITLES[g]}:`));
}

/** Reads a plan exported by `planMarkdown` (the date becomes the review date). */
export function importPlanMarkdown(text: string, now: Date): ImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!lines.some((l) => l.includes(MARKER) || /^# Readiness plan: /.test(l))) {
    return { ok: false, line: 1, message: 'this is not a plan exported from Rungs (no "# Readiness plan:" title)' };
  }
  const draft: Draft = { items: [] };
  let section: PlanSection | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const role = ROLE_LINE.exec(line);
    if (role) {
      draft[role[1] === 'From' ? 'from' : 'to'] = { id: role[3]!, title: unescapeMarkdown(role[2]!) };
      continue;
    }
    const date = /^- Date: (\d{4}-\d{2}-\d{2})\s*$/.exec(line);
    if (date) {
      draft.date = date[1];
      continue;
    }
    const h2 = /^## (.*)$/.exec(line);
    if (h2) {
      const group = groupOf(h2[1]!.trim());
      if (!group) return { ok: false, line: n + 1, message: `unknown group "${h2[1]}"; expected one of: ${PLAN_GROUPS.map((g) => GROUP_TITLES[g]).join(', ')}` };
      section = group === 'new-responsibilities' ? 'responsibilities' : group === 'new-requirements' ? 'requirements' : null;
      continue;
    }
    const h3 = /^### (Responsibilities|Requirements)\s*$/.exec(line);
    if (h3) {
      section = h3[1] === 'Responsibilities' ? 'responsibilities' : 'requirements';
      continue;
    }
    const item = ITEM_LINE.exec(line);
    if (item) {
      if (!section) return { ok: false, line: n + 1, message: 'an item before any group heading (## New responsibilities, ## New requirements, ### Responsibilities…)' };
      const itemText = unescapeMarkdown(item[2]!).trim();
      if (!itemText) return { ok: false, line: n + 1, message: 'an item without text' };
      draft.items.push({ text: itemText, section, status: BOX_STATUS[item[1]!]!, note: '' });
      continue;
    }
    const note = NOTE_LINE.exec(line);
    if (note && draft.items.length) draft.items.at(-1)!.note = unescapeMarkdown(note[1]!).trim().slice(0, MAX_NOTE);
  }
  if (!draft.from || !draft.to) return { ok: false, line: 1, message: 'the "- From:" or "- To:" line with the role id in backticks is missing' };
  if (draft.from.id === draft.to.id) return { ok: false, line: 1, message: 'the plan goes from a role to itself' };
  if (draft.items.length === 0) return { ok: false, line: lines.length, message: 'the plan has no items ("- [x] …")' };
  const entries: PlanEntry[] = [];
  for (const s of ['responsibilities', 'requirements'] as const) {
    const items = draft.items.filter((i) => i.section === s);
    const keys = planKeys(items.map((i) => i.text));
    items.forEach((i, k) => entries.push({ key: keys[k]!, text: i.text, section: s, status: i.status, note: i.note }));
  }
  const record = newPlanRecord({ from: draft.from.id, to: draft.to.id, fromTitle: draft.from.title, toTitle: draft.to.title, entries }, now);
  return { ok: true, record: draft.date ? { ...record, createdAt: draft.date, reviewedAt: draft.date } : record };
}

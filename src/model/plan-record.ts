// What a plan keeps in the browser: one versioned record per plan (from → to).
// In: whatever was read back (text a person or another program may have
// changed). Out: a valid record, moved to the current version, or the reason it
// cannot be used (not JSON, not a plan, a plan for other roles, a newer
// version); the caller keeps such a record aside instead of failing.
import { z } from 'zod';
import { PLAN_SECTIONS } from './plan';

export const PLAN_FORMAT = 'rungs-plan';
export const PLAN_VERSION = 1;

export const STATUSES = ['doing', 'working', 'not-yet'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const STATUS_LABELS: Record<Status, string> = {
  doing: 'Already doing it',
  working: 'Working on it',
  'not-yet': 'Not yet',
};

export const MAX_NOTE = 500;

/**
 * One item as the person last reviewed it: its key and text then, its status and note.
 * `unreviewed`: the item appeared after the last review and was rated before being reviewed.
 */
export const planEntrySchema = z.object({
  key: z.string().min(1).max(2000),
  text: z.string().max(5000),
  section: z.enum(PLAN_SECTIONS),
  status: statusSchema.nullable(),
  note: z.string().max(MAX_NOTE),
  unreviewed: z.boolean().optional(),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/);

export const planRecordSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  from: z.string().min(1).max(500),
  to: z.string().min(1).max(500),
  fromTitle: z.string().max(500),
  toTitle: z.string().max(500),
  createdAt: isoDate,
  /** When the item texts in `entries` were last accepted as seen. */
  reviewedAt: isoDate,
  updatedAt: isoDate,
  entries: z.array(planEntrySchema).max(2000),
});
export type PlanRecord = z.infer<typeof planRecordSchema>;

export type RecordProblemCode = 'not-json' | 'not-a-plan' | 'newer-version' | 'invalid' | 'other-roles';
export interface RecordProblem {
  code: RecordProblemCode;
  message: string;
}

export type ReadResult = { ok: true; record: PlanRecord } | { ok: false; problem: RecordProblem };

const fail = (code: RecordProblemCode, message: string): ReadResult => ({ ok: false, problem: { code, message } });

/**
 * Reads a stored record. `expected` (from, to) is the plan the storage key names:
 * a record for other roles under that key is foreign and is not used.
 * Older versions would be migrated here; version 1 is the first.
 */
export function readPlanRecord(raw: string, expected?: { from: string; to: string }): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fail('not-json', 'it is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PLAN_FORMAT) {
    return fail('not-a-plan', 'it is not a Rungs plan');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PLAN_VERSION) {
    return fail('newer-version', `it was saved by a newer version of Rungs (plan format ${version}; this one reads ${PLAN_VERSION})`);
  }
  const parsed = planRecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail('invalid', `its ${issue.path.join('.') || 'content'} is not valid (${issue.message})`);
  }
  if (expected && (parsed.data.from !== expected.from || parsed.data.to !== expected.to)) {
    return fail('other-roles', `it is a plan for ${parsed.data.from} → ${parsed.data.to}, stored under another plan's name`);
  }
  return { ok: true, record: parsed.data };
}

export function newPlanRecord(init: { from: string; to: string; fromTitle: string; toTitle: string; entries: PlanEntry[] }, now: Date): PlanRecord {
  const at = now.toISOString();
  return { format: PLAN_FORMAT, version: PLAN_VERSION, ...init, createdAt: at, reviewedAt: at, updatedAt: at };
}

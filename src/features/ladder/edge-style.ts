// How each edge kind looks: shared by the canvas and the legend, so the legend
// always shows exactly what is drawn.
import type { EdgeKind } from '@/model/schema';

export interface EdgeLook {
  label: string;
  description: string;
  stroke: string;
  width: number;
  dash?: string;
}

export const EDGE_LOOKS: Record<EdgeKind, EdgeLook> = {
  promotion: { label: 'Promotion', description: 'next level up', stroke: '#2563eb', width: 2.5 },
  'reports-to': { label: 'Reports to', description: 'every reporting line (a selected role always shows its own)', stroke: '#64748b', width: 1.75, dash: '7 5' },
  extends: { label: 'Extends', description: 'inherits the items of', stroke: '#d97706', width: 1.5, dash: '2 4' },
  'flows-into': { label: 'Flows into', description: 'ladder continues in another family', stroke: '#9333ea', width: 3.5, dash: '14 6' },
};

export const EDGE_KINDS: EdgeKind[] = ['promotion', 'reports-to', 'extends', 'flows-into'];

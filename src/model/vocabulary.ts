// The graph's closed word lists (tracks, edge kinds, severities) as plain constants:
// schema.ts builds its enums from them, and code that only needs the words (the URL's
// search params) reads them here without loading the schema library.
export const TRACKS = ['individual-contributor', 'management', 'unknown'] as const;
export const EDGE_KINDS = ['promotion', 'reports-to', 'extends', 'flows-into'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;

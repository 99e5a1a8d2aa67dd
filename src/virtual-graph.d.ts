// The graph compiled from the pages folder at build time (see src/compiler/vite-plugin.ts).
// Typed as unknown on purpose: the app validates it against graphSchema before use.
declare module 'virtual:rungs-graph' {
  const graph: unknown;
  export default graph;
}

// The same graph split for loading on demand (see src/model/chunks.ts). Also unknown
// until validated: the index against graphSchema, each chunk against its own schema.
declare module 'virtual:rungs-index' {
  const index: unknown;
  export default index;
}
declare module 'virtual:rungs-families' {
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
}
declare module 'virtual:rungs-search' {
  const search: unknown;
  export default search;
}
declare module 'virtual:rungs-diagnostics' {
  const diagnostics: unknown;
  export default diagnostics;
}

// How each page was read (see src/compiler/line-map.ts): per-page summaries and a
// loader per page's line map, validated against src/model/page-lines.ts when loaded.
declare module 'virtual:rungs-pages' {
  export const pages: unknown;
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
}

// The graph compiled from the pages folder at build time (see src/compiler/vite-plugin.ts).
// Typed as unknown on purpose: the app validates it against graphSchema before use.
declare module 'virtual:rungs-graph' {
  const graph: unknown;
  export default graph;
}

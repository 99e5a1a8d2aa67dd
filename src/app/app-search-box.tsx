// The search box wired to the graph store: searches the graph as loaded so far
// (titles and aliases are always there) and loads the full-text search data on
// the first focus or keystroke.
import { SearchBox, type SearchBoxProps } from '@/features/search/search-box';
import { useGraphState, useGraphStore } from './graph-state';

export function AppSearchBox(props: Omit<SearchBoxProps, 'graph' | 'text' | 'onNeedText'>) {
  const store = useGraphStore();
  const { graph, search } = useGraphState();
  return <SearchBox {...props} graph={graph} text={search} onNeedText={() => void store.ensureSearch()?.catch(() => undefined)} />;
}

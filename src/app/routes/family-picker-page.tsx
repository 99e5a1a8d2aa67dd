// `/` of a big handbook: the family picker. The selection being made lives in
// `?select=` (so a half-made choice can be shared or reloaded); "Show" opens the
// ladders of the selection with `?families=`. Unknown ids are named, then dropped.
import { useEffect, useMemo } from 'react';
import { useNavigate } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { getFamily } from '@/model/queries';
import { FamilyPicker } from '@/features/family-picker/family-picker';
import { idList, idParam, type LadderSearch } from '../search-params';

export function FamilyPickerPage({ index, search }: { index: Graph; search: LadderSearch }) {
  const navigate = useNavigate();
  const asked = useMemo(() => idList(search.select), [search.select]);
  const selected = useMemo(() => asked.filter((id) => getFamily(index, id)), [index, asked]);
  const unknown = useMemo(() => asked.filter((id) => !getFamily(index, id)), [index, asked]);

  useEffect(() => {
    document.title = 'Job families · Rungs';
  }, []);

  return (
    <FamilyPicker
      graph={index}
      selected={selected}
      unknown={unknown}
      onChange={(ids) => void navigate({ to: '/', search: (prev: LadderSearch) => ({ ...prev, select: idParam(ids) }), replace: true })}
      onShow={() => void navigate({ to: '/', search: { families: idParam(selected) } })}
    />
  );
}

/**
 * Results the user ticked for export, by id with the position they had in the list (main finds them
 * again on that page). Shift extends from the last tick to this row, as in a file manager.
 */
import { useCallback, useRef, useState } from 'react';
import type { SelectedResult } from '../../electron/api';
import type { SearchHit } from '../../archive/model/article';

export interface TickControl {
  /** Ticked results in list order. */
  readonly ticked: readonly SelectedResult[];
  readonly isTicked: (id: string) => boolean;
  /** Ticks or unticks the row at `index`; with `extend`, every loaded row from the last one toggled takes its new state. */
  readonly toggle: (index: number, extend: boolean) => void;
  readonly clear: () => void;
}

export function useTicks(hitAt: (index: number) => SearchHit | undefined): TickControl {
  const [ticks, setTicks] = useState<ReadonlyMap<string, number>>(new Map());
  const anchor = useRef<number | null>(null);

  const toggle = useCallback(
    (index: number, extend: boolean) => {
      const hit = hitAt(index);
      if (hit === undefined) return;
      setTicks((current) => {
        const next = new Map(current);
        const tick = !current.has(hit.id);
        const from = extend && anchor.current !== null ? Math.min(anchor.current, index) : index;
        const to = extend && anchor.current !== null ? Math.max(anchor.current, index) : index;
        for (let i = from; i <= to; i++) {
          const row = hitAt(i);
          if (row === undefined) continue;
          if (tick) next.set(row.id, i);
          else next.delete(row.id);
        }
        return next;
      });
      anchor.current = index;
    },
    [hitAt],
  );

  const clear = useCallback(() => {
    anchor.current = null;
    setTicks((current) => (current.size === 0 ? current : new Map()));
  }, []);

  const ticked = [...ticks].map(([id, rank]) => ({ id, rank })).sort((a, b) => a.rank - b.rank);
  const isTicked = useCallback((id: string) => ticks.has(id), [ticks]);
  return { ticked, isTicked, toggle, clear };
}

import { useApiQuery } from '../api/useApiQuery';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Desks to offer: all in service, or only the free ones right now (for a check-in or a move). */
export function useDeskChoices(session: string, onlyFree: boolean): Choice[] {
  const board = useApiQuery('visits.board', {}, { session, enabled: onlyFree });
  const desks = useApiQuery('desks.list', {}, { enabled: !onlyFree });
  const list = onlyFree
    ? (board.data?.desks.filter((d) => d.state === 'free') ?? [])
    : (desks.data?.items ?? []);
  return list.map((d) => ({ value: String(d.number), label: `${d.number} · ${d.label}` }));
}

import { useEffect, useState } from 'react';
import type { Board } from '../../../shared/contract';
import { useApiQuery } from '../api/useApiQuery';
import { serverNow } from './deskFormat';

export interface BoardState {
  readonly board: Board | null;
  readonly errorKey: string | null;
  /** The server's clock now, ticking every second between fetches. */
  readonly now: number;
}

/** Re-renders the caller once a second. */
function useSecondTick(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
}

/**
 * The live board, from the query cache: refetched once per change event that touches visits,
 * reservations, places or settings (queryKeys.ts). "Now" is the server's clock when the board was
 * fetched plus the local time elapsed since, ticked every second: the host's clock may be a test clock,
 * so the PC's clock alone is never "now".
 */
export function useBoard(session: string): BoardState {
  const { data, error, dataUpdatedAt } = useApiQuery('visits.board', {}, { session });
  useSecondTick();
  return {
    board: data ?? null,
    errorKey: error?.appError.messageKey ?? null,
    now: data ? serverNow(data.now, dataUpdatedAt, Date.now()) : 0,
  };
}

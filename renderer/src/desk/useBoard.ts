import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, useEvent } from '../api/ApiContext';
import type { Board } from '../../../shared/contract';
import { serverNow } from './deskFormat';

const REFRESH_MS = 30_000;

export interface BoardState {
  readonly board: Board | null;
  readonly errorKey: string | null;
  /** The server's clock now, ticking every second between fetches. */
  readonly now: number;
  readonly reload: () => void;
}

/**
 * The live board: fetched on every event that can change it and every 30 s as a safety net;
 * "now" is the server's clock at the last fetch plus local time elapsed, ticked every second.
 */
export function useBoard(session: string): BoardState {
  const api = useApi();
  const [board, setBoard] = useState<Board | null>(null);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const fetchedAt = useRef(0);
  const [now, setNow] = useState(0);
  const seq = useRef(0);

  const reload = useCallback(() => {
    const mine = ++seq.current;
    void api.invoke('visits.board', {}, { session }).then((r) => {
      if (mine !== seq.current) return; // a newer fetch is on its way; drop this stale answer
      if (r.ok) {
        fetchedAt.current = performance.now();
        setBoard(r.value);
        setNow(r.value.now);
        setErrorKey(null);
      } else setErrorKey(r.error.messageKey);
    });
  }, [api, session]);

  useEffect(() => {
    reload();
    const refresh = setInterval(reload, REFRESH_MS);
    return () => clearInterval(refresh);
  }, [reload]);

  useEffect(() => {
    if (!board) return;
    const tick = setInterval(() => setNow(serverNow(board.now, fetchedAt.current, performance.now())), 1000);
    return () => clearInterval(tick);
  }, [board]);

  useEvent('visits.changed', reload);
  useEvent('visits.warning', reload);
  useEvent('scans.result', reload);
  useEvent('reservations.changed', reload);

  return { board, errorKey, now, reload };
}

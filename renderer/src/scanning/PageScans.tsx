import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ScanOutcome } from '../../../shared/contract';
import { useApi } from '../api/ApiContext';
import { useApiQuery } from '../api/useApiQuery';
import { useWedgeScanner } from './useWedgeScanner';

type PageSource = 'keyboard' | 'ticket';
type Answer = (outcome: ScanOutcome) => void;

interface PageScans {
  /** Sends a code this page read (its wedge decoder, the ticket's "Check in now") and hands every screen the answer. */
  readonly submit: (text: string, source: PageSource) => Promise<ScanOutcome>;
  readonly listen: (answer: Answer) => () => void;
}

const PageScansContext = createContext<PageScans | null>(null);

function usePageScans(): PageScans {
  const scans = useContext(PageScansContext);
  if (!scans) throw new Error('usePageScans outside <PageScansProvider>');
  return scans;
}

/** Submits a code the page read; the answer also reaches every `usePageScanAnswers` listener. */
export const useSubmitScan = () => usePageScans().submit;

/** Runs `answer` with the reply to every scan this page submitted, as soon as the core answers. */
export function usePageScanAnswers(answer: Answer): void {
  const { listen } = usePageScans();
  const latest = useRef(answer);
  useEffect(() => {
    latest.current = answer;
  });
  useEffect(() => listen((o) => latest.current(o)), [listen]);
}

/**
 * The page's own scans, decoded once for every screen (kiosk, PIN, desk) with the configured wedge
 * timings. The answer comes back in the reply and is shown from there, so a scan is answered even
 * while the event stream is down; 'scans.result' events are for scans from other sources.
 */
export function PageScansProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const listeners = useRef(new Set<Answer>());
  // In Electron the main process decodes the wedge (before-input-event); the page only in the loopback host.
  const timing = useApiQuery('scanners.wedgeTiming', {}, { enabled: !window.kiosk }).data ?? null;

  const submit = useCallback(
    async (text: string, source: PageSource): Promise<ScanOutcome> => {
      const r = await api.invoke('scans.submit', { text, source });
      // The host did not answer: the visitor still hears what to do (ask the officer).
      const outcome: ScanOutcome = r.ok
        ? r.value
        : { kind: 'refused', reason: 'system_error', scanId: `page-${crypto.randomUUID()}`, at: Date.now() };
      listeners.current.forEach((l) => l(outcome));
      return outcome;
    },
    [api],
  );
  const listen = useCallback((answer: Answer) => {
    listeners.current.add(answer);
    return () => void listeners.current.delete(answer);
  }, []);

  useWedgeScanner(window.kiosk ? null : timing, (text) => void submit(text, 'keyboard'));

  const value = useMemo(() => ({ submit, listen }), [submit, listen]);
  return <PageScansContext.Provider value={value}>{children}</PageScansContext.Provider>;
}

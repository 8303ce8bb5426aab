// Equipment labels scanned for the inventory's screens: this page's own wedge scans (their reply)
// and scans from other scanners (the 'scans.result' event), each handled once (reply and echo share
// a scanId).
import { useRef } from 'react';
import type { PublicScanOutcome, ScanOutcome } from '../../../shared/contract';
import { useEvent } from '../api/ApiContext';
import { usePageScanAnswers } from '../scanning/PageScans';

export type AssetScan = Extract<ScanOutcome, { kind: 'asset_label' }>;

export function useAssetScans(handle: (scan: AssetScan) => void): void {
  const seen = useRef<string[]>([]);
  const once = (o: ScanOutcome | PublicScanOutcome) => {
    if (o.kind !== 'asset_label' || seen.current.includes(o.scanId)) return;
    seen.current = [o.scanId, ...seen.current].slice(0, 20);
    handle(o);
  };
  usePageScanAnswers(once);
  useEvent('scans.result', once);
}

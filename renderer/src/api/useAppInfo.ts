import type { MethodOutput } from '../../../shared/contract';
import { useApiQuery } from './useApiQuery';

export type AppInfo = MethodOutput<'app.info'>;

/** The site's name, zone, today and whether it still runs on demo data; null until it arrives. */
export function useAppInfo(): AppInfo | null {
  return useApiQuery('app.info', {}).data ?? null;
}

/** Clock time in the site's zone (WIB), whatever zone the kiosk PC is set to. */
export const formatTime = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone }).format(at);

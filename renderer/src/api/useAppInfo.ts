import type { MethodOutput } from '../../../shared/contract';
import { useApiQuery } from './useApiQuery';

export type AppInfo = MethodOutput<'app.info'>;

/** The site's name, zone, today and whether it still runs on demo data; null until it arrives. */
export function useAppInfo(): AppInfo | null {
  return useApiQuery('app.info', {}).data ?? null;
}

import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract';
import { useApi } from './ApiContext';

export type AppInfo = MethodOutput<'app.info'>;

export function useAppInfo(): AppInfo | null {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.invoke('app.info', {}).then((r) => r.ok && setInfo(r.value));
  }, [api]);
  return info;
}

/** Clock time in the site's zone (WIB), whatever zone the kiosk PC is set to. */
export const formatTime = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone }).format(at);

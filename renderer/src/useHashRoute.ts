import { useCallback, useEffect, useState } from 'react';

export type Route = 'kiosk' | 'desk';

const parse = (hash: string): Route => (hash.startsWith('#/desk') ? 'desk' : 'kiosk');

/** Two screens only, so the hash is the router: #/kiosk (visitor) and #/desk (officer). */
export function useHashRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  // The screen follows at once; the hash (for a reload, a second window) follows the screen.
  const go = useCallback((r: Route) => {
    setRoute(r);
    window.location.hash = `#/${r}`;
  }, []);
  return [route, go];
}

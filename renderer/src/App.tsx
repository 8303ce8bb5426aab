import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { contract, isMethodName } from '../../shared/contract';
import { KioskScreen } from './kiosk/KioskScreen';
import { DeskScreen } from './desk/DeskScreen';
import { OfficerPinScreen } from './desk/OfficerPinScreen';
import { PageScansProvider } from './scanning/PageScans';
import { useHashRoute } from './useHashRoute';

/**
 * The visitor kiosk and the officer's desk. On a single display the officer switches to the desk
 * behind the PIN; with two displays each window opens on its own route (#/kiosk, #/desk). Scans the
 * page reads are decoded here, once, whichever screen is showing.
 */
export function App() {
  const [route, go] = useHashRoute();
  const [session, setSession] = useState<string | null>(null);
  const queryClient = useQueryClient();

  const lock = () => {
    setSession(null);
    // What only an officer may read (names, phone numbers) does not stay in the page's memory.
    queryClient.removeQueries({
      predicate: (q) => {
        const method = q.queryKey[1];
        return isMethodName(method) && contract[method].access === 'officer';
      },
    });
    go('kiosk');
  };

  return (
    <PageScansProvider>
      {route === 'kiosk' ? (
        <KioskScreen onOfficer={() => go('desk')} />
      ) : !session ? (
        <OfficerPinScreen onUnlocked={setSession} onCancel={() => go('kiosk')} />
      ) : (
        <DeskScreen session={session} onLock={lock} onKioskMode={() => go('kiosk')} />
      )}
    </PageScansProvider>
  );
}

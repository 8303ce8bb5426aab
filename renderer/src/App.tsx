import { useState } from 'react';
import { KioskScreen } from './kiosk/KioskScreen';
import { DeskScreen } from './desk/DeskScreen';
import { OfficerPinScreen } from './desk/OfficerPinScreen';
import { useHashRoute } from './useHashRoute';

/**
 * The visitor kiosk and the officer's desk. On a single display the officer switches to the desk
 * behind the PIN; with two displays each window opens on its own route (#/kiosk, #/desk).
 */
export function App() {
  const [route, go] = useHashRoute();
  const [session, setSession] = useState<string | null>(null);

  if (route === 'kiosk') return <KioskScreen onOfficer={() => go('desk')} />;
  if (!session) {
    return <OfficerPinScreen onUnlocked={setSession} onCancel={() => go('kiosk')} />;
  }
  return (
    <DeskScreen
      session={session}
      onLock={() => {
        setSession(null);
        go('kiosk');
      }}
      onKioskMode={() => go('kiosk')}
    />
  );
}

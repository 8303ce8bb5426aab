import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract, isMethodName } from '../../shared/contract';
import { ApiContext, useApi } from './api/ApiContext';
import { useApiQuery } from './api/useApiQuery';
import { KioskScreen } from './kiosk/KioskScreen';
import { PageScansProvider } from './scanning/PageScans';
import { withSessionWatch } from './session/sessionApi';
import { SignedInProvider, type SignedIn } from './session/SignedIn';
import type { SignInNotice } from './session/SignInScreen';
import { useHashRoute } from './useHashRoute';

// The visitor's screen is what a cold start must show soon (issue 9: usable within 1.5 s); the
// officer's screens are most of the code and load when first asked for.
const DeskScreen = lazy(() => import('./desk/DeskScreen').then((m) => ({ default: m.DeskScreen })));
const SignInScreen = lazy(() => import('./session/SignInScreen').then((m) => ({ default: m.SignInScreen })));
const SetupScreen = lazy(() => import('./setup/SetupScreen').then((m) => ({ default: m.SetupScreen })));

/** A query only a signed-in officer may make (names, phone numbers, the audit log…). */
const isOfficerQuery = (key: readonly unknown[]) => {
  const method = key[1];
  return isMethodName(method) && contract[method].access !== 'public';
};

/**
 * The first-run setup, the visitor kiosk and the officer's desk. On a single display the officer
 * switches to the desk behind their PIN; with two displays each window opens on its own route
 * (#/kiosk, #/desk). Leaving the desk in any way (Kunci, Tampilan pengunjung, the idle lock, a
 * session the host ended) ends the session on the host and drops every officer answer from the
 * page's memory: no visitor path reaches the desk (issue 8). Scans the page reads are decoded here,
 * once, whichever screen is showing.
 */
export function App() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const info = useApiQuery('app.info', {});
  const [route, go] = useHashRoute();
  const [signedIn, setSignedIn] = useState<SignedIn | null>(null);
  const [notice, setNotice] = useState<SignInNotice>(null);
  // The setup screen stays up after setup.complete / setup.useSampleData until its last step is done.
  const [setupHeld, setSetupHeld] = useState(false);
  // Came to the desk through the kiosk's "Petugas" button: a single display, which returns to the
  // visitors when the desk locks. A desk PC opened on #/desk stays on the sign-in screen instead.
  const [fromKiosk, setFromKiosk] = useState(false);
  const current = useRef<SignedIn | null>(null);

  const leave = useCallback(
    (next: { tellHost: boolean; notice: SignInNotice; toKiosk: boolean }) => {
      const ending = current.current;
      current.current = null;
      setSignedIn(null);
      setNotice(next.notice);
      if (ending && next.tellHost) void api.invoke('officer.lock', {}, { session: ending.session });
      if (next.toKiosk) go('kiosk');
    },
    [api, go],
  );

  // However the page got to the visitors' screen, no session comes along (issue 8's first defect);
  // only the setup keeps its first admin signed in on the kiosk's display, for its devices step.
  const inSetup = (info.data?.setupNeeded ?? false) || setupHeld;
  const latest = useRef({ leave, inSetup });
  useEffect(() => {
    latest.current = { leave, inSetup };
  });
  useEffect(() => {
    if (route === 'kiosk' && !latest.current.inSetup && current.current)
      latest.current.leave({ tellHost: true, notice: null, toKiosk: false });
  }, [route]);

  // Once the desk is gone, nothing only an officer may read stays in the page's memory.
  useEffect(() => {
    if (signedIn) return;
    queryClient.removeQueries({ predicate: (q) => isOfficerQuery(q.queryKey) });
    queryClient.getMutationCache().clear();
  }, [signedIn, queryClient]);

  const watched = useMemo(
    () =>
      withSessionWatch(api, (session) => {
        if (current.current?.session === session)
          leave({ tellHost: false, notice: 'sessionEnded', toKiosk: false });
      }),
    [api, leave],
  );

  const signIn = (s: SignedIn) => {
    current.current = s;
    setNotice(null);
    setSignedIn(s);
  };

  const loading = <Loader aria-label={t('board.loading')} />;
  let screen;
  if (!info.data) {
    screen = (
      <Center h="100vh">
        {info.error ? (
          <Stack align="center" maw={720}>
            <Alert color="red" role="alert">
              <Text size="kiosk">{t(info.error.appError.messageKey)}</Text>
            </Alert>
            <Button size="kioskBand" onClick={() => void info.refetch()}>
              {t('app.retry')}
            </Button>
          </Stack>
        ) : (
          loading
        )}
      </Center>
    );
  } else if (inSetup) {
    screen = (
      <SetupScreen
        onHold={setSetupHeld}
        onAdminSignedIn={signIn}
        session={signedIn?.session ?? null}
        onDone={() => {
          go(current.current ? 'desk' : 'kiosk');
          setSetupHeld(false);
        }}
      />
    );
  } else if (route === 'kiosk') {
    screen = (
      <KioskScreen
        onOfficer={() => {
          setFromKiosk(true);
          go('desk');
        }}
      />
    );
  } else if (!signedIn) {
    screen = (
      <SignInScreen
        notice={notice}
        onSignedIn={signIn}
        onVisitorView={() => go('kiosk')}
        onIdle={() => {
          if (fromKiosk) go('kiosk');
        }}
      />
    );
  } else {
    screen = (
      <SignedInProvider value={signedIn}>
        <DeskScreen
          onSignedInChange={(s) => {
            current.current = s;
            setSignedIn(s);
          }}
          onLock={() => leave({ tellHost: true, notice: null, toKiosk: fromKiosk })}
          onIdleLock={() => leave({ tellHost: true, notice: 'idleLocked', toKiosk: fromKiosk })}
          onKioskMode={() => leave({ tellHost: true, notice: null, toKiosk: true })}
          onSampleDataLeft={() => leave({ tellHost: false, notice: null, toKiosk: false })}
        />
      </SignedInProvider>
    );
  }

  return (
    <ApiContext.Provider value={watched}>
      <PageScansProvider>
        <Suspense fallback={<Center h="100vh">{loading}</Center>}>{screen}</Suspense>
      </PageScansProvider>
    </ApiContext.Provider>
  );
}

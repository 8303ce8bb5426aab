import { useCallback, useEffect, useRef, useState } from 'react';
import { Box, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicScanOutcome, ScanOutcome } from '../../../shared/contract';
import { useEvent } from '../api/ApiContext';
import { useApiMutation } from '../api/useApiMutation';
import { StatusBar } from '../components/StatusBar';
import { DemoBanner } from '../components/DemoBanner';
import { usePageScanAnswers } from '../scanning/PageScans';
import { KioskHome } from './KioskHome';
import { RegisterWalkIn, type WalkInTicketData } from './RegisterWalkIn';
import { WalkInTicket } from './WalkInTicket';
import { CheckedInCard, RefusedCard } from './ScanResult';
import { CheckoutChecklist } from './CheckoutChecklist';

/** What the kiosk shows of a scan; the officer's "scan a test code" is answered on the desk. */
type Shown = Exclude<ScanOutcome, { kind: 'test' }>;

type Step =
  | { name: 'home' }
  | { name: 'register' }
  | { name: 'ticket'; ticket: WalkInTicketData }
  | { name: 'finishScan'; closesInMs: number }
  | { name: 'scan'; outcome: Shown }
  /** A check-out started at another scanner: the kiosk claims its one-time ticket first. */
  | { name: 'claiming'; scanId: string }
  | { name: 'checkoutSent'; firstName: string; desk: number };

const HOME: Step = { name: 'home' };
/** After this long without a touch the kiosk clears what the last visitor entered. */
const IDLE_RESET_MS = 120_000;
/** A scan answer stays this long, then the welcome screen returns for the next visitor. */
const RESULT_MS = 15_000;
/**
 * The core keeps a "Selesai & keluar" intent for as long as `scans.expectCheckout` says. The screen
 * asking for that scan closes this much earlier, touches or not, and closing it ends the intent: no
 * later visitor's scan can be taken for this visitor's check-out (issue 7 §3).
 */
const FINISH_SCAN_MARGIN_MS = 5_000;

/** The visitor's screen: portrait touchscreen, one task a screen. */
export function KioskScreen({ onOfficer }: { onOfficer: () => void }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>(HOME);
  const current = useRef<Step>(HOME);
  const expectCheckout = useApiMutation('scans.expectCheckout');
  const { mutate: cancelCheckout } = useApiMutation('scans.cancelCheckout');
  const { mutate: claimCheckout } = useApiMutation('scans.claimCheckout');

  /** Every change of screen goes through here, so leaving a check-out step always ends it in the core. */
  const go = useCallback(
    (next: Step) => {
      const before = current.current;
      current.current = next;
      setStep(next);
      if (before.name === 'finishScan' && next.name !== 'finishScan') cancelCheckout({});
      if (
        before.name === 'scan' &&
        before.outcome.kind === 'checkout_started' &&
        next.name !== 'checkoutSent' &&
        !(next.name === 'scan' && next.outcome.scanId === before.outcome.scanId)
      ) {
        cancelCheckout({ checkoutTicket: before.outcome.checkoutTicket });
      }
    },
    [cancelCheckout],
  );
  const home = useCallback(() => go(HOME), [go]);

  // The page's own scans (its wedge decoder, "Check in now") are painted from the reply; scans from
  // other scanners arrive as events. The same answer twice in a row (reply and echo) is shown once;
  // a repeated scan after "Oke" is shown again. An event never carries a check-out's one-time ticket
  // (every screen hears it): the kiosk claims it (scans.claimCheckout), once, before the checklist.
  const show = useCallback(
    (outcome: ScanOutcome | PublicScanOutcome) => {
      if (outcome.kind === 'test') return;
      const now = current.current;
      if (now.name === 'scan' && now.outcome.scanId === outcome.scanId) return;
      if (outcome.kind !== 'checkout_started' || 'checkoutTicket' in outcome) {
        go({ name: 'scan', outcome });
        return;
      }
      if (now.name === 'claiming' && now.scanId === outcome.scanId) return;
      go({ name: 'claiming', scanId: outcome.scanId });
      const stillWaiting = () => {
        const at = current.current;
        return at.name === 'claiming' && at.scanId === outcome.scanId;
      };
      claimCheckout(
        { scanId: outcome.scanId },
        {
          onSuccess: ({ checkoutTicket }) => {
            // The visitor moved on meanwhile (or the reply came first): the claimed check-out ends.
            if (!stillWaiting()) {
              const at = current.current;
              if (!(at.name === 'scan' && at.outcome.scanId === outcome.scanId))
                cancelCheckout({ checkoutTicket });
              return;
            }
            go({ name: 'scan', outcome: { ...outcome, checkoutTicket } });
          },
          onError: () => {
            if (!stillWaiting()) return;
            // The visitor is not left without an answer: an officer can close the visit at the desk.
            go({
              name: 'scan',
              outcome: {
                kind: 'refused',
                reason: 'system_error',
                scanId: `claim-${outcome.scanId}`,
                at: outcome.at,
              },
            });
          },
        },
      );
    },
    [go, claimCheckout, cancelCheckout],
  );
  usePageScanAnswers(show);
  useEvent('scans.result', show);

  // Leaving the kiosk (the officer's PIN) ends whatever check-out was under way, as any other exit.
  const leaveOnUnmount = useRef(home);
  useEffect(() => {
    leaveOnUnmount.current = home;
  }, [home]);
  useEffect(() => () => leaveOnUnmount.current(), []);

  useEffect(() => {
    if (step.name === 'home') return;
    const reset = () => {
      go(HOME);
      void i18n.changeLanguage('id');
    };
    if (step.name === 'finishScan') {
      const timer = window.setTimeout(reset, step.closesInMs);
      return () => window.clearTimeout(timer);
    }
    const limit =
      step.name === 'scan' && step.outcome.kind !== 'checkout_started' ? RESULT_MS : IDLE_RESET_MS;
    let timer = window.setTimeout(reset, limit);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, limit);
    };
    window.addEventListener('pointerdown', touched);
    window.addEventListener('keydown', touched);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointerdown', touched);
      window.removeEventListener('keydown', touched);
    };
  }, [step, i18n, go]);

  function finish() {
    expectCheckout.mutate(
      {},
      {
        onSuccess: ({ expiresInMs }) =>
          go({ name: 'finishScan', closesInMs: Math.max(0, expiresInMs - FINISH_SCAN_MARGIN_MS) }),
        onError: () =>
          show({
            kind: 'refused',
            reason: 'system_error',
            scanId: `page-${crypto.randomUUID()}`,
            at: Date.now(),
          }),
      },
    );
  }

  return (
    <Stack className="kiosk-screen" h="100vh" gap={0} data-testid="kiosk-screen">
      <DemoBanner />
      <Box component="main" flex={1} p="xl" style={{ overflowY: 'auto' }}>
        {step.name === 'home' && (
          <KioskHome
            onRegister={() => go({ name: 'register' })}
            onFinish={finish}
            finishing={expectCheckout.isPending}
            onOfficer={onOfficer}
          />
        )}
        {step.name === 'register' && (
          <RegisterWalkIn onBack={home} onRegistered={(ticket) => go({ name: 'ticket', ticket })} />
        )}
        {step.name === 'ticket' && <WalkInTicket ticket={step.ticket} onDone={home} />}
        {step.name === 'finishScan' && (
          <Stack align="center" gap="xl" pt={120} data-testid="finish-scan">
            <Title order={1} fz={60} ta="center">
              {t('kiosk.finishScanTitle')}
            </Title>
            <Text fz={34} ta="center">
              {t('kiosk.finishScanHint')}
            </Text>
            <Text fz={28} ta="center" c="gray.8">
              {t('kiosk.finishScanTimeout')}
            </Text>
            <Button
              size="xl"
              h={96}
              fz={32}
              w={400}
              variant="default"
              onClick={home}
              data-testid="finish-back"
            >
              {t('register.back')}
            </Button>
          </Stack>
        )}
        {step.name === 'scan' && step.outcome.kind === 'checked_in' && (
          <CheckedInCard outcome={step.outcome} onDone={home} />
        )}
        {step.name === 'scan' && step.outcome.kind === 'refused' && (
          <RefusedCard outcome={step.outcome} onRegister={() => go({ name: 'register' })} onDone={home} />
        )}
        {step.name === 'scan' && step.outcome.kind === 'checkout_started' && (
          <CheckoutChecklist
            key={step.outcome.scanId}
            outcome={step.outcome}
            onNotYet={home}
            onSent={(sent) => go({ name: 'checkoutSent', firstName: sent.firstName, desk: sent.deskNumber })}
          />
        )}
        {step.name === 'claiming' && (
          <Center pt={240} data-testid="checkout-claiming">
            <Stack align="center" gap="lg">
              <Loader size="xl" aria-label={t('kiosk.oneMoment')} />
              <Text fz={34}>{t('kiosk.oneMoment')}</Text>
            </Stack>
          </Center>
        )}
        {step.name === 'checkoutSent' && (
          <Stack align="center" gap="xl" pt={120} data-testid="checkout-sent">
            <Title order={1} fz={60} ta="center">
              {t('checkout.thanks', { name: step.firstName })}
            </Title>
            <Text fz={34} ta="center">
              {t('checkout.officerWillCheck', { desk: step.desk })}
            </Text>
            <Button size="xl" h={96} fz={32} w={400} onClick={home}>
              {t('scan.ok')}
            </Button>
          </Stack>
        )}
      </Box>
      <StatusBar />
    </Stack>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanOutcome } from '../../../shared/contract';
import { useApi, useEvent } from '../api/ApiContext';
import { StatusBar } from '../components/StatusBar';
import { DemoBanner } from '../components/DemoBanner';
import { KioskHome } from './KioskHome';
import { RegisterWalkIn, type WalkInTicketData } from './RegisterWalkIn';
import { WalkInTicket } from './WalkInTicket';
import { CheckedInCard, RefusedCard } from './ScanResult';
import { CheckoutChecklist } from './CheckoutChecklist';
import { useWedgeScanner } from './useWedgeScanner';

type Step =
  | { name: 'home' }
  | { name: 'register' }
  | { name: 'ticket'; ticket: WalkInTicketData }
  | { name: 'finishScan' }
  | { name: 'scan'; outcome: ScanOutcome }
  | { name: 'checkoutSent'; firstName: string; desk: number };

/** After this long without a touch the kiosk clears what the last visitor entered. */
const IDLE_RESET_MS = 120_000;
/** A scan answer stays this long, then the welcome screen returns for the next visitor. */
const RESULT_MS = 15_000;

/** The visitor's screen: portrait touchscreen, one task a screen. */
export function KioskScreen({ onOfficer }: { onOfficer: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [step, setStep] = useState<Step>({ name: 'home' });
  const home = useCallback(() => setStep({ name: 'home' }), []);

  // Every scan, from whichever scanner, arrives as a pushed event; the kiosk shows the answer.
  useEvent('scans.result', (outcome) => setStep({ name: 'scan', outcome }));
  // In the loopback host the page decodes keyboard-wedge scans itself (no text field is on screen).
  const typing = step.name === 'register';
  useWedgeScanner(!window.kiosk && !typing, (text) => {
    void api.invoke('scans.submit', { text, source: 'keyboard' });
  });

  useEffect(() => {
    if (step.name === 'home') return;
    const limit =
      step.name === 'scan' && step.outcome.kind !== 'checkout_started' ? RESULT_MS : IDLE_RESET_MS;
    let timer = window.setTimeout(reset, limit);
    function reset() {
      setStep({ name: 'home' });
      void i18n.changeLanguage('id');
    }
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
  }, [step, i18n]);

  async function finish() {
    await api.invoke('kiosk.expectCheckout', {});
    setStep({ name: 'finishScan' });
  }

  return (
    <Stack className="kiosk-screen" h="100vh" gap={0} data-testid="kiosk-screen">
      <DemoBanner />
      <Box component="main" flex={1} p="xl" style={{ overflowY: 'auto' }}>
        {step.name === 'home' && (
          <KioskHome
            onRegister={() => setStep({ name: 'register' })}
            onFinish={() => void finish()}
            onOfficer={onOfficer}
          />
        )}
        {step.name === 'register' && (
          <RegisterWalkIn onBack={home} onRegistered={(ticket) => setStep({ name: 'ticket', ticket })} />
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
            <Button size="xl" h={88} fz={30} variant="default" onClick={home}>
              {t('register.back')}
            </Button>
          </Stack>
        )}
        {step.name === 'scan' && step.outcome.kind === 'checked_in' && (
          <CheckedInCard outcome={step.outcome} onDone={home} />
        )}
        {step.name === 'scan' && step.outcome.kind === 'refused' && (
          <RefusedCard
            outcome={step.outcome}
            onRegister={() => setStep({ name: 'register' })}
            onDone={home}
          />
        )}
        {step.name === 'scan' && step.outcome.kind === 'checkout_started' && (
          <CheckoutChecklist
            outcome={step.outcome}
            onCancel={home}
            onSent={() =>
              step.outcome.kind === 'checkout_started' &&
              setStep({
                name: 'checkoutSent',
                firstName: step.outcome.firstName,
                desk: step.outcome.deskNumber,
              })
            }
          />
        )}
        {step.name === 'checkoutSent' && (
          <Stack align="center" gap="xl" pt={120} data-testid="checkout-sent">
            <Title order={1} fz={60} ta="center">
              {t('checkout.thanks', { name: step.firstName })}
            </Title>
            <Text fz={34} ta="center">
              {t('checkout.officerWillCheck', { desk: step.desk })}
            </Text>
            <Button size="xl" h={88} fz={30} w={400} onClick={home}>
              {t('scan.ok')}
            </Button>
          </Stack>
        )}
      </Box>
      <StatusBar />
    </Stack>
  );
}

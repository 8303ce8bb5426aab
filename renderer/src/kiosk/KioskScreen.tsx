import { useEffect, useState } from 'react';
import { Box, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBar } from '../components/StatusBar';
import { DemoBanner } from '../components/DemoBanner';
import { KioskHome } from './KioskHome';
import { RegisterWalkIn, type WalkInTicketData } from './RegisterWalkIn';
import { WalkInTicket } from './WalkInTicket';

type Step = { name: 'home' } | { name: 'register' } | { name: 'ticket'; ticket: WalkInTicketData };

/** After this long without a touch the kiosk clears what the last visitor entered. */
const IDLE_RESET_MS = 120_000;

/** The visitor's screen: portrait touchscreen, one task a screen. */
export function KioskScreen({ onOfficer }: { onOfficer: () => void }) {
  const { i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'home' });

  useEffect(() => {
    if (step.name === 'home') return;
    let timer = window.setTimeout(reset, IDLE_RESET_MS);
    function reset() {
      setStep({ name: 'home' });
      void i18n.changeLanguage('id');
    }
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, IDLE_RESET_MS);
    };
    window.addEventListener('pointerdown', touched);
    window.addEventListener('keydown', touched);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointerdown', touched);
      window.removeEventListener('keydown', touched);
    };
  }, [step.name, i18n]);

  return (
    <Stack className="kiosk-screen" h="100vh" gap={0} data-testid="kiosk-screen">
      <DemoBanner />
      <Box component="main" flex={1} p="xl" style={{ overflowY: 'auto' }}>
        {step.name === 'home' && (
          <KioskHome onRegister={() => setStep({ name: 'register' })} onOfficer={onOfficer} />
        )}
        {step.name === 'register' && (
          <RegisterWalkIn
            onBack={() => setStep({ name: 'home' })}
            onRegistered={(ticket) => setStep({ name: 'ticket', ticket })}
          />
        )}
        {step.name === 'ticket' && (
          <WalkInTicket ticket={step.ticket} onDone={() => setStep({ name: 'home' })} />
        )}
      </Box>
      <StatusBar />
    </Stack>
  );
}

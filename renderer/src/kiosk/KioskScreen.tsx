import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicScanOutcome, ScanOutcome } from '../../../shared/contract';
import { useEvent } from '../api/ApiContext';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { CheckIcon, QrIcon } from '../components/icons';
import { KioskFrame } from '../components/KioskFrame';
import type { HelpTopic } from '../help/helpTopics';
import { usePageScanAnswers } from '../scanning/PageScans';
import { KioskHome, type KioskService } from './KioskHome';
import { RegisterWalkIn, type WalkInTicketData } from './RegisterWalkIn';
import { WalkInTicket } from './WalkInTicket';
import { AssetLabelCard, CheckedInCard, RefusedCard } from './ScanResult';
import { CheckoutChecklist } from './CheckoutChecklist';
import { IdleGuard } from './IdleGuard';
import { CLAIM_MS, FORM, HOME_MS, LIST, TICKET } from './kioskTimeouts';
import { AttendanceResult } from '../requests/kiosk/AttendanceResult';
import { ResultCountdown } from './ResultCountdown';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import type { SurveyOffer } from '../survey/KioskSurvey';

// The visitor services beside the coworking check-in load when first opened, and are fetched while
// the kiosk idles on its home screen: the start bundle stays the check-in's (issue 9's cold start).
const serviceScreens = {
  guestbook: () => import('../guestbook/KioskGuestbook'),
  standards: () => import('../standards/KioskStandards'),
  survey: () => import('../survey/KioskSurvey'),
  complaints: () => import('../complaints/KioskComplaints'),
  agenda: () => import('../requests/kiosk/KioskAgenda'),
};
const KioskGuestbook = lazy(() => serviceScreens.guestbook().then((m) => ({ default: m.KioskGuestbook })));
const KioskStandards = lazy(() => serviceScreens.standards().then((m) => ({ default: m.KioskStandards })));
const KioskSurvey = lazy(() => serviceScreens.survey().then((m) => ({ default: m.KioskSurvey })));
const KioskComplaints = lazy(() => serviceScreens.complaints().then((m) => ({ default: m.KioskComplaints })));
const KioskAgenda = lazy(() => serviceScreens.agenda().then((m) => ({ default: m.KioskAgenda })));

function usePrefetchedServiceScreens() {
  useEffect(() => {
    // Only a head start: a fetch that fails here (the kiosk going offline, the page closing) is
    // tried again when the screen is opened.
    const id = requestIdleCallback(() =>
      Object.values(serviceScreens).forEach((load) => void load().catch(() => undefined)),
    );
    return () => cancelIdleCallback(id);
  }, []);
}

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
  | { name: 'checkoutSent'; firstName: string; desk: number; surveyToken: string | null }
  /** The visitor services (issue 11): each screen is its domain's own component. */
  | { name: 'guestbook'; serviceId: ServiceId | null }
  | { name: 'standards' }
  /** The rooms' public agenda (issue 13). */
  | { name: 'agenda' }
  | { name: 'survey'; offer: SurveyOffer | null }
  | { name: 'complaint'; serviceId: ServiceId | null };

const HOME: Step = { name: 'home' };
/**
 * The core keeps a "Selesai & keluar" intent for as long as `scans.expectCheckout` says. The screen
 * asking for that scan closes this much earlier, touches or not, and closing it ends the intent: no
 * later visitor's scan can be taken for this visitor's check-out (issue 7 §3).
 */
const FINISH_SCAN_MARGIN_MS = 5_000;

/**
 * How long a screen waits for a touch (kioskTimeouts.ts): a form or a list warns first, home returns
 * quietly; result screens count down on screen (ResultCountdown) and the finish screen keeps the
 * core's own minute, so neither has a guard here.
 */
function idleOf(step: Step): { idleMs: number; warnMs: number } | null {
  switch (step.name) {
    case 'home':
      return { idleMs: HOME_MS, warnMs: 0 };
    case 'register':
    case 'guestbook':
    case 'survey':
    case 'complaint':
      return FORM;
    case 'standards':
    case 'agenda':
      return LIST;
    case 'ticket':
      return TICKET;
    case 'scan':
      return step.outcome.kind === 'checkout_started' ? LIST : null;
    case 'claiming':
      return { idleMs: CLAIM_MS, warnMs: 0 };
    case 'finishScan':
    case 'checkoutSent':
      return null;
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** Which help the "Bantuan" button gives on each screen. */
function helpOf(step: Step): HelpTopic {
  switch (step.name) {
    case 'home':
    case 'register':
    case 'ticket':
    case 'finishScan':
      return step.name;
    case 'guestbook':
    case 'standards':
    case 'survey':
    case 'complaint':
    case 'agenda':
      return 'home';
    case 'scan':
      return step.outcome.kind === 'checked_in'
        ? 'checkedIn'
        : step.outcome.kind === 'refused' ||
            step.outcome.kind === 'asset_label' ||
            (step.outcome.kind === 'event_attendance' && step.outcome.result !== 'counted')
          ? 'refused'
          : step.outcome.kind === 'event_attendance'
            ? 'home'
            : 'checkout';
    case 'claiming':
      return 'checkout';
    case 'checkoutSent':
      return 'done';
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** Identifies a screen, so its idle wait starts afresh when the screen changes. */
const stepKey = (step: Step) => (step.name === 'scan' ? `scan:${step.outcome.scanId}` : step.name);

/** The visitor's screen: portrait touchscreen, one task a screen. */
export function KioskScreen({ onOfficer }: { onOfficer: () => void }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>(HOME);
  usePrefetchedServiceScreens();
  const offersSurvey = useApiQuery('settings.kioskServices.get', {}).data?.survey ?? false;
  const current = useRef<Step>(HOME);
  const { mutate: expectCheckout, isPending: finishing } = useApiMutation('scans.expectCheckout');
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
  // This page's own scan: painted in the task that brought the reply, not in a later one that the
  // event stream's refetches could get ahead of (bench/scanPainted.ts times Enter → answer painted).
  usePageScanAnswers((outcome) => flushSync(() => show(outcome)));
  // An equipment label scanned elsewhere (the officer's stock count at the desk) never interrupts a
  // visitor mid-step; the kiosk's own scans are always answered.
  useEvent('scans.result', (outcome) => {
    if (outcome.kind === 'asset_label' && current.current.name !== 'home') return;
    show(outcome);
  });

  // Leaving the kiosk (the officer's PIN) ends whatever check-out was under way, as any other exit.
  const leaveOnUnmount = useRef(home);
  useEffect(() => {
    leaveOnUnmount.current = home;
  }, [home]);
  useEffect(() => () => leaveOnUnmount.current(), []);

  /** Idle: back to the welcome screen, everything typed gone, in Indonesian for the next visitor. */
  const reset = useCallback(() => {
    go(HOME);
    void i18n.changeLanguage('id');
  }, [go, i18n]);

  // The finish screen closes with the core's intent, touches or not.
  useEffect(() => {
    if (step.name !== 'finishScan') return;
    const timer = window.setTimeout(reset, step.closesInMs);
    return () => window.clearTimeout(timer);
  }, [step, reset]);

  const finish = useCallback(() => {
    expectCheckout(
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
  }, [expectCheckout, go, show]);
  const register = useCallback(() => go({ name: 'register' }), [go]);
  const openService = useCallback(
    (service: KioskService) =>
      go(
        service === 'survey'
          ? { name: 'survey', offer: null }
          : service === 'standards' || service === 'agenda'
            ? { name: service }
            : { name: service, serviceId: null },
      ),
    [go],
  );

  const idle = idleOf(step);
  return (
    <KioskFrame
      help={helpOf(step)}
      onOfficer={step.name === 'home' ? onOfficer : undefined}
      testId="kiosk-screen"
    >
      {idle && <IdleGuard key={stepKey(step)} {...idle} onTimeout={reset} />}
      <KioskHome
        hidden={step.name !== 'home'}
        onRegister={register}
        onFinish={finish}
        finishing={finishing}
        onService={openService}
      />
      <Suspense
        fallback={
          <Center pt={240}>
            <Loader size="xl" aria-label={t('kiosk.oneMoment')} />
          </Center>
        }
      >
        {step.name === 'guestbook' && <KioskGuestbook serviceId={step.serviceId} onDone={home} />}
        {step.name === 'standards' && (
          <KioskStandards onDone={home} onTakeNumber={(serviceId) => go({ name: 'guestbook', serviceId })} />
        )}
        {step.name === 'survey' && <KioskSurvey offer={step.offer} onDone={home} />}
        {step.name === 'complaint' && <KioskComplaints serviceId={step.serviceId} onDone={home} />}
        {step.name === 'agenda' && <KioskAgenda onDone={home} />}
      </Suspense>
      {step.name === 'register' && (
        <RegisterWalkIn onBack={home} onRegistered={(ticket) => go({ name: 'ticket', ticket })} />
      )}
      {step.name === 'ticket' && <WalkInTicket ticket={step.ticket} onDone={home} />}
      {step.name === 'finishScan' && (
        <div className="kiosk-step" data-testid="finish-scan">
          <Stack align="center" gap="xl" data-area="top">
            <Title order={1} fz="kioskH1" ta="center">
              {t('kiosk.finishScanTitle')}
            </Title>
            <Text size="kioskLead" ta="center">
              {t('kiosk.finishScanHint')}
            </Text>
          </Stack>
          <Stack align="center" data-area="middle">
            <QrIcon size={240} color="var(--mantine-color-civic-8)" />
          </Stack>
          <Stack gap="md" data-area="bottom">
            <Text size="kiosk" ta="center" c="dimmed">
              {t('kiosk.finishScanTimeout')}
            </Text>
            <Button size="kioskPrimary" fullWidth variant="default" onClick={home} data-testid="finish-back">
              {t('register.back')}
            </Button>
          </Stack>
        </div>
      )}
      {step.name === 'scan' && step.outcome.kind === 'checked_in' && (
        <CheckedInCard outcome={step.outcome} onDone={home} onTimeout={reset} />
      )}
      {step.name === 'scan' && step.outcome.kind === 'refused' && (
        <RefusedCard outcome={step.outcome} onRegister={register} onDone={home} onTimeout={reset} />
      )}
      {step.name === 'scan' && step.outcome.kind === 'event_attendance' && (
        <AttendanceResult outcome={step.outcome} onDone={home} onTimeout={reset} />
      )}
      {step.name === 'scan' && step.outcome.kind === 'asset_label' && (
        <AssetLabelCard outcome={step.outcome} onRegister={register} onDone={home} onTimeout={reset} />
      )}
      {step.name === 'scan' && step.outcome.kind === 'checkout_started' && (
        <CheckoutChecklist
          key={step.outcome.scanId}
          outcome={step.outcome}
          onNotYet={home}
          onSent={(sent) =>
            go({
              name: 'checkoutSent',
              firstName: sent.firstName,
              desk: sent.deskNumber,
              surveyToken: sent.surveyToken,
            })
          }
        />
      )}
      {step.name === 'claiming' && (
        <Center pt={240} data-testid="checkout-claiming">
          <Stack align="center" gap="lg">
            <Loader size="xl" aria-label={t('kiosk.oneMoment')} />
            <Text size="kioskLead">{t('kiosk.oneMoment')}</Text>
          </Stack>
        </Center>
      )}
      {step.name === 'checkoutSent' && (
        <div className="kiosk-step" data-testid="checkout-sent">
          <Stack align="center" gap="lg" data-area="top">
            <CheckIcon size={96} color="var(--mantine-color-teal-9)" />
            <Title order={1} fz="kioskH1" ta="center">
              {t('checkout.thanks', { name: step.firstName })}
            </Title>
            <Text size="kioskLead" ta="center">
              {t('checkout.officerWillCheck', { desk: step.desk })}
            </Text>
          </Stack>
          <Stack gap="md" data-area="bottom">
            {step.surveyToken && offersSurvey && (
              <Button
                size="kioskPrimary"
                fullWidth
                onClick={() =>
                  go({ name: 'survey', offer: { serviceId: 'coworking', token: step.surveyToken! } })
                }
                data-testid="checkout-survey"
              >
                {t('checkout.rateUs')}
              </Button>
            )}
            <Button
              size="kioskPrimary"
              fullWidth
              variant={step.surveyToken && offersSurvey ? 'default' : 'filled'}
              onClick={home}
            >
              {t('scan.ok')}
            </Button>
            <ResultCountdown onTimeout={reset} />
          </Stack>
        </div>
      )}
    </KioskFrame>
  );
}

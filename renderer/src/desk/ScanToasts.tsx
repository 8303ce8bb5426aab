import { useEffect, useState } from 'react';
import { Affix, Notification, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicScanOutcome } from '../../../shared/contract';
import { useEvent } from '../api/ApiContext';

const SHOW_MS = 10_000;
const MAX_SHOWN = 4;

/** The toast's colour and text for one scan outcome. */
function describe(t: (k: string, p?: Record<string, unknown>) => string, s: PublicScanOutcome) {
  switch (s.kind) {
    case 'checked_in':
      return {
        color: 'green',
        title: t('board.scan.checkedInTitle'),
        body: t(s.deskChanged ? 'board.scan.checkedInMoved' : 'board.scan.checkedIn', {
          name: s.firstName,
          desk: s.deskNumber,
        }),
      };
    case 'checkout_started':
      return {
        color: 'violet',
        title: t('board.scan.checkoutTitle'),
        body: t('board.scan.checkout', { name: s.firstName, desk: s.deskNumber }),
      };
    case 'refused':
      return {
        color: 'red',
        title: t('board.scan.refusedTitle'),
        body: [s.firstName, t(`board.refusal.${s.reason}`, { holiday: s.holidayName ?? '' })]
          .filter(Boolean)
          .join(': '),
      };
    case 'test':
      return null; // the settings screen's "scan a test code" shows its own answer
    case 'asset_label':
      return {
        color: 'blue',
        title: t('inventory.scan.toastTitle'),
        body: s.name
          ? t('inventory.scan.toastKnown', { code: s.assetCode, name: s.name })
          : t('inventory.scan.toastUnknown', { code: s.assetCode }),
      };
    case 'event_attendance':
      return {
        color: s.result === 'counted' ? 'teal' : 'orange',
        title: t('requests.scan.toastTitle'),
        body:
          s.result === 'counted'
            ? t('requests.scan.toastCounted', { ordinal: s.ordinal ?? 0, subject: s.subject ?? '' })
            : t(`requests.scan.toast_${s.result}`),
      };
    default: {
      const never: never = s;
      return never;
    }
  }
}

/** A live note for each scan at the kiosk: who came in at which desk, or why a scan was refused. */
export function ScanToasts() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<PublicScanOutcome[]>([]);
  useEvent('scans.result', (s) =>
    s.kind === 'test'
      ? undefined
      : setShown((prev) => [s, ...prev.filter((p) => p.scanId !== s.scanId)].slice(0, MAX_SHOWN)),
  );
  const oldest = shown.at(-1);
  useEffect(() => {
    if (!oldest) return;
    const timer = setTimeout(
      () => setShown((prev) => prev.filter((p) => p.scanId !== oldest.scanId)),
      SHOW_MS,
    );
    return () => clearTimeout(timer);
  }, [oldest]);
  if (shown.length === 0) return null;
  return (
    <Affix position={{ bottom: 72, right: 16 }} zIndex={300}>
      <Stack gap="xs" w={420} role="log" aria-live="polite" aria-label={t('board.scan.region')}>
        {shown.map((s) => {
          const d = describe(t, s);
          if (!d) return null;
          return (
            <Notification
              key={s.scanId}
              color={d.color}
              title={d.title}
              withBorder
              onClose={() => setShown((prev) => prev.filter((p) => p.scanId !== s.scanId))}
              closeButtonProps={{ 'aria-label': t('board.close') }}
              data-testid="scan-toast"
              data-kind={s.kind}
            >
              <Text size="sm" c="dark.9">
                {d.body}
              </Text>
            </Notification>
          );
        })}
      </Stack>
    </Affix>
  );
}

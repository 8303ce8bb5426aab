// The small pieces every requests screen shows the same way: the status badge in words, the overdue
// flag ("Terlambat 25 menit"), a slot as day and hours, a type's and a room's name from the settings.
import { useEffect, useRef } from 'react';
import { Badge, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus, Slot } from '../../../shared/requests/requestRecord';
import type { RequestSettings } from '../../../shared/requests/requestSettings';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { lateParts, STATUS_COLOR, timeRangeText } from './requestsText';

export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant="filled"
      // The word is the status: never cut to "Dijadw…" in a narrow column.
      styles={{
        root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' },
        label: { overflow: 'visible', textOverflow: 'clip' },
      }}
      data-testid="request-status"
      data-status={status}
    >
      {t(`requests.status.${status}`)}
    </Badge>
  );
}

/** "Terlambat 25 menit", "Terlambat 1 jam 5 menit"; "Terlambat" alone when the minutes are not known. */
export function useLateText(): (minutes: number | null) => string {
  const { t } = useTranslation();
  return (minutes) => {
    if (minutes === null) return t('requests.late.plain');
    const p = lateParts(minutes);
    if (p.days > 0) return t('requests.late.days', { days: p.days, hours: p.hours });
    if (p.hours > 0) return t('requests.late.hours', { hours: p.hours, minutes: p.minutes });
    return t('requests.late.minutes', { minutes: p.minutes });
  };
}

export function OverdueBadge({ minutes }: { minutes: number | null }) {
  const late = useLateText();
  return (
    <Badge color="red.9" variant="filled" data-testid="overdue-flag">
      ⚠ {late(minutes)}
    </Badge>
  );
}

/** "Rabu, 9 Desember 2026 · 09.00–11.00 · Ruang Pontive Center". */
export function SlotText({
  slot,
  settings,
  withRoom = true,
  size = 'sm',
}: {
  slot: Slot | null;
  settings: RequestSettings | undefined;
  withRoom?: boolean;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  const dates = useDates();
  if (!slot)
    return (
      <Text size={size} c="gray.8">
        {t('requests.list.noSlot')}
      </Text>
    );
  return (
    <div data-testid="slot-text">
      <Text size={size} fw={600} style={{ whiteSpace: 'nowrap' }}>
        {dates.day(slot.day)}
      </Text>
      <Text size={size} className="tabular">
        {timeRangeText(slot.start, slot.end, dates.lang)}
        {withRoom ? ` · ${roomName(settings, slot.roomId)}` : ''}
      </Text>
    </div>
  );
}

export const roomName = (settings: RequestSettings | undefined, roomId: string | null): string =>
  (roomId && settings?.rooms.find((r) => r.id === roomId)?.name) || (roomId ?? '—');

export function typeName(settings: RequestSettings | undefined, typeId: string, lang: 'id' | 'en'): string {
  const type = settings?.types.find((t) => t.id === typeId);
  return type ? type.name[lang] : typeId;
}

/** The site's request types and rooms (settings), read once and kept fresh by the 'settings' topic. */
export function useRequestSettings(session: string) {
  return useApiQuery('requests.settings.get', {}, { session });
}

/**
 * Runs `refresh` every `ms` while the screen is open. The cache keeps an answer until the data
 * changes, but a step becomes overdue by the clock alone, with no change to announce it.
 */
export function useRefreshEvery(ms: number, refresh: () => unknown): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const timer = setInterval(() => void latest.current(), ms);
    return () => clearInterval(timer);
  }, [ms]);
}

const NOTICE = {
  error: { bg: 'red.0', ink: 'var(--mantine-color-red-9)' },
  warning: { bg: 'orange.0', ink: '#8a3b00' },
  ok: { bg: 'teal.0', ink: 'var(--mantine-color-teal-9)' },
} as const;

/**
 * A boxed message of the check (missing fields, broken rules, a clash, all clear): a pale ground,
 * a dark edge and title in the message's colour and dark body text, readable at AA whatever its tone
 * (Mantine's light alerts in dark shades fill the box and hide a dark title).
 */
export function Notice({
  tone,
  title,
  children,
  testId,
}: {
  tone: keyof typeof NOTICE;
  title?: string;
  children?: React.ReactNode;
  testId?: string;
}) {
  const c = NOTICE[tone];
  return (
    <Paper
      p="sm"
      bg={c.bg}
      radius="sm"
      role={tone === 'ok' ? 'status' : 'alert'}
      style={{ border: `1px solid ${c.ink}`, borderLeftWidth: 5 }}
      data-testid={testId}
    >
      {title && (
        <Text fw={700} size="sm" mb={children ? 4 : 0} style={{ color: c.ink }}>
          {title}
        </Text>
      )}
      {children}
    </Paper>
  );
}

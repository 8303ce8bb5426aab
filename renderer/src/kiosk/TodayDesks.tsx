import { memo, useMemo } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DesksToday, FloorPlan } from '../../../shared/contract';
import { useApiQuery } from '../api/useApiQuery';
import { FloorPlanMap } from '../places/FloorPlanMap';
import { DESK_SYMBOL as SYMBOL } from '../places/PlanShapes';
import { useHomeShown } from './homeShown';

// Never colour alone (WCAG 1.4.1): each state has its symbol and, in the legend, its word.
/** More desks than this off the map and the card shows free ones only, at most this many. */
export const MAX_CHIPS = 48;

/**
 * The desks shown as chips (those not on the room map): all of them while they fit, else the first
 * free ones, and how many more are free. A wall of hundreds of numbers reads as nothing to a visitor
 * at arm's length, and rendering it was most of the home screen's first paint at a large site.
 */
export function deskChips<D extends { number: number; state: string }>(
  items: readonly D[],
  onMap: ReadonlySet<number>,
): { chips: D[]; moreFree: number } {
  const offMap = items.filter((d) => !onMap.has(d.number));
  if (offMap.length <= MAX_CHIPS) return { chips: offMap, moreFree: 0 };
  const free = offMap.filter((d) => d.state === 'free');
  return { chips: free.slice(0, MAX_CHIPS), moreFree: Math.max(0, free.length - MAX_CHIPS) };
}

/**
 * Today's desks for anyone in the lobby (desks.today): how many are free and which, on the room map
 * where the officer drew one, as numbered chips otherwise; never who sits where. Live: a check-in
 * anywhere refreshes it (the core's change event), except while the home is hidden (homeShown.ts).
 */
export function TodayDesks() {
  const today = useApiQuery('desks.today', {}, { subscribed: useHomeShown() }).data;
  const plan = useApiQuery('floorPlan.get', {}).data;
  return <TodayDesksCard today={today} plan={plan} />;
}

/** The card itself, memoised: pausing or resuming the read (the home hiding) redraws nothing. */
const TodayDesksCard = memo(function TodayDesksCard({
  today,
  plan,
}: {
  today: DesksToday | undefined;
  plan: FloorPlan | null | undefined;
}) {
  const { t } = useTranslation();
  const states = useMemo(() => new Map(today?.items.map((d) => [d.number, d.state])), [today]);
  if (!today || today.total === 0) return null;
  const { chips, moreFree } = deskChips(today.items, new Set(plan?.desks.map((d) => d.number)));
  return (
    <section className="kiosk-card" aria-labelledby="today-desks-title" data-testid="kiosk-today-desks">
      <Stack gap="md">
        <Group justify="space-between" align="baseline" wrap="nowrap">
          <Title order={2} fz="kioskH3" id="today-desks-title">
            {t('home.desksTitle')}
          </Title>
          <Text size="kioskLead" fw={800} c="teal.9" data-testid="kiosk-free-desks">
            {t('home.freeOf', { free: today.free, total: today.total })}
          </Text>
        </Group>
        {today.free === 0 && <Text size="kiosk">{t('home.noneFree')}</Text>}
        {plan && (
          <FloorPlanMap
            plan={plan}
            today={states}
            label={t('home.mapLabel', { free: today.free, total: today.total })}
            size="home"
            testId="home-map"
          />
        )}
        {chips.length > 0 && (
          <div className="kiosk-desk-chips" role="list">
            {chips.map((d) => (
              <span
                key={d.number}
                role="listitem"
                className="kiosk-desk-chip"
                data-state={d.state}
                data-testid="kiosk-desk-chip"
                data-desk={d.number}
                aria-label={t('home.deskState', { desk: d.number, state: t(`home.state.${d.state}`) })}
              >
                <span aria-hidden="true">{SYMBOL[d.state]}</span>
                {d.number}
              </span>
            ))}
          </div>
        )}
        {moreFree > 0 && (
          <Text size="kiosk" data-testid="kiosk-more-free">
            {t('home.moreFree', { count: moreFree })}
          </Text>
        )}
        <Text size="kioskSmall" c="dimmed" aria-hidden="true">
          {(['free', 'occupied', 'reserved'] as const)
            .map((s) => `${SYMBOL[s]} ${t(`home.state.${s}`)}`)
            .join('   ')}
        </Text>
      </Stack>
    </section>
  );
});

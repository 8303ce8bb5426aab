import { useMemo } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { FloorPlanMap } from '../places/FloorPlanMap';
import { DESK_SYMBOL as SYMBOL } from '../places/PlanShapes';

// Never colour alone (WCAG 1.4.1): each state has its symbol and, in the legend, its word.
/** More chips than this and the card says the count and the free numbers only. */
const MAX_CHIPS = 48;

/**
 * Today's desks for anyone in the lobby (desks.today): how many are free and which, on the room map
 * where the officer drew one, as numbered chips otherwise; never who sits where. Live: a check-in
 * anywhere refreshes it (the core's change event).
 */
export function TodayDesks() {
  const { t } = useTranslation();
  const today = useApiQuery('desks.today', {}).data;
  const plan = useApiQuery('floorPlan.get', {}).data;
  const states = useMemo(() => new Map(today?.items.map((d) => [d.number, d.state])), [today]);
  if (!today || today.total === 0) return null;
  const onMap = new Set(plan?.desks.map((d) => d.number));
  const offMap = today.items.filter((d) => !onMap.has(d.number));
  const chips = offMap.length <= MAX_CHIPS ? offMap : offMap.filter((d) => d.state === 'free');
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
        <Text size="kioskSmall" c="dimmed" aria-hidden="true">
          {(['free', 'occupied', 'reserved'] as const)
            .map((s) => `${SYMBOL[s]} ${t(`home.state.${s}`)}`)
            .join('   ')}
        </Text>
      </Stack>
    </section>
  );
}

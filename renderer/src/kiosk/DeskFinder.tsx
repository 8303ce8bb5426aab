import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { FloorPlanMap } from '../places/FloorPlanMap';
import { useAfterFirstPaint } from './useAfterFirstPaint';

/**
 * Where desk `desk` is: the room map with the desk lit and the walk from the door (floorPlan.get and
 * desks.list, fetched on the home screen already), or, without a map, the desk's label and zone.
 * Drawn once the answer it belongs to has been painted, alone, a frame or two before it
 * (bench/scanPainted.ts).
 */
export function DeskFinder({ desk }: { desk: number }) {
  const { t } = useTranslation();
  const ready = useAfterFirstPaint();
  const plan = useApiQuery('floorPlan.get', {}).data;
  // The desks as set up (label, zone), not today's states: a check-in's change event refetches
  // nothing behind its own answer.
  const place = useApiQuery('desks.list', {}).data?.items.find((d) => d.number === desk);
  if (!ready) return null;
  const where = place?.zone ? t('scan.deskZone', { desk, zone: place.zone }) : null;
  const ownLabel = place && place.label !== t('board.deskN', { desk }) ? place.label : null;
  if (plan?.desks.some((d) => d.number === desk)) {
    return (
      <Stack gap="sm" data-area="middle" data-testid="desk-finder">
        <FloorPlanMap plan={plan} litDesk={desk} label={t('map.label', { desk })} size="result" />
        <Text size="kiosk" ta="center">
          {t('map.follow', { desk })}
          {where ? ` ${where}` : ''}
        </Text>
      </Stack>
    );
  }
  if (!where && !ownLabel) return null;
  return (
    <div className="kiosk-info" data-area="middle" style={{ alignSelf: 'start' }} data-testid="desk-finder">
      {ownLabel && (
        <Text size="kioskLead" fw={700} ta="center">
          {ownLabel}
        </Text>
      )}
      {where && (
        <Text size="kiosk" ta="center">
          {where}
        </Text>
      )}
    </div>
  );
}

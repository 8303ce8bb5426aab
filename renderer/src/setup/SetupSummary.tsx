import type { ReactNode } from 'react';
import { Image, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDates } from '../dates/useDates';
import { writtenLines } from '../admin/identityForm';
import type { SetupValues } from './setupForm';

/** "Periksa data Anda": everything the setup will save, in one look, before it is saved. */
export function SetupSummary({ values }: { values: SetupValues }) {
  const { t } = useTranslation();
  const dates = useDates();
  const zones = (rows: SetupValues['desks']) =>
    [...new Set(rows.map((r) => r.zone.trim()).filter(Boolean))].join(', ') || '–';
  const row = (label: string, value: ReactNode, testId?: string) => (
    <Table.Tr>
      <Table.Th w={260} fz="lg">
        {label}
      </Table.Th>
      <Table.Td fz="lg" data-testid={testId}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" data-testid="setup-summary">
      <Paper withBorder p="md">
        <Table>
          <Table.Tbody>
            {row(t('admin.identity.siteName'), values.site.siteName, 'summary-site')}
            {row(t('admin.identity.officeName'), values.site.officeName, 'summary-office')}
            {row(
              t('admin.identity.letterhead'),
              <Stack gap={0}>
                {writtenLines(values.site.letterhead).lines.map((l, i) => (
                  <Text key={i} fz="lg">
                    {l}
                  </Text>
                ))}
              </Stack>,
            )}
            {row(
              t('admin.identity.logo'),
              values.site.logo ? (
                <Image
                  src={values.site.logo}
                  alt={t('admin.identity.logoAlt')}
                  h={48}
                  w="auto"
                  fit="contain"
                />
              ) : (
                t('admin.identity.noLogo')
              ),
            )}
            {row(t('setup.adminName'), values.admin.fullName, 'summary-admin')}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Table>
          <Table.Tbody>
            {row(
              t('settings.desksTitle'),
              t('setup.placesCount', { count: values.desks.length, zones: zones(values.desks) }),
              'summary-desks',
            )}
            {row(
              t('settings.lockersTitle'),
              t('setup.placesCount', { count: values.lockers.length, zones: zones(values.lockers) }),
              'summary-lockers',
            )}
            {row(
              t('board.rules.openDays'),
              values.calendar.openDays.map((d) => t(`board.weekday.${d}`)).join(', '),
            )}
            {row(
              t('setup.hours'),
              `${values.calendar.opensAt.replace(':', '.')}–${values.calendar.closesAt.replace(':', '.')} WIB`,
              'summary-hours',
            )}
            {row(
              t('board.rules.holidays'),
              values.calendar.holidays.length === 0
                ? t('board.rules.noHolidays')
                : values.calendar.holidays
                    .map((h) => `${dates.day(h.date)}${'name' in h && h.name ? ` (${h.name})` : ''}`)
                    .join('; '),
            )}
            {row(t('board.rules.maxStay'), String(values.maxStayMinutes))}
          </Table.Tbody>
        </Table>
      </Paper>
    </SimpleGrid>
  );
}

import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RulesSettings } from '../../../shared/contract';
import { useSchemaForm, type SchemaForm } from '../forms/useSchemaForm';
import { isDay } from '../dates/dates';
import { DayInput } from '../dates/DayInput';
import { useDates } from '../dates/useDates';

type Calendar = RulesSettings['calendar'];
type Weekday = Calendar['openDays'][number];
const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

interface HolidayValues extends Record<string, unknown> {
  date: string;
  name: string;
}

/**
 * The service calendar (SOP 97): opening and closing time as 24-hour HH:MM, the open days and the
 * holidays. The form holds it under `calendar` (the rules settings and the setup screen alike).
 */
export function ServiceHoursFields({
  form,
  size = 'sm',
}: {
  form: SchemaForm<{ calendar: Calendar }>;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const holiday = useSchemaForm<HolidayValues>({
    initialValues: { date: '', name: '' },
    validate: ({ date }) => (isDay(date) ? {} : { date: 'board.rules.dateInvalid' }),
  });
  const calendar = form.getValues().calendar;
  const setHolidays = (holidays: Calendar['holidays']) => form.setFieldValue('calendar.holidays', holidays);

  const addHoliday = holiday.onSubmit(({ date, name }) => {
    const others = calendar.holidays.filter((h) => h.date !== date);
    const trimmed = name.trim();
    setHolidays(
      [...others, { date, ...(trimmed ? { name: trimmed } : {}) }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    );
    holiday.reset();
  });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="service-hours">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            size={size}
            placeholder="07:00"
            description={t('board.rules.timeHint')}
            maxLength={5}
            inputMode="numeric"
            autoComplete="off"
            label={t('board.rules.opensAt')}
            {...form.getInputProps('calendar.opensAt')}
            data-testid="rules-opens"
          />
          <TextInput
            size={size}
            placeholder="15:45"
            description={t('board.rules.timeHint')}
            maxLength={5}
            inputMode="numeric"
            autoComplete="off"
            label={t('board.rules.closesAt')}
            {...form.getInputProps('calendar.closesAt')}
            data-testid="rules-closes"
          />
        </Group>
        <Checkbox.Group
          size={size}
          label={t('board.rules.openDays')}
          value={calendar.openDays.map(String)}
          onChange={(v) => form.setFieldValue('calendar.openDays', v.map(Number).sort() as Weekday[])}
          error={form.getInputProps('calendar.openDays').error}
        >
          <Group mt="xs" gap="md">
            {WEEKDAYS.map((d) => (
              <Checkbox
                key={d}
                size={size}
                value={String(d)}
                label={t(`board.weekday.${d}`)}
                data-testid={`rules-day-${d}`}
              />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
      <Paper withBorder p="sm">
        <Stack gap="xs" data-testid="rules-holidays">
          <Text fw={700}>{t('board.rules.holidays')}</Text>
          {calendar.holidays.length === 0 ? (
            <Text c="gray.7">{t('board.rules.noHolidays')}</Text>
          ) : (
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('board.day')}</Table.Th>
                  <Table.Th>{t('board.rules.holidayName')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('board.col.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {calendar.holidays.map((h) => (
                  <Table.Tr key={h.date} data-testid="rules-holiday" data-date={h.date}>
                    <Table.Td>{dates.day(h.date)}</Table.Td>
                    <Table.Td>{('name' in h && h.name) || '–'}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('board.rules.removeHoliday', { day: dates.day(h.date) })}
                        onClick={() => setHolidays(calendar.holidays.filter((x) => x.date !== h.date))}
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group align="flex-end" wrap="nowrap">
            <DayInput
              label={t('board.day')}
              value={holiday.values.date}
              onChange={(d) => holiday.setFieldValue('date', d)}
              error={holiday.getInputProps('date').error}
              size={size}
              w={260}
              testId="rules-holiday-date"
            />
            <TextInput
              style={{ flex: 1 }}
              label={t('board.rules.holidayName')}
              placeholder={t('board.rules.holidayNameHint')}
              maxLength={120}
              {...holiday.getInputProps('name')}
              data-testid="rules-holiday-name"
            />
            <Button variant="default" onClick={() => addHoliday()} data-testid="rules-holiday-add">
              {t('board.rules.addHoliday')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

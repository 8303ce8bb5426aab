import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RulesSettings as Rules } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { formatDay } from './deskFormat';
import { checkRules } from './rulesForm';

type Weekday = Rules['calendar']['openDays'][number];
const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Where checkRules' keys land on the form. */
const RULE_PATHS: Record<string, string> = {
  opensAt: 'calendar.opensAt',
  closesAt: 'calendar.closesAt',
  openDays: 'calendar.openDays',
  maxStayMinutes: 'maxStayMinutes',
  warning0: 'warningMinutes.0',
  warning1: 'warningMinutes.1',
};
const checkRulesForm = (rules: Rules) =>
  Object.fromEntries(Object.entries(checkRules(rules)).map(([k, key]) => [RULE_PATHS[k] ?? k, key]));

interface HolidayValues extends Record<string, unknown> {
  date: string;
  name: string;
}

function RulesForm({
  saved,
  session,
  onSaved,
  justSaved,
}: {
  saved: Rules;
  session: string;
  onSaved: () => void;
  justSaved: boolean;
}) {
  const { t, i18n } = useTranslation();
  const update = useApiMutation('settings.rules.update', { session });
  const form = useSchemaForm<Rules & Record<string, unknown>>({
    initialValues: saved,
    validate: checkRulesForm,
  });
  const holiday = useSchemaForm<HolidayValues>({
    initialValues: { date: '', name: '' },
    validate: ({ date }) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? {} : { date: 'board.rules.dateInvalid' }),
  });
  const rules = form.values;
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const setHolidays = (holidays: Rules['calendar']['holidays']) =>
    form.setFieldValue('calendar.holidays', holidays);

  const addHoliday = holiday.onSubmit(({ date, name }) => {
    const others = rules.calendar.holidays.filter((h) => h.date !== date);
    const trimmed = name.trim();
    setHolidays(
      [...others, { date, ...(trimmed ? { name: trimmed } : {}) }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    );
    holiday.reset();
  });

  return (
    <form
      data-testid="settings-rules"
      noValidate
      onSubmit={form.onSubmit((values) =>
        update.mutate(values, {
          onSuccess: onSaved,
          onError: (e) => showServerErrors(form, e.appError, Object.values(RULE_PATHS)),
        }),
      )}
    >
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('board.rules.title')}
        </Title>
        <SimpleGrid cols={2} spacing="lg">
          <Stack gap="sm">
            <Group grow align="flex-start">
              <TextInput
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
                placeholder="07:00"
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
              label={t('board.rules.openDays')}
              value={rules.calendar.openDays.map(String)}
              onChange={(v) => form.setFieldValue('calendar.openDays', v.map(Number).sort() as Weekday[])}
              error={form.getInputProps('calendar.openDays').error}
            >
              <Group mt="xs" gap="md">
                {WEEKDAYS.map((d) => (
                  <Checkbox
                    key={d}
                    value={String(d)}
                    label={t(`board.weekday.${d}`)}
                    data-testid={`rules-day-${d}`}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <Group grow align="flex-start">
              <NumberInput
                label={t('board.rules.maxStay')}
                description={t('board.rules.maxStayHint')}
                min={30}
                max={720}
                allowDecimal={false}
                {...form.getInputProps('maxStayMinutes')}
                data-testid="rules-max-stay"
              />
              <NumberInput
                label={t('board.rules.firstWarning')}
                description={t('board.rules.minutesBefore')}
                min={1}
                max={120}
                allowDecimal={false}
                {...form.getInputProps('warningMinutes.0')}
                data-testid="rules-warning-first"
              />
              <NumberInput
                label={t('board.rules.finalWarning')}
                description={t('board.rules.minutesBefore')}
                min={1}
                max={120}
                allowDecimal={false}
                {...form.getInputProps('warningMinutes.1')}
                data-testid="rules-warning-final"
              />
            </Group>
            <Switch
              label={t('board.rules.autoClose')}
              description={t('board.rules.autoCloseHint')}
              {...form.getInputProps('autoCloseAtLimit', { type: 'checkbox' })}
              data-testid="rules-auto-close"
            />
          </Stack>
          <Paper withBorder p="sm">
            <Stack gap="xs" data-testid="rules-holidays">
              <Text fw={700}>{t('board.rules.holidays')}</Text>
              {rules.calendar.holidays.length === 0 ? (
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
                    {rules.calendar.holidays.map((h) => (
                      <Table.Tr key={h.date} data-testid="rules-holiday" data-date={h.date}>
                        <Table.Td>{formatDay(h.date, locale)}</Table.Td>
                        <Table.Td>{('name' in h && h.name) || '–'}</Table.Td>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            aria-label={t('board.rules.removeHoliday', { day: h.date })}
                            onClick={() =>
                              setHolidays(rules.calendar.holidays.filter((x) => x.date !== h.date))
                            }
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
                <TextInput
                  type="date"
                  label={t('board.day')}
                  {...holiday.getInputProps('date')}
                  description={
                    /^\d{4}-\d{2}-\d{2}$/.test(holiday.values.date)
                      ? formatDay(holiday.values.date, locale)
                      : ' '
                  }
                  data-testid="rules-holiday-date"
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
        <FormError error={update.error?.appError} shownFields={Object.values(RULE_PATHS)} />
        {justSaved && !form.isDirty() && (
          <Alert color="green" role="status" data-testid="rules-saved">
            {t('board.rules.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} data-testid="rules-save">
            {t('board.rules.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Issue item 4: service hours, open days, holidays, stay limit, warnings, auto-close. */
export function RulesSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const rules = useApiQuery('settings.rules.get', {});
  // Set when this screen saved, and kept across the fresh form the core's change event brings.
  const [justSaved, setJustSaved] = useState(false);
  if (!rules.data) return <Text>{t('board.loading')}</Text>;
  return (
    <RulesForm
      key={rules.dataUpdatedAt}
      saved={rules.data}
      session={session}
      onSaved={() => setJustSaved(true)}
      justSaved={justSaved}
    />
  );
}

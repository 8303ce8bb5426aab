import { useEffect, useState } from 'react';
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
import { useApi } from '../api/ApiContext';
import { formatDay } from './deskFormat';
import { checkRules } from './rulesForm';
import { useOfficerCall } from './useOfficerCall';
import { CallError } from './CallError';

type Weekday = Rules['calendar']['openDays'][number];
const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Issue item 4: service hours, open days, holidays, stay limit, warnings, auto-close. */
export function RulesSettings({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const call = useOfficerCall(session, 'settings.rules.update');
  const [rules, setRules] = useState<Rules | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [holiday, setHoliday] = useState({ date: '', name: '' });

  useEffect(() => {
    void api.invoke('settings.rules.get', {}).then((r) => r.ok && setRules(r.value));
  }, [api]);

  if (!rules) return <Text>{t('board.loading')}</Text>;

  const edit = (next: Rules) => {
    setRules(next);
    setSaved(false);
  };
  const cal = (patch: Partial<Rules['calendar']>) =>
    edit({ ...rules, calendar: { ...rules.calendar, ...patch } });
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const msg = (field: string) => (errors[field] ? t(errors[field]) : undefined);

  async function save() {
    if (!rules) return;
    const found = checkRules(rules);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const value = await call.run(rules);
    if (value) {
      setRules(value);
      setSaved(true);
    }
  }

  function addHoliday() {
    if (!rules || !/^\d{4}-\d{2}-\d{2}$/.test(holiday.date)) {
      setErrors((e) => ({ ...e, holidayDate: 'board.rules.dateInvalid' }));
      return;
    }
    const others = rules.calendar.holidays.filter((h) => h.date !== holiday.date);
    const name = holiday.name.trim();
    cal({
      holidays: [...others, { date: holiday.date, ...(name ? { name } : {}) }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    });
    setHoliday({ date: '', name: '' });
    setErrors(({ holidayDate: _, ...rest }) => rest);
  }

  return (
    <form
      data-testid="settings-rules"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
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
                value={rules.calendar.opensAt}
                onChange={(e) => cal({ opensAt: e.currentTarget.value })}
                error={msg('opensAt')}
                data-testid="rules-opens"
              />
              <TextInput
                placeholder="07:00"
                description={t('board.rules.timeHint')}
                maxLength={5}
                inputMode="numeric"
                autoComplete="off"
                label={t('board.rules.closesAt')}
                value={rules.calendar.closesAt}
                onChange={(e) => cal({ closesAt: e.currentTarget.value })}
                error={msg('closesAt')}
                data-testid="rules-closes"
              />
            </Group>
            <Checkbox.Group
              label={t('board.rules.openDays')}
              value={rules.calendar.openDays.map(String)}
              onChange={(v) => cal({ openDays: v.map(Number).sort() as Weekday[] })}
              error={msg('openDays')}
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
                value={rules.maxStayMinutes}
                onChange={(v) => edit({ ...rules, maxStayMinutes: Number(v) })}
                error={msg('maxStayMinutes')}
                data-testid="rules-max-stay"
              />
              <NumberInput
                label={t('board.rules.firstWarning')}
                description={t('board.rules.minutesBefore')}
                min={1}
                max={120}
                allowDecimal={false}
                value={rules.warningMinutes[0]}
                onChange={(v) => edit({ ...rules, warningMinutes: [Number(v), rules.warningMinutes[1]] })}
                error={msg('warning0')}
                data-testid="rules-warning-first"
              />
              <NumberInput
                label={t('board.rules.finalWarning')}
                description={t('board.rules.minutesBefore')}
                min={1}
                max={120}
                allowDecimal={false}
                value={rules.warningMinutes[1]}
                onChange={(v) => edit({ ...rules, warningMinutes: [rules.warningMinutes[0], Number(v)] })}
                error={msg('warning1')}
                data-testid="rules-warning-final"
              />
            </Group>
            <Switch
              label={t('board.rules.autoClose')}
              description={t('board.rules.autoCloseHint')}
              checked={rules.autoCloseAtLimit}
              onChange={(e) => edit({ ...rules, autoCloseAtLimit: e.currentTarget.checked })}
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
                              cal({ holidays: rules.calendar.holidays.filter((x) => x.date !== h.date) })
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
                  value={holiday.date}
                  onChange={(e) => setHoliday({ ...holiday, date: e.currentTarget.value })}
                  error={msg('holidayDate')}
                  description={
                    /^\d{4}-\d{2}-\d{2}$/.test(holiday.date) ? formatDay(holiday.date, locale) : ' '
                  }
                  data-testid="rules-holiday-date"
                />
                <TextInput
                  style={{ flex: 1 }}
                  label={t('board.rules.holidayName')}
                  placeholder={t('board.rules.holidayNameHint')}
                  maxLength={120}
                  value={holiday.name}
                  onChange={(e) => setHoliday({ ...holiday, name: e.currentTarget.value })}
                  data-testid="rules-holiday-name"
                />
                <Button variant="default" onClick={addHoliday} data-testid="rules-holiday-add">
                  {t('board.rules.addHoliday')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </SimpleGrid>
        <CallError error={call.error} />
        {saved && (
          <Alert color="green" role="status" data-testid="rules-saved">
            {t('board.rules.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={call.busy} data-testid="rules-save">
            {t('board.rules.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

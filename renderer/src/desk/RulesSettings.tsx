import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RulesSettings as Rules } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { checkRules } from './rulesForm';
import { ServiceHoursFields } from './ServiceHoursFields';

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
  const { t } = useTranslation();
  const update = useApiMutation('settings.rules.update', { session });
  const form = useSchemaForm<Rules & Record<string, unknown>>({
    initialValues: saved,
    validate: checkRulesForm,
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
        <ServiceHoursFields form={form} />
        <Group grow align="flex-start" maw={900}>
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
          <NumberInput
            label={t('board.rules.bookingDaysAhead')}
            description={t('board.rules.bookingDaysAheadHint')}
            min={0}
            max={90}
            allowDecimal={false}
            {...form.getInputProps('bookingDaysAhead')}
            data-testid="rules-booking-days"
          />
        </Group>
        <Switch
          label={t('board.rules.autoClose')}
          description={t('board.rules.autoCloseHint')}
          {...form.getInputProps('autoCloseAtLimit', { type: 'checkbox' })}
          data-testid="rules-auto-close"
        />
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

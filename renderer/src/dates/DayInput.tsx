import type { ReactNode } from 'react';
import { DatePickerInput } from '@mantine/dates';
import type { MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDates } from './useDates';

/**
 * A calendar day ('YYYY-MM-DD', or '' for none) picked on a calendar in the app's language, shown as
 * "23 November 2026" whatever the browser's locale (a native date input shows mm/dd/yyyy in an
 * en-US browser). The calendar opens on the site's month, not the PC's.
 */
export function DayInput({
  label,
  value,
  onChange,
  error,
  description,
  minDay,
  clearable = false,
  placeholder,
  size,
  w,
  testId,
  autoFocus,
  withAsterisk,
}: {
  label: string;
  value: string;
  onChange: (day: string) => void;
  error?: ReactNode;
  description?: ReactNode;
  /** The first day that may be picked. */
  minDay?: string;
  clearable?: boolean;
  placeholder?: string;
  size?: MantineSize;
  w?: number | string;
  testId?: string;
  autoFocus?: boolean;
  /** A required field's red asterisk, as Mantine's inputs show it. */
  withAsterisk?: boolean;
}) {
  const { t } = useTranslation();
  const { today } = useDates();
  return (
    <DatePickerInput
      label={label}
      withAsterisk={withAsterisk}
      description={description}
      error={error}
      size={size}
      w={w}
      value={value || null}
      onChange={(day) => onChange(day ?? '')}
      valueFormat="D MMMM YYYY"
      placeholder={placeholder ?? t('dates.pick')}
      defaultDate={value || today || undefined}
      minDate={minDay}
      // "Today" would be the PC's day, not the site's.
      highlightToday={false}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('dates.clear') }}
      ariaLabels={{
        nextMonth: t('dates.nextMonth'),
        previousMonth: t('dates.previousMonth'),
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
      }}
      // Days of the months around are not shown: one month at a time, each day readable (no faded days).
      hideOutsideDates
      data-autofocus={autoFocus || undefined}
      data-testid={testId}
      data-value={value}
    />
  );
}

import 'dayjs/locale/id';
import type { ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { langOf } from './dates';

/** The date pickers speak the app's language (dayjs 'id', or 'en'), weeks start on Monday. */
export function DatesSettings({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: langOf(i18n.language), firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      {children}
    </DatesProvider>
  );
}

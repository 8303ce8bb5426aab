// The officer's tab of the standards domain (stub).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DeskStandardsPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  return <Text data-session={session ? 'yes' : 'no'}>{t('standards.tab')}</Text>;
}

// The officer's tab of the complaints domain (stub).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DeskComplaintsPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  return <Text data-session={session ? 'yes' : 'no'}>{t('complaints.tab')}</Text>;
}

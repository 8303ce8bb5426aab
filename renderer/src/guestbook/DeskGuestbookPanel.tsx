// The officer's tab of the guestbook domain (stub).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DeskGuestbookPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  return <Text data-session={session ? 'yes' : 'no'}>{t('guestbook.tab')}</Text>;
}

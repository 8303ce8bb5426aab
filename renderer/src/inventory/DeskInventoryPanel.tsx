// The officer's tab of the equipment inventory (inventaris) (stub).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DeskInventoryPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  return <Text data-session={session ? 'yes' : 'no'}>{t('inventory.tab')}</Text>;
}

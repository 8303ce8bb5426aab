// The officer's tab of the survey domain (stub).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DeskSurveyPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  return <Text data-session={session ? 'yes' : 'no'}>{t('survey.tab')}</Text>;
}

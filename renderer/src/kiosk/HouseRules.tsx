import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';

/** The site's house rules (settings.houseRules.get), in English where the site wrote it and it is chosen. */
export function HouseRules() {
  const { t, i18n } = useTranslation();
  const rules = useApiQuery('settings.houseRules.get', {}).data;
  if (!rules || rules.items.length === 0) return null;
  const english = i18n.language === 'en';
  return (
    <section className="kiosk-card" aria-labelledby="house-rules-title" data-testid="kiosk-house-rules">
      <Stack gap="sm">
        <Title order={2} fz="kioskH3" id="house-rules-title">
          {t('home.rulesTitle')}
        </Title>
        <ol className="kiosk-rules">
          {rules.items.map((rule, i) => (
            <Text component="li" size="kiosk" key={i} data-testid="kiosk-house-rule">
              {english && rule.en ? rule.en : rule.id}
            </Text>
          ))}
        </ol>
      </Stack>
    </section>
  );
}

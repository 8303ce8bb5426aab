import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The one-tap language switch, labelled in the language it switches to ("English" / "Bahasa Indonesia"). */
export function LanguageButton({ size }: { size: ButtonProps['size'] }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'id' ? 'en' : 'id';
  return (
    <Button
      size={size}
      variant="outline"
      onClick={() => void i18n.changeLanguage(next)}
      aria-label={t('status.languageLabel')}
      lang={next}
      data-testid="language-switch"
    >
      {t('status.language')}
    </Button>
  );
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

/** Bahasa Indonesia first; English one tap away (the status bar's language button). */
export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: 'id',
    fallbackLng: 'id',
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &lt; to visitors
    returnNull: false,
  });
  return i18next;
}

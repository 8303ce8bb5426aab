// The portal's words for the service standards: the kiosk's own strings (renderer/src/i18n/standards),
// so a visitor reads the same section names at the desk and on the phone, plus the page's few more.
import { standardsEn } from '../../../renderer/src/i18n/standards/en';
import { standardsId } from '../../../renderer/src/i18n/standards/id';
import type { Lang } from '../../web/lang';

const words = { id: standardsId, en: standardsEn } as const;

const extra = {
  id: {
    allServices: 'Semua layanan',
    notFound: 'Layanan tidak ditemukan',
    notFoundText:
      'Alamat ini tidak menunjuk ke salah satu dari 15 layanan. Buka daftar layanan untuk memilih.',
    siteNotFound: 'Lokasi layanan tidak ditemukan',
    moreSummary: 'Dasar hukum, sarana, pelaksana, jaminan dan evaluasi',
  },
  en: {
    allServices: 'All services',
    notFound: 'Service not found',
    notFoundText: 'This address is not one of the 15 services. Open the list of services to choose one.',
    siteNotFound: 'Service location not found',
    moreSummary: 'Legal basis, facilities, staff, guarantees and evaluation',
  },
} as const;

/** The standards' words in a language, with i18next's {{name}} placeholders filled in. */
export function standardsText(lang: Lang) {
  const w = words[lang];
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  return { ...w, ...extra[lang], fill };
}

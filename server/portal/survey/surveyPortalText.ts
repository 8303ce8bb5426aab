// The words of the portal's survey pages, Bahasa Indonesia first; the questionnaire's own wording
// comes from shared/survey/questionnaire.ts.
import type { Lang } from '../../web/lang';

const id = {
  title: 'Survei Kepuasan Masyarakat',
  intro: (service: string) =>
    `Layanan yang Anda nilai: ${service}. Pilih satu jawaban untuk setiap pertanyaan.`,
  anonymous: 'Survei ini tanpa nama: kami tidak menanyakan nama, NIK, atau nomor telepon Anda.',
  question: (n: number, of: number) => `Pertanyaan ${n} dari ${of}`,
  profileTitle: 'Tentang Anda (boleh dilewati)',
  profileHint: 'Dipakai hanya untuk menghitung karakteristik responden dalam laporan.',
  notSaying: 'Tidak ingin menyebutkan',
  occupationOther: 'Pekerjaan lainnya (sebutkan)',
  suggestion: 'Saran dan masukan (boleh dikosongkan)',
  suggestionHint: (max: number) => `Paling banyak ${max} karakter.`,
  send: 'Kirim jawaban',
  checkFields: 'Ada jawaban yang belum lengkap. Periksa pertanyaan yang ditandai.',
  thanksTitle: 'Terima kasih',
  thanks: 'Jawaban Anda sudah kami terima. Masukan Anda membantu kami memperbaiki layanan.',
  answeredTitle: 'Survei ini sudah diisi',
  answered: 'Setiap layanan dinilai satu kali. Jawaban untuk tautan ini sudah kami terima sebelumnya.',
  unknownTitle: 'Tautan survei tidak dikenal',
  unknown:
    'Tautan ini tidak dapat dibuka. Periksa kembali kode QR pada slip Anda, atau tanyakan kepada petugas. Jika slip baru saja dicetak, coba lagi beberapa menit lagi.',
  errors: {
    'errors.survey.answerMissing': 'Pilih satu jawaban.',
    'errors.survey.answerInvalid': 'Pilih salah satu dari empat jawaban.',
    'errors.survey.answersRequired': 'Jawab kesembilan pertanyaan.',
    'errors.survey.profileInvalid': 'Pilih dari daftar.',
    'errors.survey.occupationOtherTooLong': 'Terlalu panjang: paling banyak 60 karakter.',
    'errors.survey.suggestionTooLong':
      'Terlalu panjang: paling banyak 500 karakter. Teks Anda tetap ada di kotak.',
    'errors.survey.textInvalid': 'Teks tidak terbaca.',
  } as Record<string, string>,
  errorFallback: 'Periksa isian ini.',
};

type SurveyPortalText = typeof id;

const en: SurveyPortalText = {
  title: 'Satisfaction survey',
  intro: (service: string) => `The service you are rating: ${service}. Choose one answer for each question.`,
  anonymous: 'This survey is anonymous: we do not ask for your name, national ID number or phone number.',
  question: (n: number, of: number) => `Question ${n} of ${of}`,
  profileTitle: 'About you (optional)',
  profileHint: "Used only to count the respondents' characteristics in the report.",
  notSaying: 'Prefer not to say',
  occupationOther: 'Other occupation (please specify)',
  suggestion: 'Suggestions and feedback (optional)',
  suggestionHint: (max: number) => `At most ${max} characters.`,
  send: 'Send answers',
  checkFields: 'Some answers are missing. Check the marked questions.',
  thanksTitle: 'Thank you',
  thanks: 'We have received your answers. Your feedback helps us improve the service.',
  answeredTitle: 'This survey has been answered',
  answered: 'Each service is rated once. The answers for this link were received earlier.',
  unknownTitle: 'Unknown survey link',
  unknown:
    'This link cannot be opened. Check the QR code on your slip again, or ask an officer. If the slip was printed just now, try again in a few minutes.',
  errors: {
    'errors.survey.answerMissing': 'Choose one answer.',
    'errors.survey.answerInvalid': 'Choose one of the four answers.',
    'errors.survey.answersRequired': 'Answer all nine questions.',
    'errors.survey.profileInvalid': 'Choose from the list.',
    'errors.survey.occupationOtherTooLong': 'Too long: at most 60 characters.',
    'errors.survey.suggestionTooLong': 'Too long: at most 500 characters. Your text is still in the box.',
    'errors.survey.textInvalid': 'The text could not be read.',
  },
  errorFallback: 'Check this field.',
};

export const surveyPortalText: Readonly<Record<Lang, SurveyPortalText>> = { id, en };

export const surveyFieldError = (lang: Lang, key: string): string =>
  surveyPortalText[lang].errors[key] ?? surveyPortalText[lang].errorFallback;

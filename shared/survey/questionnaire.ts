// The SKM questionnaire of PermenPANRB 14/2017 (the annex's example, as offices reuse it): nine
// elements (unsur) U1…U9, each answered on a 4-point scale scored 1…4, with answers worded for the
// element (for cost the scale runs "sangat mahal … gratis", not "tidak puas … sangat puas").
// Content is data, in Bahasa Indonesia first and English, so the kiosk, the portal and the
// officer's report all show the same words. Pure: no node:, no DOM.

/** Element keys as reports label them. Answers are stored by key, never by position (see below). */
export const surveyElementKeys = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SurveyElementKey = (typeof surveyElementKeys)[number];

/** The 4-point scale: 1 = the worst answer (a), 4 = the best (d). */
export const surveyScores = [1, 2, 3, 4] as const;
export type SurveyScore = (typeof surveyScores)[number];

/** A text in both languages of the app. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export interface SurveyElement {
  readonly key: SurveyElementKey;
  /** The element's name as the regulation lists it ("Persyaratan"). */
  readonly name: Bilingual;
  /** The question put to the visitor. */
  readonly question: Bilingual;
  /** The answers for scores 1, 2, 3, 4, in that order. */
  readonly answers: readonly [Bilingual, Bilingual, Bilingual, Bilingual];
}

/**
 * Which wording this is. A stored answer set names it, so a report can tell answers given to a
 * tailored question (offices may reword a question for their service) from the annex's.
 */
export const QUESTIONNAIRE_VERSION = 'permenpanrb-14-2017/1';

const a = (id: string, en: string): Bilingual => ({ id, en });

/**
 * The nine elements in the questionnaire's order. The annex asks about facilities (sarana) 8th and
 * complaint handling 9th, and reports label them U8 Sarana, U9 Pengaduan, although the regulation's
 * list of elements names complaints before facilities: keys follow the questionnaire and reports.
 * U7 corrects the annex copy's typo ("Bagamana").
 */
export const skmElements: readonly SurveyElement[] = [
  {
    key: 'U1',
    name: a('Persyaratan', 'Requirements'),
    question: a(
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      'How well do the requirements of the service fit the kind of service it is?',
    ),
    answers: [
      a('Tidak sesuai', 'Not suitable'),
      a('Kurang sesuai', 'Not quite suitable'),
      a('Sesuai', 'Suitable'),
      a('Sangat sesuai', 'Very suitable'),
    ],
  },
  {
    key: 'U2',
    name: a('Sistem, Mekanisme, dan Prosedur', 'System, mechanism and procedure'),
    question: a(
      'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      'How easy did you find the service procedure at this office?',
    ),
    answers: [
      a('Tidak mudah', 'Not easy'),
      a('Kurang mudah', 'Not quite easy'),
      a('Mudah', 'Easy'),
      a('Sangat mudah', 'Very easy'),
    ],
  },
  {
    key: 'U3',
    name: a('Waktu Penyelesaian', 'Completion time'),
    question: a(
      'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      'How quickly were you served?',
    ),
    answers: [
      a('Tidak cepat', 'Not fast'),
      a('Kurang cepat', 'Not quite fast'),
      a('Cepat', 'Fast'),
      a('Sangat cepat', 'Very fast'),
    ],
  },
  {
    key: 'U4',
    name: a('Biaya/Tarif', 'Cost/fee'),
    question: a(
      'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      'How fair was the cost or fee of the service?',
    ),
    answers: [
      a('Sangat mahal', 'Very expensive'),
      a('Cukup mahal', 'Fairly expensive'),
      a('Murah', 'Cheap'),
      a('Gratis', 'Free'),
    ],
  },
  {
    key: 'U5',
    name: a('Produk Spesifikasi Jenis Pelayanan', 'Service product'),
    question: a(
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      'How well did what you received match the product promised in the service standard?',
    ),
    answers: [
      a('Tidak sesuai', 'Does not match'),
      a('Kurang sesuai', 'Does not quite match'),
      a('Sesuai', 'Matches'),
      a('Sangat sesuai', 'Fully matches'),
    ],
  },
  {
    key: 'U6',
    name: a('Kompetensi Pelaksana', 'Staff competence'),
    question: a(
      'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      'How competent and able were the staff who served you?',
    ),
    answers: [
      a('Tidak kompeten', 'Not competent'),
      a('Kurang kompeten', 'Not quite competent'),
      a('Kompeten', 'Competent'),
      a('Sangat kompeten', 'Very competent'),
    ],
  },
  {
    key: 'U7',
    name: a('Perilaku Pelaksana', 'Staff behaviour'),
    question: a(
      'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      'How polite and friendly were the staff?',
    ),
    answers: [
      a('Tidak sopan dan ramah', 'Not polite and friendly'),
      a('Kurang sopan dan ramah', 'Not quite polite and friendly'),
      a('Sopan dan ramah', 'Polite and friendly'),
      a('Sangat sopan dan ramah', 'Very polite and friendly'),
    ],
  },
  {
    key: 'U8',
    name: a('Sarana dan Prasarana', 'Facilities'),
    question: a(
      'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      'How good are the facilities?',
    ),
    answers: [a('Buruk', 'Poor'), a('Cukup', 'Fair'), a('Baik', 'Good'), a('Sangat baik', 'Very good')],
  },
  {
    key: 'U9',
    name: a('Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints, suggestions and feedback'),
    question: a(
      'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      'How are complaints from service users handled?',
    ),
    answers: [
      a('Tidak ada', 'There is no way to complain'),
      a('Ada tetapi tidak berfungsi', 'There is one, but it does not work'),
      a('Berfungsi kurang maksimal', 'It works, but not fully'),
      a('Dikelola dengan baik', 'Well managed'),
    ],
  },
];

export const skmElementByKey = (key: SurveyElementKey): SurveyElement => {
  const element = skmElements.find((e) => e.key === key);
  if (!element) throw new RangeError(`unknown survey element ${key}`);
  return element;
};

/** The words of one answer, e.g. answerText('U4', 4, 'id') → 'Gratis'. */
export const answerText = (key: SurveyElementKey, score: SurveyScore, lang: keyof Bilingual): string =>
  skmElementByKey(key).answers[score - 1]![lang];

// ---------------------------------------------------------------------------------------------
// The optional respondent profile (the annex's "Karakteristik responden"). Every field may be
// left out. Name, NIK (national ID number) and phone number are not part of the questionnaire and
// are never asked (UU 27/2022 on personal data: collect only what the service needs). Age is asked
// as a band rather than in years: a report counts bands, and a band identifies nobody.

export interface ProfileOption<K extends string> {
  readonly key: K;
  readonly label: Bilingual;
}

export const sexOptions = [
  { key: 'male', label: a('Laki-laki', 'Male') },
  { key: 'female', label: a('Perempuan', 'Female') },
] as const satisfies readonly ProfileOption<string>[];
export type RespondentSex = (typeof sexOptions)[number]['key'];

export const ageBandOptions = [
  { key: 'under-20', label: a('Di bawah 20 tahun', 'Under 20') },
  { key: '20-29', label: a('20–29 tahun', '20–29') },
  { key: '30-39', label: a('30–39 tahun', '30–39') },
  { key: '40-49', label: a('40–49 tahun', '40–49') },
  { key: '50-59', label: a('50–59 tahun', '50–59') },
  { key: '60-plus', label: a('60 tahun ke atas', '60 or older') },
] as const satisfies readonly ProfileOption<string>[];
export type RespondentAgeBand = (typeof ageBandOptions)[number]['key'];

/** The annex lists SD, SMP, SMA, S1, S2, S3; offices' forms add the diplomas, as here. */
export const educationOptions = [
  { key: 'sd', label: a('SD atau sederajat', 'Primary school') },
  { key: 'smp', label: a('SMP atau sederajat', 'Junior high school') },
  { key: 'sma', label: a('SMA/SMK atau sederajat', 'Senior high school') },
  { key: 'd1-d3', label: a('Diploma (D1–D3)', 'Diploma (D1–D3)') },
  { key: 'd4-s1', label: a('D4/S1', 'Bachelor (D4/S1)') },
  { key: 's2', label: a('S2', "Master's (S2)") },
  { key: 's3', label: a('S3', 'Doctorate (S3)') },
] as const satisfies readonly ProfileOption<string>[];
export type RespondentEducation = (typeof educationOptions)[number]['key'];

/**
 * The annex's PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA; students are added because they are a
 * large share of a coworking space's visitors and would otherwise all land in "Lainnya".
 */
export const occupationOptions = [
  { key: 'pns', label: a('PNS/ASN', 'Civil servant') },
  { key: 'tni', label: a('TNI', 'Armed forces (TNI)') },
  { key: 'polri', label: a('POLRI', 'Police (POLRI)') },
  { key: 'private', label: a('Pegawai swasta', 'Private employee') },
  { key: 'entrepreneur', label: a('Wirausaha', 'Self-employed') },
  { key: 'student', label: a('Pelajar / Mahasiswa', 'Student') },
  { key: 'other', label: a('Lainnya', 'Other') },
] as const satisfies readonly ProfileOption<string>[];
export type RespondentOccupation = (typeof occupationOptions)[number]['key'];

/** The profile questions in the order the form asks them, with their headings. */
export const profileQuestions = {
  ageBand: { label: a('Usia', 'Age'), options: ageBandOptions },
  sex: { label: a('Jenis kelamin', 'Sex'), options: sexOptions },
  education: { label: a('Pendidikan terakhir', 'Education'), options: educationOptions },
  occupation: { label: a('Pekerjaan', 'Occupation'), options: occupationOptions },
} as const;
export type ProfileField = keyof typeof profileQuestions;
export const profileFields = Object.keys(profileQuestions) as readonly ProfileField[];

/** The free-text "Saran dan masukan" after the nine items: optional, bounded. */
export const SUGGESTION_MAX_CHARS = 500;
/** "Lainnya, sebutkan": a few words, bounded so it cannot become a second suggestion box. */
export const OCCUPATION_OTHER_MAX_CHARS = 60;

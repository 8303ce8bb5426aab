import { describe, expect, it } from 'vitest';
import { respondentProfileSchema, surveyAnswerSetSchema } from '../../../shared/survey/answerSet';
import {
  answerText,
  profileFields,
  profileQuestions,
  skmElements,
  surveyElementKeys,
} from '../../../shared/survey/questionnaire';

const allThrees = { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 };
const issuesOf = (input: unknown) => {
  const r = surveyAnswerSetSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('the questionnaire (PermenPANRB 14/2017 annex)', () => {
  it('has the nine elements U1…U9 in the questionnaire’s order, U8 Sarana and U9 Pengaduan', () => {
    expect(skmElements.map((e) => e.key)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(surveyElementKeys).toEqual(skmElements.map((e) => e.key));
    expect(skmElements[0]!.name.id).toBe('Persyaratan');
    expect(skmElements[7]!.name.id).toBe('Sarana dan Prasarana');
    expect(skmElements[8]!.name.id).toBe('Penanganan Pengaduan, Saran dan Masukan');
  });

  it('words the answers for the element: cost runs from "Sangat mahal" to "Gratis"', () => {
    expect(skmElements[3]!.answers.map((a) => a.id)).toEqual([
      'Sangat mahal',
      'Cukup mahal',
      'Murah',
      'Gratis',
    ]);
    expect(skmElements[3]!.answers.map((a) => a.en)).toEqual([
      'Very expensive',
      'Fairly expensive',
      'Cheap',
      'Free',
    ]);
    expect(answerText('U4', 4, 'id')).toBe('Gratis');
    expect(answerText('U1', 1, 'id')).toBe('Tidak sesuai');
    expect(answerText('U9', 4, 'id')).toBe('Dikelola dengan baik');
    expect(answerText('U7', 3, 'en')).toBe('Polite and friendly');
  });

  it('uses the corrected U7 question, not the annex copy’s typo', () => {
    expect(skmElements[6]!.question.id).toMatch(/^Bagaimana pendapat Saudara tentang perilaku petugas/);
  });

  it('has every text filled in both languages, four distinct answers per element', () => {
    for (const e of skmElements) {
      for (const text of [e.name, e.question, ...e.answers]) {
        expect(text.id.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(new Set(e.answers.map((a) => a.id)).size).toBe(4);
      expect(new Set(e.answers.map((a) => a.en)).size).toBe(4);
    }
    for (const f of profileFields) {
      for (const o of profileQuestions[f].options) {
        expect(o.label.id.trim()).not.toBe('');
        expect(o.label.en.trim()).not.toBe('');
      }
    }
  });

  it('asks no name, NIK or phone (UU 27/2022): the profile is age band, sex, education, occupation', () => {
    expect(profileFields).toEqual(['ageBand', 'sex', 'education', 'occupation']);
    for (const field of ['name', 'nik', 'phone', 'email']) {
      expect(respondentProfileSchema.safeParse({ [field]: 'x' }).success).toBe(false);
    }
  });
});

describe('one answer set (zod)', () => {
  it('takes the nine scores alone; the profile and suggestion are optional', () => {
    expect(surveyAnswerSetSchema.parse({ answers: allThrees })).toEqual({
      answers: allThrees,
      profile: {},
      suggestion: undefined,
    });
  });

  it('takes a full profile', () => {
    const profile = { ageBand: '20-29', sex: 'female', education: 'd4-s1', occupation: 'student' };
    expect(surveyAnswerSetSchema.parse({ answers: allThrees, profile }).profile).toEqual(profile);
  });

  it('names the missing element', () => {
    const { U5: _gone, ...rest } = allThrees;
    expect(issuesOf({ answers: rest })).toEqual([
      { path: 'answers.U5', message: 'errors.survey.answerMissing' },
    ]);
  });

  it.each([0, 5, 2.5, '3', null])('refuses %s as a score', (bad) => {
    expect(issuesOf({ answers: { ...allThrees, U2: bad } })).toEqual([
      { path: 'answers.U2', message: 'errors.survey.answerInvalid' },
    ]);
  });

  it('refuses an element the questionnaire does not have, and answers missing altogether', () => {
    expect(issuesOf({ answers: { ...allThrees, U10: 4 } }).length).toBeGreaterThan(0);
    expect(issuesOf({})).toEqual([{ path: 'answers', message: 'errors.survey.answersRequired' }]);
  });

  it('refuses an unknown profile option with a message key', () => {
    expect(issuesOf({ answers: allThrees, profile: { education: 'phd' } })).toEqual([
      { path: 'profile.education', message: 'errors.survey.profileInvalid' },
    ]);
  });

  it('keeps "Lainnya, sebutkan" only with the occupation "other"', () => {
    const other = surveyAnswerSetSchema.parse({
      answers: allThrees,
      profile: { occupation: 'other', occupationOther: '  Petani  ' },
    });
    expect(other.profile).toEqual({ occupation: 'other', occupationOther: 'Petani' });
    const student = surveyAnswerSetSchema.parse({
      answers: allThrees,
      profile: { occupation: 'student', occupationOther: 'Petani' },
    });
    expect(student.profile).toEqual({ occupation: 'student' });
  });

  describe('the suggestion', () => {
    const suggestion = (s: unknown) => surveyAnswerSetSchema.safeParse({ answers: allThrees, suggestion: s });

    it('treats empty or blank text as no suggestion', () => {
      expect(suggestion('').data?.suggestion).toBeUndefined();
      expect(suggestion('   \n\t ').data?.suggestion).toBeUndefined();
    });

    it('keeps hostile markup as the plain text the visitor typed (pages escape it)', () => {
      const text = '<script>alert("x")</script> <b>bagus</b>';
      expect(suggestion(text).data?.suggestion).toBe(text);
    });

    it('removes invisible and bidi control characters and folds white space', () => {
      expect(suggestion('Wi-Fi\u202E lambat\u0000\n\n tolong  diperbaiki').data?.suggestion).toBe(
        'Wi-Fi lambat tolong diperbaiki',
      );
    });

    it('takes 500 characters, counting an emoji as one', () => {
      expect(suggestion('a'.repeat(500)).success).toBe(true);
      expect(suggestion('👍'.repeat(500)).data?.suggestion).toBe('👍'.repeat(500));
    });

    it('refuses 501 characters with a clear error rather than cutting them', () => {
      const r = suggestion('b'.repeat(501));
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('errors.survey.suggestionTooLong');
      expect(suggestion('x'.repeat(1_000_000)).error?.issues[0]?.message).toBe(
        'errors.survey.suggestionTooLong',
      );
    });

    it('refuses a suggestion that is not text', () => {
      expect(suggestion(42).error?.issues[0]?.message).toBe('errors.survey.textInvalid');
    });
  });
});

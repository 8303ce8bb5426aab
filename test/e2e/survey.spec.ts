import {
  test,
  expect,
  snapBothSizes,
  accessibilityViolations,
  smallTouchTargets,
  type KioskHost,
} from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';

// The satisfaction survey (SKM) from a visitor's check-out to the index on the officer's screen:
// the coworking visitor checks out at the kiosk, answers the nine questions (one a screen, big
// answers), skips nothing they need not, and the officer sees the IKM with its grade.

const MINUTE = 60_000;

async function reserveToday(host: KioskHost, fullName: string): Promise<string> {
  const { token } = await host.rpc<{ token: string }>(
    'reservations.create',
    {
      fullName,
      email: `${fullName.split(' ')[0]!.toLowerCase()}@example.id`,
      phone: '081298765432',
      day: '2026-11-23',
      deskNumber: null,
      consent: true,
    },
    host.admin.session,
  );
  return token;
}

test('a coworking visitor checks out, answers the survey, and the officer sees the IKM with its grade', async ({
  page,
  host,
}) => {
  const token = await reserveToday(host, 'Sari Lestari');
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.scanWithWedge(token);
  await expect(kiosk.result()).toHaveAttribute('data-kind', 'checked_in');
  await kiosk.backHome();
  await host.advanceClock(90 * MINUTE);

  // Check-out: "Selesai & keluar", the QR, the checklist.
  await kiosk.startFinishing();
  await kiosk.scanWithWedge(token);
  await expect(page.getByTestId('checkout-checklist')).toBeVisible();
  await kiosk.checkOut(['deskTidy', 'chairBack', 'equipmentReturned']);
  await expect(page.getByTestId('checkout-sent')).toBeVisible();

  // The thank-you screen offers the survey of this visit (its one-time token): straight to the questions.
  await page.getByTestId('checkout-survey').click();
  await expect(page.getByTestId('survey-service')).toHaveText('Layanan: Co-working space');

  // One question a screen: the first, then the cost question worded "Sangat mahal … Gratis".
  await expect(page.getByTestId('survey-progress')).toHaveText('Pertanyaan 1 dari 9');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('kesesuaian persyaratan');
  expect(await smallTouchTargets(page)).toEqual([]);
  await snapBothSizes(page, 'survey-question');
  expect(await accessibilityViolations(page)).toEqual([]);
  // English is one tap away, the questionnaire's own wording with it.
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('survey-progress')).toHaveText('Question 1 of 9');
  await expect(page.getByTestId('survey-answer-1')).toContainText('Not suitable');
  await snapBothSizes(page, 'survey-question-en');
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('survey-progress')).toHaveText('Pertanyaan 1 dari 9');
  // The visitor's answers: U1…U9 = 4 4 3 4 4 4 4 3 3 (Σ 33).
  const scores = [4, 4, 3, 4, 4, 4, 4, 3, 3];
  for (const [i, score] of scores.entries()) {
    await expect(page.getByTestId('survey-progress')).toHaveText(`Pertanyaan ${i + 1} dari 9`);
    if (i === 3) {
      await expect(page.getByTestId('survey-answer-1')).toContainText('Sangat mahal');
      await expect(page.getByTestId('survey-answer-4')).toContainText('Gratis');
      await snapBothSizes(page, 'survey-question-cost');
    }
    await page.getByTestId(`survey-answer-${score}`).click();
  }

  // The profile: optional, two of four given.
  await expect(page.locator('[data-step="profile"]')).toBeVisible();
  await page.getByTestId('survey-profile-ageBand-20-29').click();
  await page.getByTestId('survey-profile-occupation-student').click();
  expect(await smallTouchTargets(page)).toEqual([]);
  await snapBothSizes(page, 'survey-profile');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('survey-profile-next').click();

  // The suggestion, typed on the on-screen keyboard.
  await expect(page.locator('[data-step="suggestion"]')).toBeVisible();
  await page.getByTestId('survey-suggestion').click();
  await kiosk.tapKeys('wifi cepat');
  await expect(page.getByTestId('survey-suggestion')).toHaveValue('wifi cepat');
  await snapBothSizes(page, 'survey-suggestion');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('survey-send').click();
  await expect(page.locator('[data-step="done"]')).toBeVisible();
  await snapBothSizes(page, 'survey-thanks');
  expect(await accessibilityViolations(page)).toEqual([]);

  expect(
    host.query<Record<string, unknown>>(
      "SELECT service_id, token_hash IS NOT NULL AS with_token, u1, u4, u9, profile, suggestion FROM survey_responses WHERE status = 'answered'",
    ),
  ).toEqual([
    {
      service_id: 'coworking',
      with_token: 1,
      u1: 4,
      u4: 4,
      u9: 3,
      profile: JSON.stringify({ ageBand: '20-29', occupation: 'student' }),
      suggestion: 'wifi cepat',
    },
  ]);
  await page.getByTestId('survey-done').click();
  await expect(kiosk.home()).toBeVisible();

  // Another visitor answers from the home screen's tile, without a token: first the service.
  await page.getByTestId('survey-button').click();
  await expect(page.locator('[data-step="service"]')).toBeVisible();
  await snapBothSizes(page, 'survey-service');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('survey-service-coworking').click();
  for (let i = 0; i < 9; i++) await page.getByTestId('survey-answer-4').click();
  await page.getByTestId('survey-profile-next').click();
  await page.getByTestId('survey-send').click();
  await expect(page.locator('[data-step="done"]')).toBeVisible();
  await page.getByTestId('survey-done').click();
  await expect(kiosk.home()).toBeVisible();

  // A second answer at once from the same kiosk's home screen: the cool-down says so before the questions.
  await page.getByTestId('survey-button').click();
  await expect(page.getByTestId('survey-cooldown')).toContainText('Mohon tunggu 60 detik');
  await expect(page.getByTestId('survey-service-coworking')).toBeDisabled();
  await snapBothSizes(page, 'survey-cooldown');
  expect(await accessibilityViolations(page)).toEqual([]);
  await host.advanceClock(MINUTE);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByTestId('survey-cooldown')).toHaveCount(0);
  await expect(page.getByTestId('survey-service-coworking')).toBeEnabled();
  await page.getByTestId('survey-cancel').click();
  await expect(kiosk.home()).toBeVisible();

  // The officer's tab: the IKM of the coworking space this quarter, its grade, the sample.
  const deskPage = await page.context().newPage();
  const desk = new DeskPage(deskPage);
  await desk.open(host, null);
  await deskPage.getByTestId('tab-survey').click();
  await deskPage.getByTestId('survey-panel').waitFor();
  await deskPage.getByTestId('survey-service-select').click();
  await deskPage.getByRole('option', { name: 'Co-working space' }).click();
  // Σ 33 (4 4 3 4 4 4 4 3 3) and Σ 36 (all 4): 69 ÷ (2 × 9) × 25 = 95,83.
  await expect(deskPage.getByTestId('survey-ikm')).toHaveText('95,83');
  await expect(deskPage.getByTestId('survey-grade')).toHaveText('Mutu A · Sangat Baik');
  // Beside the index, the year's complaints per quarter (none filed in this test).
  await expect(deskPage.getByTestId('survey-complaints')).toContainText('Triwulan 4');
  // One check-in this quarter: N = 1, the Krejcie–Morgan target 1, reached.
  await expect(deskPage.getByTestId('survey-sample')).toHaveText(
    '2 responden dari target 1 (Krejcie–Morgan, N = 1)',
  );
  await expect(deskPage.getByTestId('survey-element-U3')).toHaveAttribute('data-weakest', 'true');
  await expect(deskPage.getByTestId('survey-chart-elements').locator('svg')).toBeVisible();
  await snapBothSizes(deskPage, 'survey-desk');
  expect(await accessibilityViolations(deskPage)).toEqual([]);

  // The report downloads as an xlsx; the export is audited.
  const [download] = await Promise.all([
    deskPage.waitForEvent('download'),
    deskPage.getByTestId('survey-export').click(),
  ]);
  expect(download.suggestedFilename()).toBe('SKM_coworking_2026-Q4.xlsx');
  expect(
    host.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'survey.export'"),
  ).toEqual([{ n: 1 }]);
});

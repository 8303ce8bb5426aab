import { test, expect, snapBothSizes, accessibilityViolations } from './fixtures';
import { DeskPage } from './pages/DeskPage';

// Issue 12: the kop and signature lines every report prints are the site's settings. The admin
// writes Pontianak's, sees the kop and the date line as the report will print them, saves, and the
// core holds exactly that; a blank title is refused under its field, and nothing is lost.

interface DocumentSettings {
  governmentLine: string | null;
  officeLine: string | null;
  unitLines: string[];
  city: string | null;
  preparerTitle: string;
  reviewerTitle: string;
  receiverTitle: string;
}

test('the admin writes the kop and signature lines of the reports, with a preview', async ({
  page,
  host,
}) => {
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await desk.openSettings('documents');
  const form = page.getByTestId('documents-settings-form');
  await form.waitFor();
  await expect(page.getByTestId('settings-section-documents')).toHaveText('Kop & tanda tangan');

  await page.getByTestId('documents-government-line').fill('PEMERINTAH KOTA PONTIANAK');
  await page.getByTestId('documents-office-line').fill('Dinas Komunikasi dan Informatika');
  await page.getByTestId('documents-unit-line-0').fill('Bidang TKPBET');
  await page.getByTestId('documents-city').fill('Pontianak');
  await page.getByTestId('documents-preparer-title').fill('Admin Coworking Space');
  await page.getByTestId('documents-reviewer-title').fill('Kepala Seksi PK&AI');
  await page.getByTestId('documents-receiver-title').fill('');

  // The preview prints what the report will: capitals in the kop, the city before the date.
  const preview = page.getByTestId('documents-preview');
  await expect(preview).toContainText('PEMERINTAH KOTA PONTIANAK');
  await expect(preview).toContainText('DINAS KOMUNIKASI DAN INFORMATIKA');
  await expect(preview).toContainText('BIDANG TKPBET');
  await expect(page.getByTestId('documents-preview-date')).toHaveText(
    /^Pontianak, \d{1,2} [A-Z][a-z]+ \d{4}$/,
  );

  // A signer's title cannot be blank: said under the field, the rest kept.
  await page.getByTestId('documents-save').click();
  await expect(form.getByText('Baris kop surat kosong.')).toBeVisible();
  await expect(page.getByTestId('documents-city')).toHaveValue('Pontianak');
  await page.getByTestId('documents-receiver-title').fill('Kepala Bidang TKPBET');

  expect(await accessibilityViolations(page)).toEqual([]);
  await snapBothSizes(page, '85-desk-documents-settings');
  await page.getByTestId('documents-save').click();
  await expect(page.getByTestId('documents-saved')).toBeVisible();

  const saved = await host.rpc<DocumentSettings>('settings.documents.get', {}, desk.session!);
  expect(saved).toEqual({
    governmentLine: 'PEMERINTAH KOTA PONTIANAK',
    officeLine: 'Dinas Komunikasi dan Informatika',
    unitLines: ['Bidang TKPBET'],
    city: 'Pontianak',
    preparerTitle: 'Admin Coworking Space',
    reviewerTitle: 'Kepala Seksi PK&AI',
    receiverTitle: 'Kepala Bidang TKPBET',
  });
});

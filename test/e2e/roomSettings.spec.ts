import { test, expect, snapBothSizes, accessibilityViolations } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';

// Issue 9: the officer draws the room map the kiosk shows after a check-in, and writes the house
// rules its home screen shows. What the core holds afterwards is read back over RPC.

interface Plan {
  columns: number;
  rows: number;
  desks: { number: number; x: number; y: number; w: number; h: number }[];
  landmarks: { kind: string; label: string | null; x: number; y: number; w: number; h: number }[];
}

test('the officer moves a desk on the room map by mouse and by keyboard, and saves it', async ({
  page,
  host,
}) => {
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await desk.openSettings('floorPlan');
  // Nothing saved yet: the editor starts from the automatic layout and says so.
  expect(await host.rpc<Plan | null>('floorPlan.get', {})).toBeNull();
  await expect(page.getByTestId('plan-editor')).toContainText('Belum ada denah tersimpan');
  const seven = page.getByTestId('plan-desk-7');
  const x0 = Number(await seven.getAttribute('data-x'));
  const y0 = Number(await seven.getAttribute('data-y'));

  // Drag desk 7 two cells to the right with the mouse.
  const grid = page.getByTestId('plan-grid');
  const columns = Number(await page.getByTestId('plan-columns').inputValue());
  const cell = (await grid.boundingBox())!.width / columns;
  const box = (await seven.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + cell, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + 2 * cell, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(seven).toHaveAttribute('data-x', String(x0 + 2));
  // Then one row down with the arrow key, as someone without a mouse would.
  await seven.focus();
  await page.keyboard.press('ArrowDown');
  await expect(seven).toHaveAttribute('data-y', String(y0 + 1));
  await expect(page.getByTestId('plan-said')).toHaveText(`Meja 7: kolom ${x0 + 3}, baris ${y0 + 2}`);

  // Desk 12 off the map: listed, and put back with a tap.
  await page.getByTestId('plan-desk-12').focus();
  await page.getByTestId('plan-remove').click();
  await expect(page.getByTestId('plan-desk-12')).toHaveCount(0);
  await expect(page.getByTestId('plan-unplaced')).toContainText('Belum di denah (1)');
  await page.getByTestId('plan-unplaced-12').click();
  await expect(page.getByTestId('plan-desk-12')).toBeVisible();

  // A map too small for its desks says which ones fall outside, and cannot be saved.
  await page.getByTestId('plan-columns').fill('4');
  await expect(page.getByTestId('plan-problems')).toContainText(
    'Meja 2: Letaknya di luar denah. Geser ke dalam atau perbesar denahnya.',
  );
  await expect(page.getByTestId('plan-save')).toBeDisabled();
  await page.getByTestId('plan-columns').fill(String(columns));
  await expect(page.getByTestId('plan-problems')).toHaveCount(0);

  // A landmark: the lockers, labelled.
  await page.getByTestId('plan-new-kind').click();
  await page.getByRole('option', { name: 'Loker' }).click();
  await page.getByTestId('plan-add').click();
  await page.getByTestId('plan-label').fill('Loker A');
  expect(await accessibilityViolations(page)).toEqual([]);
  await snapBothSizes(page, '80-desk-floor-plan');

  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-saved')).toBeVisible();
  const saved = (await host.rpc<Plan | null>('floorPlan.get', {}))!;
  expect(saved.desks.find((d) => d.number === 7)).toMatchObject({ x: x0 + 2, y: y0 + 1 });
  expect(saved.desks.map((d) => d.number).sort((a, b) => a - b)).toEqual(
    Array.from({ length: 12 }, (_, i) => i + 1),
  );
  expect(saved.landmarks.map((l) => [l.kind, l.label])).toEqual([
    ['entrance', null],
    ['serviceDesk', null],
    ['lockers', 'Loker A'],
  ]);
  await expect(page.getByTestId('plan-editor')).not.toContainText('Belum ada denah tersimpan');
});

test('the officer writes the house rules; the kiosk shows them in the visitor’s language', async ({
  page,
  browser,
  host,
}) => {
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await desk.openSettings('houseRules');
  // The site starts with SOP 97's rules; this one writes its own.
  await expect(page.getByTestId('house-rule-row')).toHaveCount(5);
  await expect(page.getByTestId('house-rule-en-0')).not.toHaveValue('');
  for (let n = 5; n >= 1; n--) await page.getByRole('button', { name: `Hapus aturan ${n}` }).click();
  await expect(page.getByTestId('house-rules-empty')).toBeVisible();
  await page.getByTestId('house-rule-add').click();
  await page.getByTestId('house-rule-add').click();
  await page.getByTestId('house-rule-id-0').fill('Jaga kebersihan meja.');
  await page.getByTestId('house-rule-en-0').fill('Keep your desk clean.');
  // A line left empty is an error, not a blank rule on the kiosk.
  await page.getByTestId('house-rules-save').click();
  await expect(page.getByText('Tulis aturannya, atau hapus barisnya.')).toBeVisible();
  await page.getByTestId('house-rule-id-1').fill('Kembalikan kursi sebelum pulang.');
  await page.getByTestId('house-rules-save').click();
  await expect(page.getByTestId('house-rules-saved')).toBeVisible();
  expect(await host.rpc('settings.houseRules.get', {})).toEqual({
    items: [
      { id: 'Jaga kebersihan meja.', en: 'Keep your desk clean.' },
      { id: 'Kembalikan kursi sebelum pulang.', en: null },
    ],
  });
  expect(await accessibilityViolations(page)).toEqual([]);
  await snapBothSizes(page, '81-desk-house-rules');

  const kioskPage = await browser.newPage();
  const kiosk = new KioskPage(kioskPage);
  await kiosk.open(host.url);
  const rules = kioskPage.getByTestId('kiosk-house-rule');
  await expect(rules).toHaveText(['Jaga kebersihan meja.', 'Kembalikan kursi sebelum pulang.']);
  await kioskPage.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await expect(rules).toHaveText(['Keep your desk clean.', 'Kembalikan kursi sebelum pulang.']);

  // Removing every rule takes the card off the kiosk.
  await page.getByRole('button', { name: 'Hapus aturan 2' }).click();
  await page.getByRole('button', { name: 'Hapus aturan 1' }).click();
  await page.getByTestId('house-rules-save').click();
  await expect(page.getByTestId('house-rules-empty')).toBeVisible();
  await expect(kioskPage.getByTestId('kiosk-house-rules')).toHaveCount(0);
  await kioskPage.close();
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('dependency boundaries', () => {
  it.each([
    ['electron/services/visits.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/devices/scanners/x.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['electron/sync/push.ts', "import { net } from 'electron';\nexport const x = net;\n"],
    ['db/queries.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/rules/x.ts', 'export const w = window.innerWidth;\n'],
    ['shared/scanning/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/scanning/y.ts', 'export const b = Buffer.from([1]);\n'],
  ])('fails %s when it reaches for Electron, React or the DOM', async (file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([]);
  });

  it('lets the Electron shell import electron and the renderer import React', async () => {
    expect(
      await boundaryErrors('electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n"),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'renderer/src/x.tsx',
        "import { useState } from 'react';\nexport const x = useState;\n",
      ),
    ).toEqual([]);
  });

  it('keeps Node and the database out of the renderer', async () => {
    expect(
      await boundaryErrors(
        'renderer/src/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).not.toEqual([]);
    expect(
      await boundaryErrors(
        'renderer/src/x.ts',
        "import { openDatabase } from '../../db/openDatabase';\nexport const x = openDatabase;\n",
      ),
    ).not.toEqual([]);
  });

  it('keeps the console out of the core: it logs through its logger', async () => {
    const [result] = await eslint.lintText("export const f = () => console.log('x');\n", {
      filePath: 'electron/services/visits/x.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-console');
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { id } from '../../renderer/src/i18n/id';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });

describe('translations', () => {
  it('has every Indonesian string in English too, and no stray English keys', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('has a message for every error key the core can send', () => {
    const catalogue = new Set(keys(id));
    const used = new Set<string>();
    for (const file of [...sourceFiles('electron'), ...sourceFiles('shared')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(errors\.[a-zA-Z]+\.[a-zA-Z.]+)'/g))
        used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !catalogue.has(k));
    expect(missing).toEqual([]);
  });
});

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

  it('has a string for every key a screen names outright', () => {
    // t('home.question'), t('plan.save', …): plurals live as key_one / key_other.
    const catalogue = new Set(keys(id).map((k) => k.replace(/_(one|other)$/, '')));
    const used = new Set<string>();
    for (const file of sourceFiles('renderer/src').filter((f) => !f.includes('/i18n/')))
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !catalogue.has(k))).toEqual([]);
  });
});

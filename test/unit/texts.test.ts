/**
 * The text catalogue: every text written in both languages, the same
 * placeholders in each, and every module of shared/texts/ joined in once.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bilingual, Texts } from '../../shared/texts/bilingual.js';
import { catalogue } from '../../shared/texts/catalogue.js';

const entries = Object.entries(catalogue) as [string, Bilingual][];

/** A text's {placeholders}, each once, sorted. */
function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[0]))].sort();
}

describe('the text catalogue', () => {
  it('has no empty text', () => {
    const empty = entries.flatMap(([key, text]) => Object.entries(text).flatMap(([language, words]) => (words.trim() === '' ? [`${key}.${language}`] : [])));
    expect(empty).toEqual([]);
  });

  it('fills the same placeholders in bokmål and English', () => {
    const differing = entries
      .map(([key, text]) => ({ key, nb: placeholders(text.nb), en: placeholders(text.en) }))
      .filter(({ nb, en }) => nb.join() !== en.join());
    expect(differing).toEqual([]);
  });

  it('calls the code a new kiosk joins with a tilkoblingskode, never a paringskode', () => {
    const old = entries.filter(([, text]) => /paringskod/i.test(text.nb)).map(([key]) => key);
    expect(old).toEqual([]);
    expect(entries.filter(([, text]) => /tilkoblingskod/i.test(text.nb)).length).toBeGreaterThan(5);
  });

  it('joins every module of shared/texts/ once, so no key silently replaces another', async () => {
    const folder = fileURLToPath(new URL('../../shared/texts/', import.meta.url));
    const modules = fs
      .readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !['bilingual.ts', 'catalogue.ts'].includes(file));
    let joined = 0;
    for (const file of modules) {
      const exports = Object.values((await import(`${folder}${file}`)) as Record<string, Texts>);
      for (const [key, text] of exports.flatMap((texts) => Object.entries(texts))) {
        expect(catalogue[key as keyof typeof catalogue], `${file}: ${key}`).toBe(text);
        joined += 1;
      }
    }
    expect(modules.length).toBeGreaterThan(10);
    expect(joined).toBe(entries.length);
  });

  it("uses every text of the door's day somewhere in the code, so none lingers unshown", async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const code = ['shared', 'electron', 'renderer/src']
      .flatMap((dir) => fs.readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`))
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('shared/texts/'))
      .map((file) => fs.readFileSync(`${root}${file}`, 'utf8'))
      .join('\n');
    const doorDay = ['door-day.ts', 'door-day-screens.ts', 'messages/door-day.ts'];
    const keys = (await Promise.all(doorDay.map(async (file) => Object.values((await import(`${root}shared/texts/${file}`)) as Record<string, Texts>))))
      .flat()
      .flatMap((texts) => Object.keys(texts));
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !new RegExp(`\\b${key}\\b`).test(code))).toEqual([]);
  });
});

/**
 * The Spanish edition against the English one, on the real files: the same
 * keys, lists and placeholders, and Spanish words for every record the page
 * shows. The checks themselves are shown to catch a missing key, a changed
 * placeholder and a missing record.
 */
import { describe, expect, it } from 'vitest';
import en from '../../data/copy/en.json';
import es from '../../data/copy/es.json';
import { copyDifferences, stringsOf as strings } from '../../data/copy-parity.ts';
import { translateDataset } from '../../data/translate.ts';
import { DataError, loadDataset } from '../../data/validate.ts';

const { records, ...spanish } = es;
const dataset = loadDataset('data');

describe('data/copy/es.json', () => {
  it('has every key, list and placeholder of en.json, and nothing more', () => {
    expect(copyDifferences(en, spanish)).toEqual([]);
  });

  it('is written in Spanish: only names, abbreviations and bare placeholders stay as in English', () => {
    const english = strings(en);
    const same = strings(spanish).filter((text, i) => text === english[i]);
    expect(english.length).toBeGreaterThan(280);
    const wordsLeft = same.filter((text) => text.replace(/\{\w+\}/g, '').match(/[a-z]{2}/i));
    expect([...new Set(wordsLeft)].sort()).toEqual([
      'Reimagine Alliance',
      'U.S. News & World Report',
      'USC Rossier School of Education',
      '{n} mi',
    ]);
  });

  it('gives Spanish words to every record the page shows', () => {
    const translated = translateDataset(dataset, records, 'copy/es.json');
    const title = (d: typeof dataset, id: string) => d.milestones.find((m) => m.id === id)!.title;
    const id = dataset.milestones[0]!.id;
    expect(title(translated, id)).toBe(
      records.milestones[id as keyof typeof records.milestones].title,
    );
    expect(title(translated, id)).not.toBe(title(dataset, id));
    // The facts themselves do not change.
    expect(translated.schools).toEqual(dataset.schools);
    expect(translated.milestones.map((m) => [m.id, m.date, m.sources])).toEqual(
      dataset.milestones.map((m) => [m.id, m.date, m.sources]),
    );
  });
});

describe('the checks', () => {
  it('name a key missing on either side', () => {
    const withoutSkip: Record<string, unknown> = { ...spanish };
    delete withoutSkip.skipLink;
    expect(copyDifferences(en, withoutSkip)).toEqual(['skipLink: in en, missing in es']);
    expect(copyDifferences({ a: 'x' }, { a: 'y', b: 'z' })).toEqual(['b: in es, missing in en']);
  });

  it('name a placeholder that changed', () => {
    const changed = structuredClone(spanish);
    changed.hero.dek = changed.hero.dek.replace('{founded}', '{year}');
    expect(copyDifferences(en, changed)).toEqual([
      'hero.dek: placeholders "{founded}" in en, "{year}" in es',
    ]);
  });

  it('name a record with no Spanish words, by file, record and field', () => {
    const broken = structuredClone(records) as unknown as Record<
      string,
      Record<string, Record<string, string>>
    >;
    const id = dataset.milestones[3]!.id;
    delete broken.milestones![id]!.title;
    expect(() => translateDataset(dataset, broken, 'copy/es.json')).toThrow(DataError);
    expect(() => translateDataset(dataset, broken, 'copy/es.json')).toThrow(
      `data/copy/es.json: record records.milestones.${id}, field "title": expected the text in this edition; found nothing`,
    );
  });
});

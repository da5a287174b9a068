/** Moving between the English and Spanish editions keeps the page, the mode and the place. */
import { describe, expect, it } from 'vitest';
import { askedEdition, editionUrl } from '../../src/lib/editions.ts';

describe('editionUrl', () => {
  it('keeps the page, the query and the step', () => {
    expect(editionUrl('https://x.org/?mode=present#south-la', 'en', 'es')).toBe(
      'https://x.org/es/?mode=present#south-la',
    );
    expect(editionUrl('https://x.org/es/embed.html?section=map&lang=en', 'es', 'en')).toBe(
      'https://x.org/embed.html?section=map',
    );
  });
});

describe('askedEdition', () => {
  it('moves a page asked for in the other language, and only then', () => {
    expect(askedEdition('https://x.org/?lang=es#values', 'en')).toBe('https://x.org/es/#values');
    expect(askedEdition('https://x.org/es/?lang=es', 'es')).toBeNull();
    expect(askedEdition('https://x.org/?lang=fr', 'en')).toBeNull();
    expect(askedEdition('https://x.org/', 'en')).toBeNull();
  });
});

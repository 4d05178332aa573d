// File names and dates of "New Postmortem…".
import assert from 'node:assert/strict';
import { isIsoDate, postmortemFileName, slugify } from '../../server/src/engine';

describe('new postmortem file names', () => {
  it('slugs titles: lower case, accents dropped, punctuation as single dashes, at most 60 characters', () => {
    assert.equal(slugify('Checkout outage: 502s on /pay'), 'checkout-outage-502s-on-pay');
    assert.equal(slugify('  Déploiement raté — façade  '), 'deploiement-rate-facade');
    assert.equal(slugify('日本語のタイトル'), 'postmortem');
    assert.equal(slugify('a'.repeat(59) + ' b c'), 'a'.repeat(59));
  });

  it('names files YYYY-MM-DD-slug.md, then -2, -3… when the name is taken', () => {
    const answers = { date: '2024-03-12', title: 'Checkout outage' };
    assert.deepEqual(
      [1, 2, 3].map((attempt) => postmortemFileName(answers, attempt)),
      ['2024-03-12-checkout-outage.md', '2024-03-12-checkout-outage-2.md', '2024-03-12-checkout-outage-3.md'],
    );
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    assert.deepEqual(['2024-02-29', '2023-02-29', '2024-13-01', '2024-3-12', '12/03/2024', '2024-03-12 '].map(isIsoDate), [
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

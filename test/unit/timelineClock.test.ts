// One clock for timeline entries: the span the structure view and the preview header show, and
// the order the timeline-order rule checks (its fixture tests cover the rule's use of it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../../server/src/engine/model';
import { formatDuration, timelineSpan } from '../../server/src/engine/timelineClock';

const span = (text: string) => {
  const result = timelineSpan(buildModel(text).timeline);
  return result && { first: result.first.time, last: result.last.time, minutes: result.durationMinutes };
};

describe('timeline clock', () => {
  it('spans the checkout timeline from its first to its last entry', () => {
    const text = readFileSync(
      join(__dirname, '..', 'fixtures', 'sample-workspace', 'postmortems', '2024-03-12-checkout-outage.md'),
      'utf8',
    );
    assert.deepEqual(span(text), { first: '13:58', last: '14:49', minutes: 51 });
  });

  it('understands a timeline that crosses midnight, with or without dates', () => {
    assert.deepEqual(span('## Timeline (UTC)\n\n- 23:50 Deploy.\n- 00:10 Rolled back.\n- 01:05 Resolved.\n'), {
      first: '23:50',
      last: '01:05',
      minutes: 75,
    });
    assert.deepEqual(span('## Timeline\n\n- 2024-03-11 22:00 UTC Start.\n- 2024-03-13 02:30 UTC End.\n'), {
      first: '2024-03-11 22:00 UTC',
      last: '2024-03-13 02:30 UTC',
      minutes: 28 * 60 + 30,
    });
  });

  it('skips entries without a valid time, and gives no duration when the last entry is earlier', () => {
    assert.deepEqual(span('## Timeline (UTC)\n\n- 25:99 Not a time.\n- 14:00 Start.\n- 14:20 End.\n'), {
      first: '14:00',
      last: '14:20',
      minutes: 20,
    });
    assert.deepEqual(span('## Timeline (UTC)\n\n- 14:30 Rolled back.\n- 14:05 Paged.\n')?.minutes, undefined);
    assert.equal(span('## Timeline\n\nNothing yet.\n'), undefined);
    assert.equal(span('## Summary\n\nNo timeline.\n'), undefined);
  });

  it("reads each entry in its own timezone, named zones with the daylight saving of the entry's date", () => {
    // 09:00 America/New_York is 14:00 UTC in January (EST) and 13:00 UTC in July (EDT).
    const winter = '---\ndate: 2024-01-15\n---\n\n## Timeline\n\n- 13:30 UTC Alert.\n- 09:00 America/New_York Resolved.\n';
    assert.equal(span(winter)?.minutes, 30);
    assert.equal(span(winter.replace('2024-01-15', '2024-07-15'))?.minutes, undefined);
    assert.equal(span('## Timeline\n\n- 23:30 PST Deploy.\n- 08:15 UTC Rolled back.\n')?.minutes, 45);
  });

  it('gives year-less dates the year that keeps them nearest the entry before, across New Year', () => {
    const text = '## Timeline (UTC)\n\n- Dec 31 23:50 Deploy.\n- Jan 1 00:10 Errors.\n- Jan 2 09:00 Closed.\n';
    assert.equal(span(text)?.minutes, 33 * 60 + 10);
    assert.equal(span(`---\ndate: 2023-12-31\n---\n\n${text}`)?.minutes, 33 * 60 + 10);
    // 2024 is a leap year: Feb 28 to Mar 1 is two days there, one day in 2023.
    const leap = '## Timeline (UTC)\n\n- Feb 28 12:00 Start.\n- Mar 1 12:00 End.\n';
    assert.equal(span(`---\ndate: 2024-02-28\n---\n\n${leap}`)?.minutes, 2 * 24 * 60);
    assert.equal(span(`---\ndate: 2023-02-28\n---\n\n${leap}`)?.minutes, 24 * 60);
  });

  it('formats durations briefly', () => {
    assert.deepEqual([0, 47, 60, 125, 24 * 60, 27 * 60 + 5].map(formatDuration), ['0 min', '47 min', '1 h', '2 h 5 min', '1 d', '1 d 3 h']);
  });
});

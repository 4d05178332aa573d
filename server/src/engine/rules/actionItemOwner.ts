/**
 * action-item-owner — an action item nobody owns.
 *
 * Bad:  "| Add alerting on queue depth | prevent | TBD | |"
 * Good: "| Add alerting on queue depth | prevent | @priya | OPS-123 |", "- [ ] Add a canary stage (owner: @wei)"
 */
import { firstLineEnd } from '../text';
import type { RuleFinding } from '../types';
import { fieldPlaceholderFix, isMissing, placeholderValue } from './actionItemFields';
import type { Rule } from './rule';

const PLACEHOLDER = '@owner';

export const actionItemOwner: Rule = {
  id: 'action-item-owner',
  description: 'An action item has no owner (empty, TBD or ? in the owner cell; no @handle or "Owner:" in a list item).',
  explanation:
    'Action items without an owner are the ones that never get done. Name one person or team who is accountable, even if others do the work.',
  defaultSeverity: 'warning',
  local: true,
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const item of model.actionItems) {
      if (!isMissing(item.owner)) continue;
      const standIn = placeholderValue(item.owner);
      // Once the placeholder is in, it is there to be typed over: no fix to put it in again.
      const fix = standIn === PLACEHOLDER ? undefined : fieldPlaceholderFix(model.text, item, item.owner, 'owner', PLACEHOLDER);
      const where =
        item.owner && item.owner.end > item.owner.start
          ? item.owner
          : { start: item.start, end: firstLineEnd(model.text, item.start, item.end) };
      const what = standIn === undefined ? 'has no owner' : `has a placeholder owner, "${standIn}"`;
      findings.push({
        message: `The action item "${shorten(item.text)}" ${what}. Name the person or team accountable for it (for example "@alice" or "Owner: payments team").`,
        range: model.lines.range(where.start, where.end),
        fixes: fix ? [fix] : [],
      });
    }
    return findings;
  },
};

export function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

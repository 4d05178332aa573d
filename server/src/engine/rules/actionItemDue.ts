/**
 * action-item-due — an action item without a due date (off by default).
 *
 * Good: "| Add a canary stage | prevent | @wei | OPS-9 | 2024-07-01 |", "- Add a canary (owner: @wei, due 2024-07-01)"
 */
import type { RuleFinding } from '../types';
import { isMissing } from './actionItemFields';
import { firstLineEnd } from '../text';
import { shorten } from './actionItemOwner';
import type { Rule } from './rule';

export const actionItemDue: Rule = {
  id: 'action-item-due',
  description: 'An action item has no due date.',
  explanation:
    'A due date turns intent into a commitment that can be tracked; Atlassian, for example, gives priority actions a 4- or 8-week target.',
  defaultSeverity: 'off',
  local: true,
  check({ model }) {
    return model.actionItems
      .filter((item) => isMissing(item.due))
      .map((item): RuleFinding => ({
        message: `The action item "${shorten(item.text)}" has no due date. Add one (for example "due 2024-07-01").`,
        range: model.lines.range(item.start, firstLineEnd(model.text, item.start, item.end)),
      }));
  },
};

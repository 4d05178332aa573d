/**
 * action-item-ticket — an action item not linked to a ticket (off by default).
 *
 * Good: "| Add a canary stage | prevent | @wei | OPS-9 |", "- Add a canary (@wei, #123)"
 */
import type { RuleFinding } from '../types';
import { isMissing } from './actionItemFields';
import { firstLineEnd } from '../text';
import { shorten } from './actionItemOwner';
import type { Rule } from './rule';

export const actionItemTicket: Rule = {
  id: 'action-item-ticket',
  description: 'An action item is not linked to a ticket (ABC-123, #123 or an issue URL).',
  explanation:
    'Action items live in the tracker, where they are prioritised; a postmortem that links them can be checked for follow-through.',
  defaultSeverity: 'off',
  local: true,
  check({ model }) {
    return model.actionItems
      .filter((item) => isMissing(item.ticket))
      .map((item): RuleFinding => ({
        message: `The action item "${shorten(item.text)}" has no ticket. Link the issue that tracks it (for example "OPS-123" or "#123").`,
        range: model.lines.range(item.start, firstLineEnd(model.text, item.start, item.end)),
      }));
  },
};

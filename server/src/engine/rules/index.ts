// Every rule, in the order findings are listed for one place. Adding a rule: one file, its
// fixtures, one line here.
import { actionItemDue } from './actionItemDue';
import { actionItemOwner } from './actionItemOwner';
import { actionItemTicket } from './actionItemTicket';
import { blamingLanguage } from './blamingLanguage';
import { emptySection } from './emptySection';
import { inclusiveLanguage } from './inclusiveLanguage';
import { missingSection } from './missingSection';
import { placeholderText } from './placeholderText';
import type { Rule } from './rule';
import { timelineOrder } from './timelineOrder';

export type { Rule, RuleContext } from './rule';

export const RULES: readonly Rule[] = [
  blamingLanguage,
  inclusiveLanguage,
  missingSection,
  emptySection,
  placeholderText,
  actionItemOwner,
  actionItemDue,
  actionItemTicket,
  timelineOrder,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** Rule documentation: the README section of each rule. */
export const DOCS_BASE_URL = 'https://github.com/postmortem-authoring/postmortem-authoring/blob/main/README.md';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE_URL}#${id}`;
}

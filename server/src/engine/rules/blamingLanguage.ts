/**
 * blaming-language — wording that puts the incident on people instead of on systems.
 *
 * Bad:  "Bob should have checked the config before deploying."
 * Good: "The deploy tool did not show that the config differed from production."
 */
import type { BlameCategory, Fix, RuleFinding } from '../types';
import { minimizerRemovals } from './minimizerRemoval';
import type { Rule } from './rule';

const CATEGORY: Record<BlameCategory, { label: string; advice: string; why: string }> = {
  'blame-word': {
    label: 'blames a person',
    advice: 'Describe the conditions that made the action possible or likely instead.',
    why: 'Blame words stop the investigation at a person. People who expect blame stop reporting what really happened, and the system that set them up to fail stays as it is (Allspaw, "Blameless PostMortems and a Just Culture").',
  },
  counterfactual: {
    label: 'is a counterfactual',
    advice: 'Describe what the person saw and why their action made sense at the time.',
    why: 'Counterfactuals ("should have", "failed to", "if only") describe a world that did not happen. They say nothing about why the action made sense at the time, which is what a fix needs (Dekker, "The Field Guide to Understanding Human Error").',
  },
  hindsight: {
    label: 'is hindsight',
    advice: 'Describe what was visible at the time, and what made it easy to miss.',
    why: 'Hindsight makes the outcome look obvious. It was not obvious at the time, or it would not have happened. Ask what made it hard to see.',
  },
  character: {
    label: 'judges a person',
    advice: 'Describe the action and the pressures around it (time, tooling, information).',
    why: 'Character judgements ("careless", "lazy") explain an action by the person\'s nature, not by the situation. That is fundamental attribution error (PagerDuty blameless postmortem guide). Fixing the situation is what prevents the next incident.',
  },
  'person-as-cause': {
    label: 'names a person as the cause',
    advice: 'Name the change or condition, and what allowed it to have this effect.',
    why: 'An individual\'s action is never a root cause. Ask how the system allowed one action to cause an outage, and what would stop the next person in the same position (Google SRE book, ch. 15; PagerDuty).',
  },
};

export const blamingLanguage: Rule = {
  id: 'blaming-language',
  description: 'Wording that blames people: blame words, counterfactuals, hindsight, character judgements, a person as the cause.',
  explanation: 'Blameless postmortems describe how the system allowed an incident, not who is at fault.',
  defaultSeverity: 'warning',
  check({ model, prose }) {
    const matches = model.prose.flatMap((block) =>
      prose.analyze(block.masked).blame.map((match) => ({ match, start: block.start + match.start, end: block.start + match.end, inHeading: block.kind === 'heading' })),
    );
    const minimizers = matches
      .filter(({ match }) => match.removableLength > 0)
      .map(({ match, start }) => ({ start, end: start + match.removableLength }))
      .sort((a, b) => a.start - b.start);
    const removals = new Map(minimizerRemovals(model, minimizers).map((fix, index) => [minimizers[index]!.start, fix]));
    return matches.map(({ match, start, end, inHeading }): RuleFinding => {
      const category = CATEGORY[match.category];
      const phrase = model.text.slice(start, end).replace(/\s+/g, ' ');
      const fixes: Fix[] = match.suggestions.map((suggestion) => ({
        title: `Replace with "${suggestion}"`,
        edits: [{ start, end, text: suggestion }],
        safe: false,
      }));
      const removal = removals.get(start);
      // A heading's words decide which section it is: deleting one is offered, never applied by --fix.
      if (removal) fixes.unshift(inHeading ? { ...removal, safe: false } : removal);
      return {
        message: `"${phrase}" ${category.label}. ${category.advice}`,
        range: model.lines.range(start, end),
        category: match.category,
        explanation: category.why,
        fixes,
      };
    });
  },
};

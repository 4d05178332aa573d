/**
 * blaming-language — wording that puts the incident on people instead of on systems.
 *
 * Bad:  "Bob should have checked the config before deploying."
 * Good: "The deploy tool did not show that the config differed from production."
 */
import type { BlameCategory, Fix, RuleFinding } from '../types';
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
    const findings: RuleFinding[] = [];
    for (const block of model.prose) {
      for (const match of prose.analyze(block.masked).blame) {
        const start = block.start + match.start;
        const end = block.start + match.end;
        const category = CATEGORY[match.category];
        const phrase = model.text.slice(start, end).replace(/\s+/g, ' ');
        const fixes: Fix[] = match.suggestions.map((suggestion) => ({
          title: `Replace with "${suggestion}"`,
          edits: [{ start, end, text: suggestion }],
          safe: false,
        }));
        if (match.removable) fixes.unshift(removal(model.text, start, end, phrase));
        findings.push({
          message: `"${phrase}" ${category.label}. ${category.advice}`,
          range: model.lines.range(start, end),
          category: match.category,
          explanation: category.why,
          fixes,
        });
      }
    }
    return findings;
  },
};

/** Deleting a minimizer ("obviously", "just") together with one neighbouring space. */
function removal(text: string, start: number, end: number, phrase: string): Fix {
  let from = start;
  let to = end;
  if (text[to] === ' ') to++;
  else if (text[from - 1] === ' ') from--;
  // "Obviously, the…" → "The…": take the comma too and keep the capital.
  if (text[to] === ',' ) to += text[to + 1] === ' ' ? 2 : 1;
  const following = text.slice(to, to + 1);
  const sentenceStart = /^\s*$/.test(text.slice(Math.max(0, from - 2), from)) || /[.!?]\s*$/.test(text.slice(Math.max(0, from - 3), from));
  const capital = /^\p{Lu}/u.test(phrase) && sentenceStart && /\p{Ll}/u.test(following);
  const edits = [{ start: from, end: to, text: '' }];
  if (capital) edits[0] = { start: from, end: to + 1, text: following.toUpperCase() };
  return { title: `Remove "${phrase}"`, edits, safe: true };
}

/**
 * blaming-language — wording that puts the incident on people instead of on systems.
 *
 * Bad:  "Bob should have checked the config before deploying."
 * Good: "The deploy tool did not show that the config differed from production."
 */
import {
  BLAME_CATEGORIES,
  type BlameCategory,
  type BlameTier,
  type Fix,
  type RuleFinding,
  type Severity,
  type SeveritySetting,
} from '../types';
import { withBlameReframe } from './blameReframe';
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
    why: "An individual's action is never a root cause. Ask how the system allowed one action to cause an outage, and what would stop the next person in the same position (Google SRE book, ch. 15; PagerDuty).",
  },
  'team-blame': {
    label: 'puts the incident on a team',
    advice: 'Describe what the team had to work with (information, time, tooling) and what let the outcome happen.',
    why: 'Blaming a team or another organisation is blaming people in the plural: the conditions that shaped their work stay unexamined, and the next postmortem meets a defensive team (Allspaw, "Blameless PostMortems and a Just Culture").',
  },
  'self-blame': {
    label: 'is self-criticism',
    advice: 'Say what made the choice reasonable at the time, and what would have surfaced the problem sooner.',
    why: 'Blaming yourselves is still blame: "we missed it" ends the inquiry where "what made it easy to miss?" would begin it. The gap is in the system you work in (Dekker, "The Field Guide to Understanding Human Error").',
  },
  'responsibility-shift': {
    label: 'pushes responsibility onto others',
    advice: 'Describe what each party could see and do, and what the system could have done to protect them.',
    why: "Saying whose job it was, or that it was the user's own doing, closes the question of what the service could have done differently. Ask what safeguard would have helped whoever was in that position.",
  },
};

/** The questions that replace a judgement of people with an inquiry into their situation. */
const LOCAL_RATIONALITY = 'Ask instead: what did they see at the time? What made the action make sense then? What let it reach production?';

/**
 * The severity of each finding: the rule's own for the warning tier, `information` (default `info`)
 * for the softer tier; `categories` sets a category apart (`"off"` hides it).
 *
 *     "blaming-language": ["warning", { "information": "off", "categories": { "hindsight": "info" } }]
 */
function severities(
  options: Record<string, unknown>,
  ruleSeverity: Severity,
): (category: BlameCategory, tier: BlameTier) => SeveritySetting {
  const information = isSeverity(options.information) ? options.information : 'info';
  const categories = (typeof options.categories === 'object' && options.categories !== null ? options.categories : {}) as Record<
    string,
    unknown
  >;
  return (category, tier) => {
    const own = categories[category];
    if (isSeverity(own)) return own;
    return tier === 'info' ? information : ruleSeverity;
  };
}

function isSeverity(value: unknown): value is SeveritySetting {
  return value === 'off' || value === 'info' || value === 'warning' || value === 'error';
}

/** The rule's options, as the configuration schema describes them. */
export const BLAMING_LANGUAGE_OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    information: {
      enum: ['off', 'info', 'warning', 'error'],
      description:
        'Severity of the softer findings (self-criticism, hindsight about a process, responsibility pushed around). Default: info.',
    },
    categories: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(BLAME_CATEGORIES.map((category) => [category, { enum: ['off', 'info', 'warning', 'error'] }])),
      description: 'Severity for every finding of a category, whatever its tier; "off" hides the category.',
    },
  },
} as const;

export const blamingLanguage: Rule = {
  id: 'blaming-language',
  description:
    "Wording that blames people: a person or team made the cause, judged, or told what they failed to do (warning); self-criticism, hindsight about a process and responsibility pushed around (information). Options: `information` sets the softer tier's severity, `categories` one per category.",
  explanation: 'Blameless postmortems describe how the system allowed an incident, not who is at fault.',
  defaultSeverity: 'warning',
  local: true,
  optionsSchema: BLAMING_LANGUAGE_OPTIONS,
  check({ model, prose, options, severity }) {
    const severityOf = severities(options, severity);
    const matches = model.prose.flatMap((block) =>
      prose.analyze(block.masked).blame.flatMap((match) => {
        const matchSeverity = severityOf(match.category, match.tier);
        return matchSeverity === 'off'
          ? []
          : [
              {
                match,
                severity: matchSeverity,
                start: block.start + match.start,
                end: block.start + match.end,
                readOnly: block.kind === 'heading' || block.kind === 'code',
              },
            ];
      }),
    );
    const minimizers = matches
      .filter(({ match }) => match.removableLength > 0)
      .map(({ match, start }) => ({ start, end: start + match.removableLength }))
      .sort((a, b) => a.start - b.start);
    const removals = new Map(minimizerRemovals(model, minimizers).map((fix, index) => [minimizers[index]!.start, fix]));
    return matches.map(({ match, severity: findingSeverity, start, end, readOnly }): RuleFinding => {
      const category = CATEGORY[match.category];
      const phrase = model.text.slice(start, end).replace(/\s+/g, ' ');
      const fixes: Fix[] = match.suggestions.map((suggestion) => ({
        title: `Replace with "${suggestion}"`,
        edits: [{ start, end, text: suggestion }],
        safe: false,
      }));
      const removal = removals.get(start);
      // A heading's words decide which section it is, and prose indented as code is code to every
      // other tool: deleting a word there is offered, never applied by --fix.
      if (removal) fixes.unshift(readOnly ? { ...removal, safe: false } : removal);
      return {
        message: `"${phrase}" ${category.label}. ${category.advice}`,
        range: model.lines.range(start, end),
        category: match.category,
        tier: match.tier,
        severity: findingSeverity,
        explanation: `${category.why} ${LOCAL_RATIONALITY}`,
        fixes: withBlameReframe(model, start, end, match.category, fixes),
      };
    });
  },
};

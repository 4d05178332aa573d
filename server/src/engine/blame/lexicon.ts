// The blame vocabulary, as data. Each entry is a pattern plus the context it needs to count as
// blame; the detector (detect.ts) knows nothing about particular words.
//
// Pattern syntax: a regular expression (case-insensitive) in which a literal space matches any
// run of white space, matched at word boundaries. `subject` checks the noun phrase before the
// match (the clause's subject), `object` the one after it; see people.ts for how a noun phrase
// is judged to be a person. A named group `verb` gives the verb to that judgement.
import type { BlameCategory } from '../types';

export type SubjectRequirement =
  /** The subject must be a person or a group of people. */
  | 'person'
  /** Anything but a thing or a negated subject ("nobody was to blame" is blameless). */
  | 'not-thing';

export interface BlamePattern {
  id: string;
  category: BlameCategory;
  pattern: string;
  subject?: SubjectRequirement;
  object?: 'person';
  /**
   * `head` (default): the subject is the word right before the match ("Bob should have…").
   * `clause`: the match is an adverbial, so its clause's first noun phrase is the subject too
   * ("Priya ran the script without thinking").
   */
  subjectScope?: 'head' | 'clause';
  /** Not blame when the text right after the match matches this (anchored at the start). */
  unlessAfter?: string;
  /** Not blame when the text right before the match matches this (anchored at the end). */
  unlessBefore?: string;
  /** Not blame in a sentence about the future ("we need to clearly document…"). */
  pastOnly?: boolean;
  /** Rewrites offered as quick fixes (never applied automatically). */
  suggestions?: string[];
  /**
   * Deleting the match keeps the sentence and its meaning: a safe fix. With a `verb` group, only the
   * words before the verb go (the "just" of "just pushed").
   */
  removable?: boolean;
}

/** "Not …", "wasn't …", "never …" right before a judgement turns it around. */
// "No more careless plugin installs" admonishes; it does not deny.
const NEGATED = String.raw`(?:\bnot|n't|\bnever|\bno(?! more)|\bnor|\bwithout being)(?: \w+)? $`;

const PEOPLE_ERROR = String.raw`(?:human|operator|user|personnel|staff|people|admin|administrator|engineer|individual|manual|pilot|dev|developer)`;
const ADVERBS = String.raw`(?: \w+ly| not| never| at least| just| simply| also| really| even)*`;
/** "should have", "ought to have": what someone was supposed to do, seen from after the fact. */
const SHOULD_HAVE = String.raw`(?:should|shouldn't|should not|ought to|oughtn't to|ought not to)(?: never| not| really| definitely| probably| at least| at the very least)?(?: have|'ve| of)${ADVERBS}`;
/** "could have" is as often a risk ("we could have lost data") as a reproach: only with a verb of diligence. */
// Not "could not have known", "would have rolled back sooner, but…": what was impossible, or would
// have been done, clears people.
const COULD_HAVE = String.raw`(?:could|might)(?: have|'ve| of)${ADVERBS}`;
const CAUSE_VERBS = String.raw`(?:caused|causing|was responsible for|were responsible for|is responsible for|are responsible for|was behind|were behind|is the reason for|was the reason for)`;
const INCIDENT = String.raw`(?:the |this |that |an |a |our |today's |yesterday's |last night's )?(?:\w+ ){0,2}(?:outage|incident|downtime|breakage|failure|disruption|degradation|problem|issue|mess|data loss|loss|corruption|breach|leak|mistake|error|sev ?\d|sev|page storm|bug|regression)s?`;
const FAILING_VERBS = String.raw`(?:failed|fail|fails|neglected|neglect|forgot|forget|forgets|omitted|omit|refused|didn't bother|did not bother|never bothered|didn't think|did not think|didn't care|did not care|didn't remember|did not remember|never thought|couldn't be bothered|could not be bothered)`;
/** Past participles, regular and common irregular: "should have checked", not "should have a staging area". */
const PARTICIPLE = String.raw`(?:[\w-]+(?:ed|en|wn|ne)|known|seen|done|run|caught|taken|made|had|kept|left|read|set|put|thought|told|sent|built|spent|brought|held|stood|understood|met|got|gotten|let|hit|cut|shut|stuck|hung|shot|paid|said|sold|found|heard|led|sat|dug|felt|dealt|meant|learnt|spoken|chosen|broken|written|given|driven|gone|come|become|noticed|foreseen|asked|waited)`;
const DUTY_VERBS = String.raw`(?:check(?:ed|ing)?|double-check(?:ed|ing)?|verif(?:y|ied|ying)|validat(?:e|ed|ing)|test(?:ed|ing)?|review(?:ed|ing)?|read(?:ing)?|look(?:ed|ing)? at|confirm(?:ed|ing)?|follow(?:ed|ing)?|escalat(?:e|ed|ing)|ask(?:ed|ing)?|notif(?:y|ied|ying)|communicat(?:e|ed|ing)|wait(?:ed|ing)?|monitor(?:ed|ing)?|consult(?:ed|ing)?|inform(?:ed|ing)?|run the tests|bother(?:ed)?)`;
const OBVIOUS = String.raw`(?:obvious|self-evident|glaring|plain to see|blindingly clear|crystal clear)`;

export const BLAME_PATTERNS: BlamePattern[] = [
  // ── blame words: vocabulary that names people as the failure ────────────────────────────────
  {
    id: 'human-error',
    category: 'blame-word',
    pattern: `${PEOPLE_ERROR}[ -](?:error|errors|mistake|mistakes|failure|failures|slip|slips|slip-up|slip-ups|oversight|oversights)`,
    unlessBefore: NEGATED,
    unlessAfter: String.raw`(?: message| messages| page| handling| code| rate| budget| log)\b`,
    suggestions: ['a gap in the process', 'a missing safeguard in the tooling'],
  },
  {
    id: 'at-fault',
    category: 'blame-word',
    pattern: String.raw`(?:was|were|is|are|been|be) (?:(?!not |never )\w+ )?at fault`,
    subject: 'not-thing',
    unlessBefore: NEGATED,
  },
  {
    id: 'to-blame',
    category: 'blame-word',
    pattern: String.raw`(?:was|were|is|are|be) (?:solely |partly |partially |entirely |largely |mostly )?to blame`,
    subject: 'not-thing',
  },
  {
    id: 'blame-on',
    category: 'person-as-cause',
    pattern: String.raw`(?:blame|blamed|blames|blaming|pinned|pin|pins) (?:it |this |the (?:outage|incident|failure|problem) )?on`,
    object: 'person',
  },
  {
    id: 'blame-lies',
    category: 'blame-word',
    pattern: String.raw`(?:the )?(?:blame|fault|responsibility) (?:lies|lay|rests|rested|falls|fell|sits|sat) (?:squarely |solely |entirely )?(?:with|on)`,
    object: 'person',
  },
  {
    id: 'the-blame',
    category: 'blame-word',
    pattern: String.raw`(?:put|puts|putting|place|placed|places|placing|assign|assigned|lay|laid|shift|shifted) (?:the |all the |some of the )?blame`,
    unlessBefore: NEGATED,
  },
  { id: 'dropped-the-ball', category: 'blame-word', pattern: String.raw`(?:drop|drops|dropped|dropping) the ball`, subject: 'not-thing' },
  {
    id: 'screwed-up',
    category: 'blame-word',
    pattern: String.raw`(?:screw|screws|screwed|screwing|mess|messes|messed|messing|foul|fouled|fucked|fuck|goof|goofed|cock|cocked)(?: \w+){0,3} up`,
    subject: 'not-thing',
  },
  { id: 'blundered', category: 'blame-word', pattern: String.raw`(?:blundered|botched|bungled|goofed|fumbled)`, subject: 'person' },
  {
    id: 'screw-up',
    category: 'blame-word',
    pattern: String.raw`(?:screw-?ups?|fuck-?ups?|cock-?ups?|blunders?|botch|bungle|goofs?|pebkac|pebcak|id-?10-?t|layer 8 (?:problem|issue|error)|fumble|boneheaded|bone-headed)`,
  },
  { id: 'fat-fingered', category: 'blame-word', pattern: String.raw`fat[- ]?finger(?:ed|ing|s)?` },
  {
    id: 'made-a-mistake',
    category: 'blame-word',
    pattern: String.raw`(?:made|make|makes|making) (?:a |an |the |another |several |multiple |some |one )?(?:\w+ )?(?:mistakes?|errors?|blunders?|bad call|wrong call|poor decision|bad decision|poor choice|bad choice)`,
    subject: 'person',
    unlessAfter: String.raw`(?: message| messages| page| handling)\b`,
  },
  { id: 'pointed-finger', category: 'blame-word', pattern: String.raw`(?:point|points|pointed|pointing) (?:the |a )?fingers? at` },
  {
    id: 'responsible-person',
    category: 'blame-word',
    pattern: String.raw`(?:the )?(?:responsible|guilty|offending|culpable) (?:engineer|person|party|parties|developer|individual|operator|admin|employee|team member)s?`,
    unlessAfter: String.raw`^\s*(?::|—|–| - )\s*(?:a|an|the|our|its)\s`,
  },
  {
    id: 'culprit',
    category: 'person-as-cause',
    pattern: String.raw`(?:the )?(?:culprit|offender|perpetrator)s? (?:was|were|is|:|turned out to be)`,
    object: 'person',
  },

  {
    id: 'layer-8',
    category: 'blame-word',
    pattern: String.raw`layer[ -]?(?:8|eight) (?:issue|problem|error|fault|bug)s?|pebkac|pebcak|id-?10-?t(?: error)?|picnic (?:error|issue)|wetware (?:error|failure|bug|issue)|meatware (?:error|failure|bug|issue)|between (?:the )?keyboard and (?:the )?chair`,
  },

  // ── counterfactuals: what people should, could or failed to have done ──────────────────────
  {
    id: 'should-have',
    category: 'counterfactual',
    pattern: String.raw`${SHOULD_HAVE} (?<verb>${PARTICIPLE})`,
    subject: 'person',
    unlessAfter: String.raw`^(?:been (?:able|expected|impossible|possible|unavailable|affected|unaffected|degraded|fine|seamless|invisible|transparent|minimal|negligible)\b)`,
    unlessBefore: String.raw`\b(?:barely|hardly|scarcely|only)\b[^.]*$|\b(?:users?|customers?|clients?|visitors?|everyone|everybody|anyone|people|nobody|no one)(?: \w+){0,4} $`,
  },
  {
    id: 'could-have',
    category: 'counterfactual',
    pattern: String.raw`${COULD_HAVE} (?<verb>(?:checked|double-checked|verified|validated|tested|reviewed|read|noticed|caught|spotted|asked|escalated|waited|followed|looked|paid attention|been (?:more )?careful|known|realized|realised|stopped|prevented|avoided))\b`,
    subject: 'person',
    unlessBefore: String.raw`\b(?:barely|hardly|scarcely|only)\b[^.]*$`,
  },
  { id: 'known-better', category: 'counterfactual', pattern: String.raw`(?:should|ought to)(?: have|'ve)? known better` },
  {
    id: 'failed-to',
    category: 'counterfactual',
    pattern: String.raw`${FAILING_VERBS}(?: even)? to (?<verb>\w+(?:-\w+)?)`,
    subject: 'person',
  },
  {
    id: 'neglected',
    category: 'counterfactual',
    pattern: String.raw`(?:neglected|overlooked) (?:the|their|his|her|our|a|an)`,
    subject: 'person',
  },
  {
    id: 'did-not-check',
    category: 'counterfactual',
    // "wasn't checking" is an omission; "they were not tested" a passive, about the changes.
    pattern: String.raw`(?:didn't|did not|never|wasn't|was not|weren't|were not) (?:even |properly |actually |bother to |think to |care to )?(?<verb>${DUTY_VERBS})(?<!(?:wasn't|was not|weren't|were not) (?:\w+ )?\w+(?:ed|read))`,
    subject: 'person',
    unlessAfter: String.raw`^ (?:until|before|because|since|due)\b`,
  },
  {
    id: 'nobody-bothered',
    category: 'counterfactual',
    pattern: String.raw`(?:nobody|no one|noone|none of (?:us|them|the \w+)) (?:even )?(?:bothered|cared|thought|took the time|stopped|remembered) to`,
  },
  {
    id: 'if-only',
    category: 'counterfactual',
    pattern: String.raw`if only (?<who>(?:\S+ ){0,2}?\S+) (?:had|would have|'d|could have|were|was)`,
  },
  {
    id: 'if-person-had',
    category: 'counterfactual',
    pattern: String.raw`(?:could|would|might)(?: not|n't)? have been (?:avoided|prevented|caught|stopped|averted|mitigated|contained|limited|shorter|smaller)(?: \w+){0,4}? (?:if|had)`,
    object: 'person',
  },
  {
    id: 'had-person-only',
    category: 'counterfactual',
    pattern: String.raw`(?:if|had) (?<who>(?:\S+ ){0,2}?\S+)(?: had)?(?: not|n't)?(?: only| just| simply| actually| bothered to| taken the time to)* (?:checked|verified|tested|reviewed|read|waited|looked|asked|followed|escalated|noticed|paid attention|listened|double-checked|confirmed|validated|monitored|been (?:more )?careful|been (?:watching|looking|monitoring|paying attention)|taken (?:more )?care)\b`,
  },
  {
    id: 'if-person-had-only',
    category: 'counterfactual',
    pattern: String.raw`if (?<who>(?:\S+ ){0,2}?\S+) had(?: not|n't)? (?:only|just|simply|bothered to|taken the time to) \w+`,
  },

  // ── hindsight: it looks obvious only now ────────────────────────────────────────────────────
  {
    id: 'obviously',
    category: 'hindsight',
    pattern: String.raw`obviously`,
    removable: true,
    unlessBefore: String.raw`\b(?:not|n't|non)[ -]?$`,
  },
  {
    id: 'obvious',
    category: 'hindsight',
    pattern: String.raw`(?:it's|that's|was|were|is|are|been|be|seemed|seems|looked|looks) (?:so |very |quite |pretty |blatantly |painfully |completely |totally |perfectly )?${OBVIOUS}`,
    unlessBefore: NEGATED,
    unlessAfter: String.raw`^ (?:that we|to (?:us|everyone) only|in hindsight only)\b|^ (?:from|after|once|when|in the)\b`,
  },
  {
    id: 'plainly-evident',
    category: 'hindsight',
    pattern: String.raw`(?:plainly|painfully|blatantly|glaringly|patently|abundantly) (?:evident|obvious|clear|apparent|visible)`,
  },
  {
    id: 'anyway',
    category: 'hindsight',
    subjectScope: 'clause',
    pattern: String.raw`(?:went ahead|did it|did so|deployed|pushed|merged|ran|restarted|shipped|proceeded|continued)(?: \w+){0,3} anyway`,
    subject: 'not-thing',
  },
  {
    id: 'should-have-been-clear',
    category: 'hindsight',
    pattern: String.raw`(?:should|ought to)(?: have|'ve) been (?:clear|apparent|evident|obvious|easy to (?:see|spot|catch))`,
  },
  {
    id: 'in-plain-sight',
    category: 'hindsight',
    pattern: String.raw`(?:in plain sight|staring (?:us|them|him|her|everyone) in the face|right in front of (?:them|him|her|us|everyone))`,
  },
  {
    id: 'clearly',
    category: 'hindsight',
    pattern: String.raw`clearly`,
    pastOnly: true,
    removable: true,
    unlessBefore: String.raw`\b(?:not|n't|more|less|as|how|so that)(?: \w+)? $`,
    unlessAfter: String.raw`^ (?:label|labelled|labeled|document|documented|state|stated|mark|marked|define|defined|indicate|indicated|separate|separated|show|shows|explain|explained|visible on the new|communicate)\b`,
  },
  { id: 'of-course', category: 'hindsight', pattern: String.raw`of course`, pastOnly: true },
  {
    id: 'simply-did',
    category: 'hindsight',
    pattern: String.raw`(?:just|simply|merely|happily|casually)(?:(?:,\s*|\s+)(?:just|simply|merely|happily|casually|obviously|clearly))* (?<verb>(?:ignored|pushed|deployed|ran|skipped|clicked|deleted|dropped|merged|assumed|copied|pasted|bypassed|disabled|overrode|overwrote|force-pushed|typed|approved|rubber-stamped|applied|restarted|rebooted|shipped|committed|turned off|switched off|silenced|acked|acknowledged|dismissed|executed|trusted|followed|went ahead|proceeded|yolo'd)\b)`,
    subject: 'not-thing',
    removable: true,
    unlessBefore: String.raw`\b(?:had|has|have|having)(?: \w+)? $`,
  },
  {
    id: 'blindly',
    category: 'hindsight',
    subjectScope: 'clause',
    pattern: String.raw`blindly|without (?:thinking|a second thought|a second glance|a (?:second )?look|looking|checking|double-checking|reading|testing|asking|verifying|bothering|waiting for (?:a |an |any )?(?:review|approval|sign-off|green)|telling anyone|asking anyone|a care|any care|due care)`,
    subject: 'not-thing',
    pastOnly: true,
    removable: false,
  },
  {
    id: 'ignored-warning',
    category: 'hindsight',
    pattern: String.raw`(?:ignored|ignores|ignoring|disregarded|dismissed|brushed off|shrugged off|waved off|overlooked|missed|silenced|snoozed|muted|acked) (?:the |an |a |all |every |several |multiple |repeated |clear |obvious |numerous |\d+ )*(?:\w+ )?(?:warnings?|alerts?|pages?|alarms?|red flags?|signs?|signals?|errors?|advice|runbook|procedure|checklist|instructions?|guidance|reviewer|review comments?|feedback)`,
    subject: 'person',
  },
  {
    id: 'skipped-safeguard',
    category: 'hindsight',
    pattern: String.raw`(?:skipped|bypassed|circumvented|overrode|overrides|skips|bypasses|side-stepped|sidestepped|worked around) (?:the |our |a |an |all |every |any )?(?:\w+ )?(?:review|reviews|tests?|checklist|canary|canaries|steps?|process|procedure|runbook|approvals?|safeguards?|checks?|validation|warnings?|guardrails?|staging|protections?|lock)\b`,
    subject: 'person',
  },
  {
    id: 'chose-to',
    category: 'hindsight',
    pattern: String.raw`(?:chose|decided|opted|elected) (?:not )?to (?:ignore|skip|bypass|disable|override|silence|push|deploy|merge|ship|proceed|go ahead|skip)`,
    subject: 'person',
  },
  {
    id: 'too-slow',
    category: 'hindsight',
    pattern: String.raw`(?:(?:was|were) too (?:slow|late) to|took too long to) (?<verb>respond|react|notice|act|escalate|answer|acknowledge|roll back)|waited too long`,
    subject: 'person',
  },
  {
    id: 'let-it-slip',
    category: 'counterfactual',
    pattern: String.raw`(?:let|allowed) (?:the |our |a |an |this |that |it )?(?:\w+ ){0,4}(?:expire|lapse|slip|slip through|slide|sit|languish|pile up|fill up|run out|go unnoticed|get out of sync|drift|rot)`,
    subject: 'person',
  },
  {
    id: 'supposed-to',
    category: 'counterfactual',
    pattern: String.raw`(?:was|were) (?:supposed|expected|meant|required) to (?:have )?(?<verb>\w+)`,
    subject: 'person',
  },
  {
    id: 'how-could',
    category: 'hindsight',
    pattern: String.raw`how (?:could|did|can|was it possible that) (?:\w+ ){0,3}(?:not |n't |never |miss|missed|fail|failed|forget|forgot|ignore|ignored|overlook|overlooked|let)`,
  },
  {
    id: 'anyone-would-have',
    category: 'hindsight',
    pattern: String.raw`(?:anyone|anybody|any (?:competent |reasonable |decent |good )?(?:engineer|developer|operator|admin|person)|a (?:competent|reasonable|good|careful|decent) (?:engineer|developer|operator|admin|person)) (?:would|could|should) have (?:known|seen|noticed|caught|spotted|realized|realised|checked)`,
  },

  // ── character judgements ────────────────────────────────────────────────────────────────────
  { id: 'careless', category: 'character', pattern: String.raw`careless(?:ly|ness)?|carelessly`, unlessBefore: NEGATED, removable: false },
  { id: 'negligent', category: 'character', pattern: String.raw`negligen(?:t|tly|ce)|grossly negligent`, unlessBefore: NEGATED },
  {
    id: 'lazy',
    category: 'character',
    pattern: String.raw`lazy|lazily|laziness`,
    unlessBefore: NEGATED,
    unlessAfter: String.raw`^[ -]*(?:load|loading|loaded|loads|evaluat|eval|init|initiali[sz]|instantiat|import|fetch|compil|deserializ|hydrat|binding|bind|static|val|sequence|list|stream|property|mode|regex|quantifier|match|consumer|route|singleton|object|module|column|iterator|evaluation|=)`,
  },
  {
    id: 'sloppy',
    category: 'character',
    pattern: String.raw`sloppy|sloppily|sloppiness`,
    unlessBefore: NEGATED,
    unlessAfter: String.raw`^ (?:quorum|quorums|counters?|mode)\b`,
  },
  {
    id: 'incompetent',
    category: 'character',
    pattern: String.raw`incompeten(?:t|ce|tly)|inept(?:itude|ness)?|unqualified|unprofessional(?:ly)?|amateurish|amateur hour|clueless|stupid(?:ly|ity)?|idiot(?:ic|s)?|moron(?:ic|s)?|dumb(?:est)?|foolish(?:ly|ness)?|brainless|dim-witted|half-assed|boneheads?`,
    unlessBefore: NEGATED,
    unlessAfter: String.raw`^ (?:terminal|terminals|pipe|pipes|client|clients|switch|switches|proxy|mode)\b`,
  },
  {
    id: 'reckless',
    category: 'character',
    pattern: String.raw`reckless(?:ly|ness)?|irresponsib(?:le|ly|ility)|thoughtless(?:ly|ness)?|cavalier|cowboy(?:ed|ing| coding| deploy| deployment| change)?|heedless(?:ly)?`,
    unlessBefore: NEGATED,
  },
  {
    id: 'inattentive',
    category: 'character',
    pattern: String.raw`inattentive(?:ly|ness)?|inattention|(?:wasn't|was not|weren't|were not|not|stopped|didn't|did not) (?:really )?pay(?:ing)? (?:any |enough |close )?attention|asleep (?:at the wheel|on the job|at the switch)|half-asleep|not focused|unfocused|lapse (?:in|of) (?:judgement|judgment|attention|concentration)`,
    subject: 'not-thing',
  },
  {
    id: 'rookie-mistake',
    category: 'character',
    pattern: String.raw`(?:didn't|did not|don't|doesn't) (?:really )?know what (?:they|he|she|we|you) (?:were|was|are|is) doing|out of (?:their|his|her|our) depth|in over (?:their|his|her|our) heads?|rookie (?:mistake|error|move)s?|bad apples?|noob(?: mistake)?|newbie (?:mistake|error)s?|(?:should|ought to) know better`,
  },
  {
    id: 'lack-of-care',
    category: 'character',
    pattern: String.raw`(?:lack|lacked|lacking|absence) (?:of )?(?:attention to detail|attention|care|diligence|rigou?r|discipline|judge?ment|common sense|competence|professionalism|ownership|accountability)|(?:poor|bad|questionable|flawed) (?:judge?ment|decision-making)|(?:lapse|mistake|error|failure|oversight|negligence) on (?:his|her|their|the \w+'s|\p{Lu}[\p{L}-]+'s) part`,
    unlessBefore: NEGATED,
  },
  {
    id: 'inexperienced',
    category: 'character',
    pattern: String.raw`(?:inexperienced|untrained|unskilled|incapable|overconfident|arrogant|complacent)`,
    subject: 'not-thing',
    unlessBefore: NEGATED,
  },

  // ── a person as the cause ───────────────────────────────────────────────────────────────────
  {
    id: 'triggered-by-person',
    category: 'person-as-cause',
    pattern: String.raw`(?:outage|incident|downtime|failure|problem|issue|disruption|breakage|corruption|data loss)s? (?:was|were|got|had been) (?:\w+ )?(?:triggered|started|introduced|set off) by`,
    object: 'person',
  },
  {
    id: 'caused-by-person',
    category: 'person-as-cause',
    pattern: String.raw`(?:caused|brought on) (?:entirely |solely |directly |primarily |mainly |ultimately )?by`,
    object: 'person',
  },
  {
    id: 'due-to-person',
    category: 'person-as-cause',
    pattern: String.raw`(?:due to|because of|owing to|the result of|a result of|resulted from|attributed to|attributable to|trac(?:e|es|ed|ing)(?: \S+){0,3}? (?:back |directly |straight )?to|comes down to|came down to|boils down to|boiled down to|the fault of|the doing of)`,
    object: 'person',
  },
  {
    id: 'root-cause-person',
    category: 'person-as-cause',
    pattern: String.raw`(?:root|primary|main|real|underlying|actual|ultimate) (?:cause|reason)(?: of (?:the |this )?(?:\w+ ){0,3}\w+)?(?:\s*[:=—–-]|\s+(?:was|is|were))`,
    object: 'person',
  },
  { id: 'person-caused', category: 'person-as-cause', pattern: String.raw`${CAUSE_VERBS} ${INCIDENT}`, subject: 'person' },
  {
    id: 'person-broke',
    category: 'person-as-cause',
    pattern: String.raw`(?:broke|broken|break|breaks|took down|taken down|brought down|knocked (?:over|out)|crashed|nuked|hosed|borked|trashed|wrecked|took out|taken out|blew (?:up|away)|blown away|brought (?:\w+ ){1,2}down|took (?:\w+ ){1,2}down) (?:the |our |all of |all )?(?:\w+ ){0,3}(?:production|prod|the site|site|website|checkout|build|builds|main|master|deploy|pipeline|cluster|database|db|service|api|payments?|login|everything|things|stuff)\b`,
    subject: 'person',
  },
  {
    id: 'person-is-reason',
    category: 'person-as-cause',
    pattern: String.raw`(?:is|was|are|were) (?:the |one of the )?(?:real |main |whole )?(?:reason|cause|root cause|problem)s?\b`,
    subject: 'person',
  },
  {
    id: 'happened-because',
    category: 'person-as-cause',
    pattern: String.raw`(?:happened|occurred|started|began|broke|failed|went down|was down) (?:only )?because(?: of)?`,
    object: 'person',
  },
  {
    id: 'wrong-target',
    category: 'blame-word',
    pattern: String.raw`(?:the|a) wrong (?:\S+ )?(?:host|server|bucket|cluster|database|db|table|node|region|environment|env|branch|box|machine|instance|config|file|command|button|key|account|tab|window|terminal|shell|namespace|project|context|script|version)s?`,
    subject: 'person',
  },
  {
    id: 'persons-mistake',
    category: 'person-as-cause',
    pattern: String.raw`(?:(?<who>\p{Lu}[\p{L}-]+)(?:'s|')|his|her|their|my|our|your)(?: own)? (?:mistake|mistakes|fault|error|errors|blunder|oversight|negligence|carelessness|screw-?up|slip(?:-up)?|fumble|doing|lapse|incompetence|sloppiness|laziness)`,
    unlessBefore: String.raw`\b(?:not|no|n't)(?: \w+)? $`,
    unlessAfter: String.raw`^ (?:budget|budgets|rate|rates|message|messages|handling|page|pages|log|logs|code|codes|count|counts)\b`,
  },
  {
    id: 'on-person',
    category: 'person-as-cause',
    pattern: String.raw`(?:it's|it is|it was|that's|that is|that was|this one's|this is|this one is|this was|this one was) (?:all |entirely |squarely |totally )?on`,
    object: 'person',
  },
];

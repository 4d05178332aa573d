// What is said about people, as data: the words of slips, omissions, judgements, causes and
// counterfactuals that judge.ts looks for, and the words around them that change their sense.
// Grouped by meaning; each list is about what a word says, never about one sentence.

import { verbForms } from './grammar';

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

/** Every form of the verbs given by their base form, mapped to the base: "runs", "ran" → "run". */
const verbs = (...bases: string[]): ReadonlyMap<string, string> => new Map(bases.flatMap((base) => verbForms(base).map((form) => [form, base] as [string, string])));

/** Adverbs that tell an action was a slip. */
export const SLIP_ADVERBS = set(
  'accidentally', 'accidently', 'accidentaly', 'mistakenly', 'mistakingly', 'inadvertently', 'inadvertantly',
  'unintentionally', 'unknowingly', 'unwittingly', 'erroneously', 'wrongly', 'wrongfully',
);

/** Adverbs that judge how an action was done. */
export const JUDGING_ADVERBS = set(
  'carelessly', 'hastily', 'recklessly', 'sloppily', 'negligently', 'absentmindedly', 'absent-mindedly',
  'inattentively', 'clumsily', 'foolishly', 'stupidly', 'lazily', 'thoughtlessly', 'improperly', 'poorly', 'badly',
  'incorrectly', 'haphazardly', 'overzealously', 'zealously', 'irresponsibly', 'hurriedly', 'rashly', 'blindly',
);

/** Past forms whose verb itself is a slip: who did it is said to have erred. */
export const SLIP_VERBS = set(
  'missed', 'forgot', 'forgotten', 'overlooked', 'neglected', 'omitted', 'mistyped', 'misspelled', 'misspelt',
  'misconfigured', 'misread', 'misjudged', 'miscalculated', 'misunderstood', 'misinterpreted', 'mislabeled', 'mistook',
  'mislabelled', 'misnamed', 'misplaced', 'misused', 'mishandled', 'typoed', 'botched', 'bungled', 'fumbled', 'left',
  'flubbed', 'goofed', 'blundered', 'underestimated', 'overestimated', 'disregarded', 'ignored', 'screwed', 'messed',
  'mixed', 'muddled', 'fouled', 'borked', 'fat-fingered', 'fatfingered', 'dismissed', 'skipped', 'bypassed',
  'circumvented', 'panicked',
);

/** Verbs of damage: whoever is said to have done it is made the cause ("Tariq broke the ETL pipeline"). */
export const HARM_VERBS = verbs('break', 'wipe', 'nuke', 'corrupt', 'crash', 'trash', 'hose', 'bork', 'clobber', 'cause', 'lock', 'stall', 'freeze');

/** Verbs that remove or stop things, which people also do as routine: the cause only where the sentence says so, or nobody is named. */
export const DESTRUCTIVE_VERBS = verbs(
  'delete', 'remove', 'drop', 'truncate', 'overwrite', 'kill', 'unplug', 'disconnect', 'erase', 'purge', 'destroy',
  'revoke', 'force-push', 'trip', 'flush', 'fill',
);

/** Verbs that take something down only with their particle: "took the gateway offline", "switched off the breaker". */
export const DESTRUCTIVE_PHRASAL: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ([
    ['switch', set('off')], ['turn', set('off')], ['shut', set('down', 'off')], ['pull', set('plug')], ['power', set('off', 'down')],
    ['take', set('down', 'out', 'offline')], ['bring', set('down', 'offline')], ['knock', set('out', 'over', 'offline')],
    ['tip', set('over')],
  ] as [string, ReadonlySet<string>][]).flatMap(([base, particles]) => verbForms(base).map((form) => [form, particles] as [string, ReadonlySet<string>])),
);

/** Phrasal verbs of damage: "took the SMS gateway offline", "brought checkout down". */
export const HARM_PHRASAL = new Set([...verbForms('take'), ...verbForms('bring'), ...verbForms('knock'), ...verbForms('tip')]);

/** Changes of any kind: they are the story of the outage where the sentence says they caused it. */
export const CHANGE_VERBS = verbs(
  'change', 'edit', 'modify', 'push', 'merge', 'deploy', 'run', 'add', 'update', 'install', 'configure', 'set', 'leave',
  'apply', 'execute', 'commit', 'release', 'upgrade', 'migrate', 'type', 'enter', 'rename', 'move', 'copy', 'enable',
  'disable', 'reboot', 'restart', 're-start', 'reset', 'create', 'replace', 'ship', 'roll', 'start', 'trigger', 'launch',
  'upload', 'publish', 'cut', 'rotate', 'sit', 'reuse', 'grant', 'open', 'bump', 'pin', 'patch',
  'tweak', 'chown', 'chmod', 'comment', 'uncomment', 'revert', 'scale', 'resize', 'provision', 'decommission',
  'reassign', 'swap', 'flip', 'toggle', 'write', 'rewrite', 'lower', 'raise', 'reduce', 'increase', 'point', 'hand-edit',
);

/**
 * Words that say an act led to the outage ("…, and that broke the build", "…so php-fpm could no
 * longer…"), each with the word that must follow it where it has other senses ("led to", not "test engineer lead").
 */
export const STRONG_LINKS: ReadonlyMap<string, RegExp | undefined> = new Map([
  ['caused', undefined], ['causing', undefined], ['broke', undefined], ['breaking', undefined], ['triggered', undefined],
  ['triggering', undefined], ['wiped', undefined], ['led', /^to$/], ['lead', /^to$/], ['leading', /^to$/],
  ['resulted', /^in$/], ['resulting', /^in$/], ['meant', /^(?:that|the|no|we|users)$/], ['took', /^down$/],
  ['brought', /^down$/], ['knocked', /^(?:out|over)$/],
]);

/** Events of an outage: with "after" or "when", what a person did before them is told as their cause. */
export const FAILURE_EVENTS = set(
  'outage', 'down', 'failed', 'crashed', 'filled', 'stopped', 'broke', 'errors', 'triggered', 'began', 'started', 'died',
  'dropped', 'spiked', 'unavailable', 'dowed', 'downed', 'unreachable', 'read-only', 'returning', 'failing', 'broken',
  '403', '404', '500', '502', '503', '504', 'timeouts', 'timing', 'lost', 'corrupted', 'offline', 'halted', 'stalled',
);

/** Adjectives that make what a person acted on the wrong thing: "pulled the wrong drive", "deployed a broken image". */
export const FAULTY = set('wrong', 'broken', 'faulty', 'invalid', 'incorrect', 'buggy', 'malformed', 'untested', 'unreviewed', 'unverified', 'unvalidated', 'bad', 'stale', 'outdated', 'misconfigured', 'corrupt', 'corrupted');

/** Verbs that repair, find or contain: acting on the broken thing then is the response, not the cause. */
export const RESPONSE_VERBS = set(
  'fixed', 'reverted', 'rolled', 'restored', 'replaced', 'removed', 'deleted', 'killed', 'restarted', 'found', 'noticed',
  'identified', 'spotted', 'detected', 'reported', 'investigated', 'debugged', 'corrected', 'repaired', 'recreated',
  'patched', 'disabled', 'drained', 'isolated', 'quarantined', 'flagged', 'traced', 'located', 'diagnosed', 'caught',
  'rebuilt', 'redeployed', 'cleaned', 'reset', 'rebooted', 'banned', 'blocked', 'revoked', 'unpublished', 'yanked',
);

/** Words of a person who acts where the sentence does not say who: "someone", "a contractor", "one of the students". */
export const INDEFINITE = set('someone', 'somebody', 'a', 'an', 'some', 'one', 'whoever');

/** Slip verbs that say so only with their particle: "messed up", "mixed up", "left out a semicolon". */
export const PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['screwed', set('up')], ['messed', set('up')], ['mixed', set('up')], ['muddled', set('up')], ['fouled', set('up')], ['left', set('out', 'off')],
]);

/** Slip verbs that also describe what users did without reproach ("users missed emails"). */
export const SLIPS_OF_ANYONE = set('missed', 'ignored', 'disregarded', 'overlooked', 'underestimated', 'overestimated', 'dismissed', 'skipped', 'panicked');

/** Passives that tell, with no agent, that something was not seen in time: hindsight. */
export const UNSEEN_PASSIVES = set('overlooked', 'missed', 'ignored', 'forgotten', 'neglected', 'disregarded', 'dismissed', 'misread', 'misunderstood', 'misjudged', 'underestimated');

/** Passives of a step left out: hindsight where what was left out is a step of a process ("the runbook step … was skipped"), not a job's status. */
export const SKIPPED_PASSIVES = set('skipped', 'bypassed', 'circumvented', 'omitted');

/**
 * Verbs that say nothing against a person when negated: "she did not see any errors", "he did not
 * get the page". What someone did not perceive or receive describes the situation.
 */
export const NEUTRAL_WHEN_NEGATED = set(
  'see', 'seem', 'find', 'receive', 'get', 'want', 'need', 'mean', 'happen', 'work', 'exist', 'appear', 'hear', 'expect',
  'like', 'mind', 'matter', 'change', 'affect', 'impact', 'include', 'contain', 'help', 'hold', 'last', 'return', 'come',
  'go', 'show', 'succeed', 'say', 'involve', 'require', 'cause', 'break', 'fail', 'touch', 'lose', 'make', 'take', 'let',
  'have', 'be', 'do', 'know', 'start', 'stop', 'apply', 'recover', 'respond', 'reach', 'load',
);

/** What a person can be told they failed to do: checks, care, communication, follow-through. */
export const DUTY_VERBS = set(
  'check', 'double-check', 'verify', 'validate', 'test', 'review', 'read', 'notice', 'catch', 'spot', 'follow', 'monitor',
  'escalate', 'update', 'renew', 'back', 'backup', 'document', 'communicate', 'inform', 'tell', 'notify', 'warn', 'ask',
  'consult', 'realize', 'realise', 'anticipate', 'foresee', 'consider', 'plan', 'think', 'bother', 'care', 'wait',
  'confirm', 'look', 'pay', 'run', 'reload', 'restart', 'enable', 'rotate', 'investigate', 'question', 'coordinate',
  'announce', 'remember', 'prepare', 'practice', 'rehearse', 'track', 'watch', 'respond', 'react', 'act',
  'improve', 'address', 'fix', 'implement', 'prioritize', 'prioritise', 'learn', 'apply', 'double', 'alert', 'page', 'write',
);

/** Adverbs in a negated group that make an omission a judgement: "did not properly plan". */
export const DUTY_ADVERBS = set('properly', 'adequately', 'sufficiently', 'carefully', 'correctly', 'fully', 'thoroughly', 'even', 'bother', 'think', 'actually', 'really');

/** What "without" names when an action skipped its safeguard. */
export const SKIPPED_SAFEGUARDS = set(
  'checking', 'double-checking', 'testing', 'verifying', 'validating', 'reviewing', 'reading', 'looking', 'asking',
  'thinking', 'telling', 'waiting', 'consulting', 'running', 'backing', 'notifying', 'informing', 'confirming',
  'review', 'approval', 'tests', 'test', 'testing', 'rehearsal', 'plan', 'backup', 'backups', 'safety', 'sign-off',
  'signoff', 'dry-run', 'second', 'peer', 'staging', 'canary', 'checks', 'check', 'validation', 'verification',
  'trying', 'planning', 'understanding', 'knowing', 'considering', 'realizing', 'realising', 'investigating',
  'coordinating', 'communicating', 'rehearsing', 'measuring', 'monitoring', 'watching', 'noticing',
);

/** Words a "without" phrase may start with before its safeguard: "without a dress rehearsal", "without any testing". */
export const SAFEGUARD_LEADS = set('a', 'an', 'the', 'any', 'proper', 'prior', 'first', 'dress', 'plan', 'code', 'further', 'adequate', 'sufficient', 'enough', 'much', 'properly');

/** Participles of things done to avoid an outcome: "could have been avoided". */
export const AVOIDED = set('avoided', 'prevented', 'averted', 'mitigated', 'caught', 'detected', 'spotted', 'noticed', 'found', 'identified', 'resolved', 'fixed', 'contained', 'limited', 'reduced', 'shortened', 'stopped', 'minimized', 'minimised', 'saved', 'surfaced', 'exposed', 'revealed', 'flagged', 'blocked');

/** What a person does that a passive counterfactual says should have been done: "should have been communicated". */
export const HUMAN_ACTIONS = set(
  'communicated', 'tested', 'reviewed', 'checked', 'documented', 'announced', 'escalated', 'verified', 'validated',
  'reported', 'discussed', 'planned', 'coordinated', 'monitored', 'investigated', 'considered', 'flagged', 'raised',
  'notified', 'approved', 'rehearsed', 'staged', 'followed', 'read', 'done', 'handled',
);

/** Words that make a thing the better alternative: "better use of tcpdump could have exposed…". */
export const BETTER = set('better', 'more', 'superior', 'proper', 'earlier', 'stricter', 'thorough', 'thorougher', 'granular', 'improved', 'clearer', 'closer', 'careful', 'additional', 'extra', 'simple', 'quick', 'basic', 'single');

/** What guards a change: "a staging environment that mirrored production would have caught…". */
export const SAFEGUARD_NOUNS = set('stage', 'stages', 'routing', 'staging', 'environment', 'test', 'tests', 'testing', 'canary', 'check', 'checks', 'review', 'alert', 'alerting', 'alarm', 'monitoring', 'run', 'lint', 'linter', 'validation', 'curl', 'backup', 'backups', 'diff', 'plan', 'rehearsal', 'rollout', 'deploy', 'dry-run', 'smoke', 'probe', 'healthcheck', 'health-check', 'hook');

/** Verbs of what a safeguard would have done. */
export const SAFEGUARD_VERBS = set('kept', 'held', 'confined', 'restricted', 'woken', 'caught', 'shown', 'showed', 'surfaced', 'exposed', 'revealed', 'detected', 'prevented', 'avoided', 'flagged', 'alerted', 'stopped', 'blocked', 'spotted', 'warned', 'saved', 'limited', 'helped', 'allowed', 'told', 'noticed', 'found');

/** Frames that make what follows the cause. */
export const CAUSAL_FRAMES: readonly string[][] = [
  ['due', 'to'], ['because', 'of'], ['caused', 'by'], ['owing', 'to'], ['courtesy', 'of'], ['result', 'of'],
  ['resulted', 'from'], ['attributed', 'to'], ['attributable', 'to'], ['triggered', 'by'], ['introduced', 'by'],
  ['blame', 'on'], ['stemmed', 'from'], ['stems', 'from'], ['brought', 'on', 'by'], ['comes', 'down', 'to'],
  ['came', 'down', 'to'], ['boils', 'down', 'to'], ['boiled', 'down', 'to'], ['traced', 'back', 'to'], ['traced', 'to'],
  ['trace', 'back', 'to'], ['traces', 'back', 'to'], ['started', 'with'], ['began', 'with'], ['starts', 'with'],
];

/** Words anywhere in a sentence that make it about a cause or a failure. */
export const CAUSAL_LINKS = set(
  'moment', 'source',
  'due', 'because', 'caused', 'causing', 'cause', 'led', 'lead', 'leading', 'resulted', 'resulting', 'result',
  'after', 'following', 'triggered', 'triggering', 'broke', 'outage', 'outages', 'down', 'downtime', 'failure',
  'problem', 'issue', 'incident', 'culprit', 'responsible', 'root', 'reason', 'stemmed', 'crash', 'crashed', 'error',
  'errors', 'broken', 'failed', 'failing', 'unavailable', 'dowed', 'downed', 'took', 'brought',
);

/** Changes a person makes: the nouns and participles that "by <person>" may follow as the agent of a cause. */
export const CHANGES = set(
  'configuration', 'configurations', 'config', 'configs', 'change', 'changes', 'deployment', 'deployments', 'deploy',
  'deploys', 'edit', 'edits', 'update', 'updates', 'modification', 'modifications', 'commit', 'commits', 'push',
  'migration', 'upgrade', 'upgrades', 'command', 'commands', 'patch', 'typo', 'typos', 'misconfiguration', 'setting',
  'settings', 'rule', 'rules', 'entry', 'installation', 'install', 'cleanup', 'deletion', 'removal', 'operation',
  'mistake', 'mistakes', 'error', 'errors', 'release', 'rollout', 'script', 'merge', 'pr', 'edit',
  'configured', 'modified', 'edited', 'changed', 'deployed', 'pushed', 'introduced', 'made', 'written', 'added',
  'deleted', 'removed', 'installed', 'updated', 'applied', 'performed', 'executed', 'ran', 'run', 'done', 'merged',
  'committed', 'released', 'created', 'triggered', 'initiated', 'started', 'set', 'caused', 'misconfigured',
  'entered', 'typed', 'chosen', 'picked', 'selected', 'provided', 'supplied', 'passed', 'edit', 'refactor',
);

/** Nouns of a mistake: "a typo made by the on-call engineer" names a person's slip with no word of cause. */
export const MISTAKE_NOUNS = set('typo', 'typos', 'mistake', 'mistakes', 'misconfiguration', 'misconfigurations', 'error', 'errors', 'slip', 'blunder', 'oversight', 'misstep', 'goof', 'fat-finger');

/** Adjectives that judge a person's character or state. */
export const CHARACTER_ADJECTIVES = set(
  'overzealous', 'over-zealous', 'zealous', 'overenthusiastic', 'over-enthusiastic', 'overeager', 'over-eager',
  'careless', 'sloppy', 'lazy', 'negligent', 'incompetent', 'inept', 'clueless', 'reckless', 'inexperienced',
  'untrained', 'unqualified', 'naive', 'naïve', 'overconfident', 'over-confident', 'complacent', 'arrogant',
  'distracted', 'inattentive', 'forgetful', 'absent-minded', 'hasty', 'impatient', 'sleepy', 'sleep-deprived',
  'hungover', 'lax', 'irresponsible', 'unprofessional', 'ignorant', 'dumb', 'stupid', 'foolish', 'clumsy',
  'tired', 'exhausted', 'overworked', 'unreliable', 'cavalier', 'trigger-happy', 'heavy-handed', 'gung-ho',
);

/** Endings of compound adjectives of a person's state: "caffeine-starved", "sleep-deprived". */
export const CHARACTER_COMPOUND = /^[a-z]+-(?:starved|deprived|addled|brained|fingered|happy)$/;

/** Nouns of what people do: a judgement of them is a softer judgement of the people. */
export const HUMAN_ACTIVITIES = set(
  'efforts', 'effort', 'work', 'handling', 'cleanup', 'cleaning', 'attitude', 'approach', 'behaviour', 'behavior',
  'strategy', 'planning', 'plan', 'communication', 'communications', 'coordination', 'decision', 'decisions',
  'decision-making', 'judgement', 'judgment', 'review', 'reviews', 'testing', 'oversight', 'diligence',
  'preparation', 'analysis', 'execution', 'follow-up', 'follow-through', 'documentation', 'practices', 'habits',
  'discipline', 'rigour', 'rigor', 'debugging', 'troubleshooting', 'response', 'use', 'usage', 'detection',
  'reaction', 'debugs', 'attempts', 'tries', 'refactor', 'refactoring', 'rewrite', 'handover', 'handoff',
  'escalation', 'rollout', 'investigation', 'design', 'assessment', 'estimate', 'estimation', 'monitoring',
  'ownership', 'management', 'reviewing', 'alerting', 'on-call', 'runbook', 'runbooks', 'notes', 'hygiene',
  'culture', 'practice', 'coverage', 'onboarding', 'training', 'staffing', 'step', 'steps', 'approval', 'approvals',
  'process', 'processes', 'hour', 'hours', 'handoff', 'handoffs', 'alerting',
);

/** Words a work is judged as by what it stands for: "Reviews had turned into a rubber stamp", "Testing has been an afterthought". */
export const WORK_FIGURES: readonly string[][] = [['rubber', 'stamp'], ['afterthought'], ['box-ticking'], ['formality'], ['free-for-all'], ['mess'], ['out', 'of', 'date']];

/** Adjectives that judge a piece of work: "a poor release strategy", "sloppy handling". */
export const WORK_JUDGEMENTS = set(
  'nonexistent', 'non-existent', 'chaotic', 'unclear', 'incomplete', 'lacklustre', 'lackluster', 'haphazard', 'ad-hoc',
  'thin', 'superficial', 'shallow', 'cursory', 'messy', 'wrong', 'outdated', 'stale', 'sparse',
  'inconsistent', 'looser', 'loose', 'patchy', 'spotty',
  'poor', 'bad', 'sloppy', 'inadequate', 'lax', 'weak', 'careless', 'hasty', 'rushed', 'superior', 'insufficient',
  'lacking', 'shoddy', 'ineffective', 'unreasonable', 'unacceptable', 'half-baked', 'half-hearted', 'overenthusiastic',
  'overzealous', 'over-enthusiastic', 'over-zealous', 'questionable', 'flawed', 'negligent', 'reckless', 'lazy',
);

/** What a person can lack: experience, understanding. */
export const COMPETENCES = set('experience', 'understanding', 'knowledge', 'expertise', 'familiarity', 'skill', 'skills', 'competence', 'know-how', 'awareness', 'attention', 'care', 'diligence', 'rigour', 'rigor', 'discipline', 'judgement', 'judgment', 'ownership', 'accountability', 'professionalism', 'common');

/** States a person is said not to have been in: "wasn't sure how to debug". */
export const KNOWING = set('sure', 'certain', 'aware', 'familiar', 'clear', 'confident');

/** What a punished or restricted person undergoes. */
export const SANCTIONS = set('fired', 'sacked', 'reprimanded', 'disciplined', 'demoted', 'suspended', 'written', 'banned', 'removed', 'blamed');

/** Adjectives of the care a person is told to take: "must be extremely attentive". */
export const CARE = set('careful', 'attentive', 'vigilant', 'diligent', 'cautious', 'mindful', 'alert', 'thorough');

/** Hindsight openers: the view from after the outcome. */
export const HINDSIGHT_OPENERS: readonly string[][] = [
  ['in', 'retrospect'], ['in', 'hindsight'], ['on', 'reflection'], ['looking', 'back'], ['with', 'hindsight'],
  ['in', 'retrospective'], ['retrospectively'], ['with', 'the', 'benefit', 'of', 'hindsight'],
];

/** Verbs of foresight an analysis or plan can fail at. */
export const FORESIGHT = set('predict', 'anticipate', 'foresee', 'account', 'consider', 'identify', 'catch', 'spot', 'recognize', 'recognise', 'notice', 'realize', 'realise', 'expect', 'cover', 'plan');

/** Nouns of what the writers thought: a wrong one is their own slip. */
export const BELIEFS = set('assumption', 'assumptions', 'belief', 'understanding', 'expectation', 'guess', 'estimate', 'estimates', 'judgement', 'judgment', 'call', 'decision', 'choice');

/** Adjectives that make a belief wrong. */
export const WRONG = set('incorrect', 'wrong', 'false', 'faulty', 'mistaken', 'bad', 'poor', 'erroneous', 'flawed', 'invalid', 'naive', 'naïve', 'inaccurate');

/** Nouns of a person's character among the mistakes: a warning, never a softer self-criticism. */
export const CHARACTER_NOUNS = set('inexperience', 'ignorance', 'carelessness', 'negligence');

/** Nouns of being wrong. */
export const MISTAKES = set('mistake', 'mistakes', 'misunderstanding', 'misunderstandings', 'oversight', 'oversights', 'misstep', 'missteps', 'blunder', 'blunders', 'slip', 'slip-up', 'lapse', 'misjudgement', 'misjudgment', 'miscommunication', 'neglect', 'inexperience', 'ignorance', 'carelessness', 'negligence');

/** Idioms that point at a person while claiming not to. */
export const POINTING_IDIOMS: readonly string[][] = [
  ['naming', 'no', 'names'], ['name', 'no', 'names'], ['not', 'name', 'names'], ['won', 'not', 'name'],
  ['stay', 'anonymous'], ['remain', 'anonymous'], ['remain', 'nameless'], ['stays', 'anonymous'],
  ['will', 'not', 'name', 'names'], ['shall', 'remain', 'nameless'], ['rhymes', 'with'], ['you', 'know', 'who', 'you', 'are'],
  ['not', 'naming', 'names'], ['without', 'naming', 'names'], ['no', 'names', 'mentioned'],
];

/** Nouns of something going wrong that a writer may say was "not" theirs. */
export const FAULTS = set('malfunction', 'fault', 'failure', 'bug', 'problem', 'issue', 'vulnerability', 'error', 'defect', 'flaw', 'responsibility');

/** What of a person's is theirs to protect. */
export const PERSONAL_THINGS = set('account', 'accounts', 'password', 'passwords', 'credentials', 'machine', 'laptop', 'token', 'tokens', 'key', 'keys', 'device', 'computer', 'email', 'phone', '2fa', 'mfa');

// The words that name people, groups of people, the people a service is for, and the systems
// whose names look like people's: data for actors.ts and people.ts.

/** Roles people hold at work, singular and plural. */
const ROLE_WORDS = [
  'engineer', 'developer', 'dev', 'programmer', 'coder', 'operator', 'admin', 'administrator', 'sysadmin', 'netadmin',
  'sre', 'dba', 'on-call', 'oncall', 'on-caller', 'responder', 'intern', 'trainee', 'apprentice', 'contractor',
  'consultant', 'freelancer', 'employee', 'staffer', 'reviewer', 'approver', 'author', 'committer', 'maintainer',
  'contributor', 'volunteer', 'moderator', 'manager', 'lead', 'owner', 'person', 'colleague', 'teammate', 'coworker',
  'co-worker', 'analyst', 'tester', 'technician', 'electrician', 'architect', 'designer', 'pm', 'director', 'cto',
  'ceo', 'cio', 'ciso', 'vp', 'executive', 'commander', 'newcomer', 'hire', 'guy', 'gal', 'individual', 'member',
  'specialist', 'expert', 'release-manager', 'releaser', 'deployer', 'supervisor', 'agent', 'rep', 'representative',
  'janitor', 'cleaner', 'custodian', 'caretaker', 'housekeeper', 'guard', 'student', 'junior', 'senior', 'newbie',
  'rookie', 'noob', 'boss', 'founder', 'officer', 'instructor', 'mentor', 'peer', 'worker', 'dude',
  'fella', 'staff-member', 'dev-ops', 'devops-engineer', 'programmer', 'webmaster', 'postmaster', 'hostmaster',
  'captain', 'steward', 'coordinator', 'shepherd', 'volunteer',
];

const PLURALS: Record<string, string> = { person: 'people' };

export const ROLES: ReadonlyMap<string, 'singular' | 'plural'> = new Map(
  ROLE_WORDS.flatMap((word) => [
    [word, 'singular'],
    [PLURALS[word] ?? (word.endsWith('s') ? `${word}es` : `${word}s`), 'plural'],
  ] as [string, 'singular' | 'plural'][]),
);

/** Groups of people and organisations. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'team', 'teams', 'staff', 'crew', 'squad', 'department', 'management', 'leadership', 'ops', 'devops',
  'facilities', 'personnel', 'workforce', 'committee', 'board', 'vendor', 'vendors', 'provider', 'providers',
  'supplier', 'suppliers', 'contractors', 'partner', 'partners', 'org', 'organisation', 'organization', 'company',
  'management', 'helpdesk', 'sysadmins', 'engineering', 'qa', 'registrar', 'registrars', 'isp', 'carrier',
]);

/** Heads that name a group of people only after these: "the platform group", not "the resource group". */
export const PEOPLE_GROUPS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ['group', 'groups', 'side', 'rotation', 'rota', 'shift', 'folks'].map((head) => [head, new Set([
    'platform', 'infra', 'infrastructure', 'security', 'sre', 'ops', 'database', 'db', 'network', 'networking', 'support',
    'release', 'data', 'product', 'engineering', 'web', 'mobile', 'frontend', 'backend', 'dev', 'qa', 'app', 'application',
    'on-call', 'oncall', 'night', 'weekend', 'pager', 'sales', 'finance', 'legal', 'leadership', 'management', 'vendor',
  ])]),
);

/** Roles that double as software: "the Kubernetes operator", "the support bundle", "the cleaner job". */
export const AMBIGUOUS_ROLES: ReadonlySet<string> = new Set([
  'operator', 'operators', 'agent', 'agents', 'owner', 'owners', 'lead', 'leads', 'member', 'members', 'shift',
  'rotation', 'cleaner', 'cleaners', 'worker', 'workers', 'guard', 'guards', 'human', 'humans', 'junior', 'senior',
  'author', 'authors', 'deployer', 'board',
  'engineering', 'qa', 'staff', 'peer', 'peers', 'rep', 'reps', 'tester', 'testers', 'reviewer', 'reviewers', 'person',
]);

/** People the service is for: their "should have" is an expectation of the service. */
export const AUDIENCE: ReadonlySet<string> = new Set([
  'user', 'users', 'customer', 'customers', 'client', 'clients', 'visitor', 'visitors', 'everyone', 'everybody',
  'people', 'subscriber', 'subscribers', 'merchant', 'merchants', 'buyer', 'buyers', 'reader', 'readers', 'player',
  'players', 'viewer', 'viewers', 'shopper', 'shoppers', 'tenant', 'tenants', 'public', 'patients', 'passengers',
  'account-holder', 'account-holders', 'shareholders', 'stakeholders',
]);

/** Attackers: a postmortem describes what they did, which is no blame culture's concern. */
export const ADVERSARIES: ReadonlySet<string> = new Set([
  'attacker', 'attackers', 'hacker', 'hackers', 'adversary', 'adversaries', 'exploiter', 'exploiters', 'intruder',
  'intruders', 'spammer', 'spammers', 'scammer', 'scammers', 'thief', 'thieves', 'criminal', 'criminals', 'bot', 'bots',
  'abuser', 'abusers', 'miner', 'miners',
]);

/** Teams called by what they do, written with a capital and no article: "Security rolled out…", "Networking changed…". */
export const TEAM_NAMES: ReadonlySet<string> = new Set([
  'security', 'networking', 'network', 'platform', 'infra', 'infrastructure', 'frontend', 'backend', 'mobile', 'support',
  'marketing', 'sales', 'finance', 'legal', 'ops', 'devops', 'sre', 'qa', 'product', 'design', 'billing', 'payments',
  'facilities', 'helpdesk', 'dba', 'dbas', 'release', 'data', 'search', 'identity', 'growth', 'compliance',
]);

/** Titles before a surname: "Mr. Abbey". */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'mx']);

/** Names of software, services and vendors that look like people's names to a tagger. */
export const SYSTEMS: ReadonlySet<string> = new Set([
  'kubernetes', 'k8s', 'postgres', 'postgresql', 'mysql', 'mariadb', 'redis', 'memcached', 'kafka', 'zookeeper',
  'rabbitmq', 'nginx', 'envoy', 'istio', 'linkerd', 'haproxy', 'terraform', 'ansible', 'puppet', 'chef', 'jenkins',
  'travis', 'circleci', 'github', 'gitlab', 'bitbucket', 'docker', 'consul', 'vault', 'nomad', 'prometheus',
  'grafana', 'alertmanager', 'pagerduty', 'opsgenie', 'datadog', 'splunk', 'elasticsearch', 'kibana', 'logstash',
  'cassandra', 'mongodb', 'mongo', 'etcd', 'cloudflare', 'fastly', 'akamai', 'aws', 'gcp', 'azure', 'heroku',
  'vercel', 'netlify', 'slack', 'jira', 'argo', 'argocd', 'flux', 'helm', 'spinnaker', 'celery', 'sidekiq', 'resque',
  'rails', 'django', 'node', 'java', 'python', 'golang', 'go', 'rust', 'ruby', 'linux', 'ubuntu', 'debian', 'windows',
  'chrome', 'firefox', 'safari', 'android', 'ios', 'stripe', 'twilio', 'sentry', 'okta', 'auth0', 'dns', 'bgp', 'cdn',
  'api', 'lambda', 's3', 'ec2', 'rds', 'dynamodb', 'cloudfront', 'route53', 'bigquery', 'spanner', 'snowflake',
  'airflow', 'spark', 'hadoop', 'hive', 'presto', 'trino', 'clickhouse', 'cockroachdb', 'vitess', 'pgbouncer',
  'certbot', 'letsencrypt', 'openssl', 'systemd', 'cron', 'bash', 'wordpress', 'apache', 'tomcat', 'gunicorn',
  'uwsgi', 'puma', 'unicorn', 'sidecar', 'kubelet', 'coredns', 'calico', 'cilium', 'karpenter', 'autoscaler',
  'dependabot', 'renovate', 'copilot', 'chatgpt', 'openai', 'homebrew', 'npm', 'pypi', 'maven', 'gradle', 'bazel',
  'traefik', 'zerotier', 'proxmox', 'zfs', 'qemu', 'talos', 'hermes', 'gitter', 'binder', 'jupyterhub', 'php',
  'strace', 'curl', 'ufw', 'mongodb', 'cosmovisor', 'claude', 'gemini', 'alexa', 'siri', 'cortana', 'jarvis',
]);

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Options of the synthetic corpus: how many guides, and the seed that fixes every byte. */
export interface CorpusOptions {
  count: number;
  seed?: number;
}

/** A generated content root, in memory: file paths relative to the root, and their text. */
export interface Corpus {
  files: { path: string; text: string }[];
  slugs: string[];
}

/** The seed used when none is given, so two machines benchmark the same corpus. */
export const DEFAULT_SEED = 20261129;

const CATEGORIES = [
  ['security', 'Security', 'Identity, access, secrets and the controls that keep attackers out of systems and data.'],
  ['platform', 'Platform engineering', 'Clusters, pipelines and paved roads that product teams deploy onto every day.'],
  ['data', 'Data engineering', 'Pipelines, warehouses, streaming and the contracts that keep data trustworthy.'],
  ['backend', 'Backend development', 'APIs, services, storage and the patterns behind reliable server-side code.'],
  ['frontend', 'Frontend development', 'Browsers, rendering, accessibility and the performance of user interfaces.'],
  ['cloud', 'Cloud infrastructure', 'Compute, networking and managed services on the major cloud providers.'],
  ['reliability', 'Reliability engineering', 'Observability, incident response and the budgets that keep systems up.'],
  ['ai', 'AI engineering', 'Models in production: retrieval, evaluation, serving and guardrails.'],
] as const;

const ROLES = [
  ['backend-engineer', 'Backend engineer', 'Builds the APIs and services behind a product and owns them on call.'],
  ['frontend-engineer', 'Frontend engineer', 'Builds the browser side of a product: rendering, state, accessibility.'],
  ['devops-engineer', 'DevOps engineer', 'Owns the path from commit to production: pipelines and infrastructure.'],
  ['security-engineer', 'Security engineer', 'Reduces risk with threat models, guardrails and vulnerability triage.'],
  ['platform-engineer', 'Platform engineer', 'Builds the internal platform that product teams deploy onto.'],
  ['data-engineer', 'Data engineer', 'Moves, models and guards the data that analytics and products rely on.'],
  ['sre', 'Site reliability engineer', 'Keeps services within their error budgets with automation and observability.'],
  ['ml-engineer', 'Machine learning engineer', 'Trains, evaluates and serves models in production systems.'],
  ['staff-engineer', 'Staff engineer', 'Sets technical direction across teams and owns long-lived decisions.'],
  ['engineering-manager', 'Engineering manager', 'Leads a team, hires, and balances delivery against technical health.'],
] as const;

const TOPICS = [
  'Kubernetes', 'Terraform', 'Service Mesh', 'GraphQL', 'gRPC', 'PostgreSQL', 'Redis', 'Kafka', 'Event Sourcing',
  'CQRS', 'OpenTelemetry', 'Prometheus', 'Chaos Engineering', 'Feature Flags', 'Blue-Green Deployment', 'Canary Releases',
  'WebAssembly', 'React Server Components', 'Web Accessibility', 'Core Web Vitals', 'Content Security Policy', 'WebAuthn',
  'Zero Trust', 'Secrets Management', 'SBOM', 'Supply Chain Security', 'Container Security', 'Threat Modeling',
  'Rate Limiting', 'Circuit Breakers', 'Idempotency', 'Distributed Tracing', 'Vector Databases', 'Retrieval-Augmented Generation',
  'LLM Evaluation', 'Prompt Injection Defense', 'Model Serving', 'Feature Stores', 'Data Contracts', 'Change Data Capture',
  'Stream Processing', 'Data Lakehouse', 'dbt', 'Airflow', 'Snowflake', 'BigQuery', 'Serverless', 'Edge Computing', 'CDN Caching',
  'DNS', 'TLS', 'HTTP/3', 'Load Balancing', 'Autoscaling', 'Cost Optimization', 'GitOps', 'Argo CD', 'Helm', 'Policy as Code',
  'SLOs and Error Budgets', 'Incident Response', 'On-Call Practices', 'Database Sharding', 'Caching Strategies', 'Message Queues',
] as const;

const ASPECTS = [
  'Fundamentals', 'in Production', 'at Scale', 'for Startups', 'Deep Dive', 'Patterns', 'Pitfalls', 'Migration Guide',
  'for Interviews', 'Architecture', 'Operations', 'Security Review', 'Performance Tuning', 'Testing Strategies', 'Cost Control',
  'Troubleshooting', 'Design Review', 'Team Adoption', 'Observability', 'Governance',
] as const;

const NOUNS = [
  'request', 'token', 'policy', 'cluster', 'pipeline', 'deployment', 'schema', 'index', 'replica', 'partition', 'queue',
  'consumer', 'producer', 'cache', 'gateway', 'sidecar', 'controller', 'operator', 'manifest', 'release', 'rollback',
  'migration', 'snapshot', 'checkpoint', 'budget', 'alert', 'dashboard', 'trace', 'span', 'metric', 'log line', 'secret',
  'certificate', 'key', 'role', 'permission', 'tenant', 'namespace', 'workload', 'node', 'container', 'image', 'artifact',
  'dependency', 'library', 'endpoint', 'contract', 'payload', 'batch', 'stream', 'window', 'watermark', 'shard', 'lease',
  'lock', 'transaction', 'isolation level', 'connection pool', 'thread', 'event loop', 'retry', 'timeout', 'backoff',
  'circuit', 'quota', 'limit', 'burst', 'baseline', 'regression', 'benchmark', 'profile', 'heap', 'allocation', 'latency',
  'throughput', 'tail latency', 'saturation', 'error rate', 'availability zone', 'region', 'failover', 'runbook', 'postmortem',
  'review', 'design document', 'threat model', 'attack surface', 'audit trail', 'compliance control', 'data product',
] as const;

const ADJECTIVES = [
  'short-lived', 'idempotent', 'stateless', 'stateful', 'eventually consistent', 'strongly consistent', 'immutable', 'versioned',
  'encrypted', 'signed', 'least-privileged', 'observable', 'horizontal', 'vertical', 'regional', 'global', 'multi-tenant',
  'isolated', 'shared', 'cold', 'warm', 'hot', 'noisy', 'critical', 'optional', 'declarative', 'imperative', 'automated',
  'manual', 'reproducible', 'flaky', 'deterministic', 'bounded', 'unbounded', 'cached', 'compressed', 'sampled', 'audited',
] as const;

const VERBS = [
  'validate', 'rotate', 'shard', 'replicate', 'cache', 'invalidate', 'observe', 'sample', 'throttle', 'retry', 'rollback',
  'promote', 'deploy', 'scan', 'sign', 'verify', 'encrypt', 'partition', 'compact', 'index', 'profile', 'benchmark', 'audit',
  'review', 'document', 'automate', 'isolate', 'drain', 'reconcile', 'migrate', 'version', 'pin', 'quarantine', 'monitor',
] as const;

const TOOLS = [
  'Kubernetes', 'Terraform', 'GitHub Actions', 'GitLab CI', 'Argo CD', 'Prometheus', 'Grafana', 'OpenTelemetry', 'Jaeger',
  'PostgreSQL', 'Redis', 'Kafka', 'Envoy', 'NGINX', 'Vault', 'AWS IAM', 'Google Cloud', 'Azure', 'Datadog', 'Sentry',
  'Snowflake', 'BigQuery', 'Spark', 'Flink', 'dbt', 'Airflow', 'Docker', 'containerd', 'Istio', 'Linkerd', 'OPA', 'Cosign',
] as const;

const SENTENCES = [
  'In practice {T} means that every {n} is {a} before it reaches {tool}.',
  'Teams that adopt {T} usually {v} the {n} first, because a {a} {n2} is easier to reason about.',
  'The hard part is rarely the {n}; it is keeping the {n2} {a} as people, services and data change.',
  'A common failure mode is to {v} the {n} by hand, which works until the first {n2} arrives at three in the morning.',
  'Most production setups {v} each {n} and record the result next to the {n2} so that reviews have evidence.',
  'With {tool} the {n} is {a} by default, but the {n2} still needs an owner and an alert.',
  'Measure the {n} before and after every change, and keep the {n2} small enough to {v} in one review.',
  'Interviewers like to ask how {T} behaves when the {n} is slow, because the answer shows whether you understand the {n2}.',
  'The {a} {n} trades a little latency for a much smaller blast radius when the {n2} fails.',
  'Write the {n} down as code, {v} it in CI, and let {tool} apply it, so that drift shows up as a diff.',
  'Capacity planning for {T} starts with the {n}: estimate the peak, add headroom, and {v} the {n2} under load.',
  'When two teams share a {n}, agree on a {a} {n2} and a version number before anyone writes code.',
  'Security reviews of {T} focus on who can {v} the {n} and how quickly a leaked {n2} stops working.',
  'Good dashboards for {T} show the {n}, the {n2} and the error rate on one screen, with the budget beside them.',
  'Every {n} should be {a}; otherwise a retry can {v} the same {n2} twice and corrupt state.',
  'Prefer a {a} {n} over a clever one: the next engineer has to {v} it during an incident.',
  'Costs grow with the {n}, so {v} it per tenant and set a {a} {n2} on the largest consumers.',
  'Migration to {T} goes best in slices: move one {n}, {v} it for a week, then move the next {n2}.',
  'The documentation of {tool} describes the {n} in detail, but the {a} {n2} is where real systems differ.',
  'Keep the {n} {a} and the {n2} boring; novelty belongs in the product, not in the plumbing.',
] as const;

const CODE_SAMPLES: { lang: string; lines: string[] }[] = [
  {
    lang: 'ts',
    lines: [
      'import { createHash } from "node:crypto";',
      '',
      'export interface {N}Options {',
      '  timeoutMs: number;',
      '  retries: number;',
      '  labels: Map<string, string>;',
      '}',
      '',
      'export async function handle{N}(input: Request, options: {N}Options): Promise<Response> {',
      '  const key = createHash("sha256").update(await input.clone().text()).digest("hex");',
      '  for (let attempt = 0; attempt <= options.retries; attempt++) {',
      '    const controller = new AbortController();',
      '    const timer = setTimeout(() => controller.abort(), options.timeoutMs);',
      '    try {',
      '      const response = await fetch(input, { signal: controller.signal, headers: { "idempotency-key": key } });',
      '      if (response.status < 500) return response;',
      '    } finally {',
      '      clearTimeout(timer);',
      '    }',
      '  }',
      '  return new Response("upstream unavailable", { status: 503 });',
      '}',
    ],
  },
  {
    lang: 'yaml',
    lines: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {n}-service',
      '  labels:',
      '    app.kubernetes.io/name: {n}-service',
      'spec:',
      '  replicas: 3',
      '  selector:',
      '    matchLabels:',
      '      app.kubernetes.io/name: {n}-service',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: registry.example.com/{n}-service:1.4.2',
      '          resources:',
      '            requests: { cpu: 250m, memory: 256Mi }',
      '            limits: { memory: 512Mi }',
      '          readinessProbe:',
      '            httpGet: { path: /healthz, port: 8080 }',
    ],
  },
  {
    lang: 'bash',
    lines: [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      '',
      'NAMESPACE="${1:-{n}}"',
      'kubectl -n "$NAMESPACE" rollout status deployment/{n}-service --timeout=120s',
      'if ! curl -fsS "https://{n}.internal.example.com/healthz" > /dev/null; then',
      '  echo "health check failed, rolling back" >&2',
      '  kubectl -n "$NAMESPACE" rollout undo deployment/{n}-service',
      '  exit 1',
      'fi',
      'echo "deployed $(git rev-parse --short HEAD) to $NAMESPACE"',
    ],
  },
  {
    lang: 'python',
    lines: [
      'from dataclasses import dataclass',
      'from time import monotonic',
      '',
      '@dataclass',
      'class {N}Bucket:',
      '    capacity: int',
      '    refill_per_second: float',
      '    tokens: float = 0.0',
      '    updated: float = 0.0',
      '',
      '    def allow(self, cost: int = 1) -> bool:',
      '        now = monotonic()',
      '        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.refill_per_second)',
      '        self.updated = now',
      '        if self.tokens < cost:',
      '            return False',
      '        self.tokens -= cost',
      '        return True',
    ],
  },
  {
    lang: 'json',
    lines: [
      '{',
      '  "name": "{n}-policy",',
      '  "version": 3,',
      '  "rules": [',
      '    { "effect": "allow", "action": "read", "resource": "{n}/*", "condition": { "mfa": true } },',
      '    { "effect": "deny", "action": "delete", "resource": "{n}/prod/*" }',
      '  ],',
      '  "audit": { "sink": "s3://audit-logs/{n}", "retentionDays": 400 }',
      '}',
    ],
  },
  {
    lang: 'go',
    lines: [
      'package {n}',
      '',
      'import (',
      '\t"context"',
      '\t"errors"',
      '\t"time"',
      ')',
      '',
      'var ErrBudgetExhausted = errors.New("{n}: error budget exhausted")',
      '',
      'func Call(ctx context.Context, fn func(context.Context) error) error {',
      '\tctx, cancel := context.WithTimeout(ctx, 2*time.Second)',
      '\tdefer cancel()',
      '\tfor attempt := 0; attempt < 3; attempt++ {',
      '\t\tif err := fn(ctx); err == nil {',
      '\t\t\treturn nil',
      '\t\t}',
      '\t\ttime.Sleep(time.Duration(1<<attempt) * 100 * time.Millisecond)',
      '\t}',
      '\treturn ErrBudgetExhausted',
      '}',
    ],
  },
];

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; the same seed gives the same stream everywhere. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lowercase slug of a title: a-z, 0-9 and single hyphens. */
function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface GuideSpec {
  slug: string;
  title: string;
  topic: string;
  aspect: string;
}

/** Guide `index` gets a unique (topic, aspect, round) triple, so titles and slugs never collide. */
function specFor(index: number): GuideSpec {
  const topic = TOPICS[index % TOPICS.length]!;
  const aspect = ASPECTS[Math.floor(index / TOPICS.length) % ASPECTS.length]!;
  const round = Math.floor(index / (TOPICS.length * ASPECTS.length));
  const title = `${topic} ${aspect}${round > 0 ? ` ${round + 1}` : ''}`;
  return { slug: slugify(title), title, topic, aspect };
}

/** Writes one guide; `pick`-style helpers keep all randomness in one seeded stream per guide. */
function generateGuide(index: number, specs: readonly GuideSpec[], seed: number): string {
  const random = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const spec = specs[index]!;
  const T = spec.topic;
  const others = (count: number): GuideSpec[] => {
    const chosen = new Map<string, GuideSpec>();
    if (specs.length < 2) return [];
    while (chosen.size < Math.min(count, specs.length - 1)) {
      const other = specs[int(0, specs.length - 1)]!;
      if (other.slug !== spec.slug) chosen.set(other.slug, other);
    }
    return [...chosen.values()];
  };
  const fill = (template: string) =>
    template
      .replaceAll('{T}', T)
      .replaceAll('{tool}', pick(TOOLS))
      .replaceAll('{n2}', pick(NOUNS))
      .replaceAll('{n}', pick(NOUNS))
      .replaceAll('{a}', pick(ADJECTIVES))
      .replaceAll('{v}', pick(VERBS));
  const sentence = () => {
    let text = fill(pick(SENTENCES));
    const roll = random();
    if (roll < 0.12) text = text.replace(/ (\w+-?\w*)\./, ' `$1`.');
    else if (roll < 0.2) text = text.replace(/ the (\w+)/, ' the **$1**');
    else if (roll < 0.26) text = text.replace(/ a (\w+)/, ' a *$1*');
    return text;
  };
  const internalLink = () => {
    const other = others(1)[0];
    return other ? ` See also [${other.title}](/skills/${other.slug}/) for a related view.` : '';
  };
  const paragraph = (sentences: number, linkChance = 0.25) => {
    const parts = Array.from({ length: sentences }, sentence);
    return parts.join(' ') + (random() < linkChance ? internalLink() : '');
  };
  const list = (items: number, sentencesPerItem = 1) => Array.from({ length: items }, () => `- ${paragraph(sentencesPerItem, 0.1)}`).join('\n');
  const code = () => {
    const sample = pick(CODE_SAMPLES);
    const n = slugify(pick(NOUNS)).replace(/-/g, '');
    const N = n[0]!.toUpperCase() + n.slice(1);
    return ['```' + sample.lang, ...sample.lines.map((line) => line.replaceAll('{n}', n).replaceAll('{N}', N)), '```'].join('\n');
  };
  const table = () => {
    const rows = Array.from({ length: int(4, 6) }, () => `| ${pick(ADJECTIVES)} ${pick(NOUNS)} | ${fill('Owns the {n} and the {a} {n2}')} | ${fill('{tool} can {v} it; watch the {n}')} |`);
    return ['| Layer | Responsibility | Notes |', '| --- | --- | --- |', ...rows].join('\n');
  };
  const placeSections = random() < 0.6;
  // One guide in twenty really uses MDX (an export and expressions), as a real site might: those
  // compile as MDX while the rest render as Markdown, so the bench measures a mixed site.
  const usesMdx = isMdxGuide(index);

  const body = [
    ...(usesMdx ? [`export const checks = ['owner', 'alert', 'runbook'];`] : []),
    paragraph(4),
    ...(usesMdx ? ['Before it ships, confirm {checks.length} things: {checks.join(\', \')}.'] : []),
    `## What is ${T}?`,
    paragraph(6),
    paragraph(6),
    paragraph(5),
    '## Why companies use it',
    paragraph(6),
    paragraph(5),
    ...(placeSections ? ['<CoreConcepts />'] : []),
    '## Architecture',
    paragraph(4),
    table(),
    `### The ${pick(NOUNS)} path`,
    paragraph(5),
    // Two or three code blocks, ~40 lines in all: the range of the shipped guides (22–49 lines).
    ...(random() < 0.5 ? [code()] : []),
    `### Failure handling`,
    paragraph(5),
    '## Real-world use cases',
    list(6),
    paragraph(3),
    '## Advantages',
    paragraph(6),
    '## Limitations',
    paragraph(6),
    '## Best practices',
    list(8),
    '## Common mistakes',
    list(7),
    '## Backend usage',
    paragraph(5),
    code(),
    '## Frontend usage',
    paragraph(5),
    '## DevOps usage',
    paragraph(4),
    code(),
    '## AI usage',
    paragraph(5),
    '## System design considerations',
    paragraph(6),
    paragraph(5),
    ...(placeSections ? ['<InterviewQuestions />'] : []),
    '## Resume tips',
    list(5),
    ...(placeSections ? ['<ExampleProjects />'] : []),
    '## Career impact',
    paragraph(5),
    '## Learning resources',
    [
      `- [${T} documentation](https://docs.example.com/${spec.slug}/) — the reference, read it end to end once.`,
      ...others(3).map((other) => `- [${other.title}](/skills/${other.slug}/) — ${fill('how it changes the {n}')}.`),
      `- [${T} talks](https://conf.example.com/${spec.slug}/) — ${fill('case studies on the {a} {n}')}.`,
    ].join('\n'),
  ].join('\n\n');

  const updated = new Date(Date.UTC(2024, 0, 1) + int(0, 700) * 86_400_000).toISOString().slice(0, 10);
  const description = `A practical guide to ${T} ${spec.aspect.toLowerCase()}: architecture, trade-offs, common mistakes and interview questions.`.slice(0, 160);
  const concepts = Array.from({ length: int(5, 8) }, (_, i) => ({
    term: `${pick(ADJECTIVES)} ${pick(NOUNS)} ${i + 1}`.replace(/^./, (c) => c.toUpperCase()),
    summary: `${sentence()} ${sentence()} Related: [${T}](/skills/${spec.slug}/) and \`${pick(NOUNS).replace(/ /g, '-')}\`.`,
  }));
  const difficulties = ['easy', 'medium', 'hard'] as const;
  const interviewQuestions = Array.from({ length: int(3, 6) }, (_, i) => ({
    id: `question-${i + 1}`,
    question: `How would you ${pick(VERBS)} a ${pick(ADJECTIVES)} ${pick(NOUNS)} when using ${T} (${i + 1})?`,
    whyAsked: `${sentence()} ${sentence()}`,
    strongAnswer: `${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
    difficulty: difficulties[i % 3]!,
  }));
  const faq = Array.from({ length: int(3, 5) }, (_, i) => ({
    question: `${['Is', 'When is', 'Why is', 'How is', 'Where is'][i]} ${T} a good fit for a ${pick(ADJECTIVES)} ${pick(NOUNS)}?`,
    answer: `${sentence()} ${sentence()} ${sentence()}`,
  }));
  const levels = ['junior', 'mid', 'senior'] as const;
  const exampleProjects = Array.from({ length: int(2, 3) }, (_, i) => ({
    project: `${T} ${pick(NOUNS)} lab ${i + 1}`,
    scope: `${sentence()} ${sentence()}`,
    signal: sentence(),
    level: levels[i % 3]!,
  }));
  const relatedSkills = others(3).map((other) => other.slug);
  const relatedRoles = [...new Set([pick(ROLES)[0], pick(ROLES)[0]])];
  const category = CATEGORIES[index % CATEGORIES.length]![0];

  const q = (value: string) => JSON.stringify(value);
  const yamlList = (key: string, items: readonly Record<string, string>[]) => [
    `${key}:`,
    ...items.flatMap((item) => Object.entries(item).map(([field, value], i) => `${i === 0 ? '  - ' : '    '}${field}: ${field === 'difficulty' || field === 'level' ? value : q(value)}`)),
  ];
  const frontmatter = [
    '---',
    `title: ${q(spec.title)}`,
    `description: ${q(description)}`,
    `category: ${category}`,
    `updated: ${updated}`,
    ...yamlList('concepts', concepts),
    ...yamlList('interviewQuestions', interviewQuestions),
    ...yamlList('faq', faq),
    `relatedSkills: [${relatedSkills.join(', ')}]`,
    `relatedRoles: [${relatedRoles.join(', ')}]`,
    ...yamlList('exampleProjects', exampleProjects),
    '---',
  ].join('\n');
  return `${frontmatter}\n\n${body}\n`;
}

function taxonomyYaml(entries: readonly (readonly [string, string, string])[]): string {
  return entries.map(([id, name, description]) => `- id: ${id}\n  name: ${JSON.stringify(name)}\n  description: ${JSON.stringify(description)}\n`).join('');
}

/** One guide in twenty really uses MDX (an export and expressions) and is written as `.mdx`; the rest are `.md`. */
function isMdxGuide(index: number): boolean {
  return index % 20 === 19;
}

/** Generates a content root of `count` guides; the same options always give the same files. */
export function generateCorpus({ count, seed = DEFAULT_SEED }: CorpusOptions): Corpus {
  if (!Number.isInteger(count) || count < 1) throw new Error(`corpus size must be a positive integer, got ${count}`);
  const specs = Array.from({ length: count }, (_, index) => specFor(index));
  const files = [
    { path: 'categories.yaml', text: taxonomyYaml(CATEGORIES) },
    { path: 'roles.yaml', text: taxonomyYaml(ROLES) },
    ...specs.map((spec, index) => ({ path: `skills/${spec.slug}.${isMdxGuide(index) ? 'mdx' : 'md'}`, text: generateGuide(index, specs, seed) })),
  ];
  return { files, slugs: specs.map((spec) => spec.slug) };
}

/** Writes a corpus under `root` (replacing whatever was there) and returns the root. */
export function writeCorpus(root: string, corpus: Corpus): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'skills'), { recursive: true });
  for (const file of corpus.files) writeFileSync(path.join(root, file.path), file.text);
  return root;
}

import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SHARD_SIZE, getShardSize, planSearchIndex, writeShards } from '../integrations/pagefind.ts';

const USAGE = `Usage: npm run search-index -- [--site DIR] [--plan | --shard N]

Writes the Pagefind search index of a built site. \`astro build\` does this itself; use this command
for a site built with SEARCH_INDEX=skip, to build the index, or its shards on several machines.

Sites of more than ${DEFAULT_SHARD_SIZE} guides (SEARCH_SHARD_SIZE) are indexed in shards of that many guide
pages; the search UI merges them.

Options:
  --site DIR    the built site (default: dist)
  --plan        print {"pages": P, "shards": N, "shardSize": S} as JSON, for a CI matrix; write nothing
  --shard N     write only shard N (1-based); shard 1 also writes the list of shards
  -h, --help    show this help

Exit codes: 0 written, 1 Pagefind failed, 2 usage error.`;

/** Runs the command; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { site: { type: 'string', default: 'dist' }, plan: { type: 'boolean', default: false }, shard: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (error) {
    process.stderr.write(`search-index: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const site = path.resolve(values.site);
  try {
    const shardSize = getShardSize();
    const plan = planSearchIndex(site, shardSize);
    if (values.plan) {
      process.stdout.write(`${JSON.stringify({ pages: plan.pages.length, shards: plan.shards.length, shardSize })}\n`);
      return 0;
    }
    const all = plan.shards.map((_, index) => index + 1);
    const numbers = values.shard === undefined ? all : [Number(values.shard)];
    if (!numbers.every((number) => all.includes(number))) {
      process.stderr.write(`search-index: --shard must be one of 1 to ${plan.shards.length}, got "${values.shard}"\n`);
      return 2;
    }
    const started = performance.now();
    await writeShards(site, plan, numbers);
    process.stderr.write(`search-index: wrote shard${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')} of ${plan.shards.length} (${plan.pages.length} guide pages) in ${Math.round(performance.now() - started)} ms\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`search-index: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

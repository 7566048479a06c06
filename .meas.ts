import { runMeasured } from './src/cli/bench/process-tree.ts';
const r = await runMeasured({ command: process.execPath, args: ['.idx.mjs', process.argv[2]!], cwd: process.cwd(), env: process.env });
console.log(r.stdout.trim(), 'wall', Math.round(r.wallMs), 'cpu', Math.round(r.cpuMs), 'peak MiB', Math.round(r.peakTreeRssBytes / 1048576));

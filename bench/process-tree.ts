import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What one measured command did: time, CPU of the whole tree, peak memory of the whole tree, output. */
export interface TreeRun {
  exitCode: number;
  wallMs: number;
  /** user + sys of the command and every descendant, in ms. */
  cpuMs: number;
  /**
   * How `cpuMs` was obtained. GNU time's rusage is exact but only counts children that were
   * waited for (a helper process its parent kills instead of waiting for is missed); the
   * /proc samples see every descendant but lose up to one sampling period per process. The larger
   * of the two is reported.
   */
  cpuSource: 'rusage' | 'proc-samples';
  /** Highest sum of resident memory over the process tree seen by the poller, in bytes. */
  peakTreeRssBytes: number;
  /** Every poll: ms since the start, and the summed resident memory of the tree in bytes. */
  rssSamples: [ms: number, bytes: number][];
  /** Each line of output (stdout and stderr) with the ms since the start at which it arrived. */
  lines: [ms: number, text: string][];
  stdout: string;
  stderr: string;
}

export interface TreeCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Sampling period of the /proc poller; 50 ms catches every plateau of a multi-second build. */
  sampleMs?: number;
}

function getconf(name: string, fallback: number): number {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
}

const PAGE_SIZE = getconf('PAGESIZE', 4096);
/** Units of utime/stime in /proc/<pid>/stat. */
const CLOCK_TICKS = getconf('CLK_TCK', 100);

/** GNU time, if installed: gives exact user+sys of all waited-for descendants. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface ProcSample {
  ppid: number;
  cpuTicks: number;
  rssBytes: number;
}

/** Reads /proc/<pid>/stat; undefined once the process is gone. */
function readStat(pid: number): ProcSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssBytes: Number(fields[21]) * PAGE_SIZE };
  } catch {
    return undefined;
  }
}

/** Child pids of a process, from every thread's `children` file (any thread may spawn). */
function readChildren(pid: number): number[] | undefined {
  try {
    const children: number[] = [];
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) for (const child of text.split(' ')) children.push(Number(child));
    }
    return children;
  } catch {
    return undefined;
  }
}

/** Fallback for kernels without `children` files: scan all of /proc for the tree. */
function scanDescendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const sample = readStat(pid);
    if (sample) parentOf.set(pid, sample.ppid);
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) if (!tree.has(pid) && tree.has(ppid)) (tree.add(pid), (grew = true));
  }
  return [...tree];
}

const HAS_CHILDREN_FILES = existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

function listTree(root: number): number[] {
  if (!HAS_CHILDREN_FILES) return scanDescendants(root);
  const tree: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(readChildren(pid) ?? []));
  }
  return tree;
}

/**
 * Runs a command and measures its whole process tree: wall time, CPU (GNU time's rusage when
 * available, else /proc samples), and the peak of the summed RSS of all live descendants.
 */
export function runMeasured({ command, args, cwd, env, sampleMs = 50 }: TreeCommand): Promise<TreeRun> {
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const lines: TreeRun['lines'] = [];
  const partial = { stdout: '', stderr: '' };
  const collect = (stream: 'stdout' | 'stderr', into: Buffer[]) => (chunk: Buffer) => {
    into.push(chunk);
    const text = partial[stream] + chunk.toString('utf8');
    const parts = text.split('\n');
    partial[stream] = parts.pop()!;
    const ms = performance.now() - started;
    for (const line of parts) lines.push([ms, line]);
  };
  child.stdout.on('data', collect('stdout', stdout));
  child.stderr.on('data', collect('stderr', stderr));
  let peak = 0;
  const rssSamples: TreeRun['rssSamples'] = [];
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    let total = 0;
    for (const pid of listTree(child.pid)) {
      const stat = readStat(pid);
      if (!stat) continue;
      total += stat.rssBytes;
      cpuByPid.set(pid, stat.cpuTicks);
    }
    peak = Math.max(peak, total);
    rssSamples.push([performance.now() - started, total]);
  };
  const timer = setInterval(sample, sampleMs);
  sample();
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      let cpuMs = [...cpuByPid.values()].reduce((sum, ticks) => sum + ticks, 0) * (1000 / CLOCK_TICKS);
      let cpuSource: TreeRun['cpuSource'] = 'proc-samples';
      if (GNU_TIME && existsSync(timeFile)) {
        const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        const rusageMs = (user! + sys!) * 1000;
        if (Number.isFinite(rusageMs) && rusageMs >= cpuMs) {
          cpuMs = rusageMs;
          cpuSource = 'rusage';
        }
        rmSync(timeFile, { force: true });
      }
      resolve({
        exitCode: code ?? 1,
        wallMs,
        cpuMs,
        cpuSource,
        peakTreeRssBytes: peak,
        rssSamples,
        lines,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/**
 * Runs a command and measures it the way the build benchmark reports it: wall time and the peak
 * resident memory of the whole process tree (Astro's Node process and the Pagefind binary it
 * starts), sampled from /proc every 100 ms. Linux only, like these machines.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number | null;
  seconds: number;
  peakMB: number;
  /** Peak per stage: before the stage marker appeared in the output, and after it. */
  stagePeaksMB: number[];
  output: string;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(parent, [...(tree.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return tree;
}

function rssKB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function treeRssKB(root: number): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKB(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean; stageMarker?: string },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak = 0;
    const stagePeaks = [0];
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setInterval(() => {
      if (!child.pid) return;
      const rss = treeRssKB(child.pid);
      peak = Math.max(peak, rss);
      if (options.stageMarker && stagePeaks.length === 1 && output.includes(options.stageMarker)) stagePeaks.push(0);
      stagePeaks[stagePeaks.length - 1] = Math.max(stagePeaks.at(-1)!, rss);
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakMB: peak / 1024, stagePeaksMB: stagePeaks.map((kb) => kb / 1024), output });
    });
  });
}

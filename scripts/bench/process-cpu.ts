import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (ms, on-CPU, all threads) of this process's descendants — the browser the bench
 * launched — from /proc (Linux only; 0 elsewhere). It moves far less than wall time when other
 * work shares the cores (though it still grows with the load: caches, frequency), so it says
 * which process did the work, and compares two versions run alternately.
 */
export function descendantsCpuMs(root = process.pid): number {
  return Object.values(descendantsCpuByKind(root)).reduce((a, b) => a + b, 0);
}

/** The same, by process kind (Chromium's --type=…, 'browser' for the main process) and thread name. */
export function descendantsCpuByKind(root = process.pid, byThread = false): Record<string, number> {
  let procs: string[];
  try {
    procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return {};
  }
  const parentOf = new Map<number, number>();
  for (const pid of procs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parentOf.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) if (p === root) return true;
    return false;
  };
  const ms: Record<string, number> = {};
  for (const pid of parentOf.keys()) {
    if (!descends(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const kind = /--type=([\w-]+)/.exec(cmd)?.[1] ?? (cmd.includes('chrom') ? 'browser' : 'other');
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const name = byThread ? `${kind}/${readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()}` : kind;
        ms[name] = (ms[name] ?? 0) + Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      }
    } catch {
      // gone meanwhile
    }
  }
  return ms;
}

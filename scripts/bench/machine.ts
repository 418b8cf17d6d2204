import { execFile } from 'node:child_process';
import { availableParallelism, cpus, loadavg, release } from 'node:os';
import { promisify } from 'node:util';

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
  os: string;
  chromium: string | null;
  /** 1-minute load average when the run started and ended: the machines are shared and noisy. */
  loadavg_start: number;
  loadavg_end?: number;
}

export async function describeMachine(chromiumBinary: string): Promise<Machine> {
  let chromium: string | null = null;
  try {
    const { stdout } = await promisify(execFile)(chromiumBinary, ['--version']);
    chromium = stdout.trim().split('\n').pop()?.replace(/\s+built on.*$/, '') ?? null;
  } catch {
    chromium = null;
  }
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    os: `${process.platform} ${release()}`,
    chromium,
    loadavg_start: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export function endLoad(machine: Machine): void {
  machine.loadavg_end = Math.round(loadavg()[0]! * 100) / 100;
}

// Types of lib.mjs for the TypeScript benchmarks.
import type { ChildProcess } from 'node:child_process';

export const ROOT: string;
export const BIN: string;
export const ADMIN_PASSWORD: string;
export function freePort(): Promise<number>;
export function startServer(
  env: NodeJS.ProcessEnv,
  extraFlags?: string[],
): Promise<{ child: ChildProcess; base: string; port: number; ms: number; cpuMs: number }>;
export function stopServer(child: ChildProcess): Promise<void>;
export function rssMb(pid: number): number;
export function cpuMs(pid: number): number;
export function loadAvg(): string;
export function login(base: string, username?: string, password?: string): Promise<string>;
export const median: (xs: number[]) => number;

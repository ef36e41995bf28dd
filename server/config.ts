import path from 'node:path';
import { WEB_DIR } from './paths';

/** Everything the server reads from the environment, read once. See README's configuration table. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Resolved sessions are kept for a few seconds (server/auth/sessionCache.ts) unless FAZHI_SESSION_CACHE=off. */
  sessionCache: boolean;
  /**
   * Serialized ledger list pages are kept per user, query and data version
   * (server/routes/ledgers/listCache.ts) unless FAZHI_LIST_CACHE=off; the ETag is sent either way.
   */
  listCache: boolean;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  publicOrigins: string[];
  logLevel: string;
  adminPassword: string | undefined;
  demoPassword: string | undefined;
  seedDemo: boolean;
  staticDir: string;
  /** Public intake submissions one IP may send per hour (码上申请). */
  intakePerHour: number;
  /** Login requests one IP may send per minute, whatever the account: a guard for scrypt's CPU, not the guess throttle (core/auth/loginThrottle.ts). */
  loginPerMinute: number;
  /** Seconds the analysis of one uploaded report may take before it is stopped with an error (server/analysisPool.ts). */
  analysisSecondsPerFile: number;
  /** `/metrics` answers only when enabled (FAZHI_METRICS); off, it is a 404 like any unknown path. */
  metricsEnabled: boolean;
  /** When set, `/metrics` also wants `Authorization: Bearer <token>` (FAZHI_METRICS_TOKEN). */
  metricsToken: string | undefined;
  /** Which program makes report PDFs (FAZHI_PDF_CONVERTER; server/io/reportDocx/reportPdf.ts), and where it is. */
  pdf: {
    converter: 'auto' | 'libreoffice' | 'chromium' | 'off';
    soffice: string | undefined;
    chromium: string | undefined;
    /** conversions that may wait behind the running one before a request is refused with 503 (FAZHI_PDF_QUEUE) */
    waiting: number;
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`环境变量 ${name} 应为不小于 ${min} 的整数，当前为 "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const secure = env.FAZHI_COOKIE_SECURE;
  return {
    port: int(env, 'PORT', 3000, 0),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.FAZHI_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: int(env, 'FAZHI_SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: int(env, 'FAZHI_SESSION_MAX_HOURS', 12),
    sessionCache: onOff(env, 'FAZHI_SESSION_CACHE', true),
    listCache: onOff(env, 'FAZHI_LIST_CACHE', true),
    cookieSecure: secure === 'true' ? true : secure === 'false' ? false : 'auto',
    trustProxy: env.FAZHI_TRUST_PROXY === 'true',
    publicOrigins: (env.FAZHI_PUBLIC_ORIGIN ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter(Boolean),
    logLevel: env.FAZHI_LOG_LEVEL ?? 'info',
    adminPassword: env.FAZHI_ADMIN_PASSWORD || undefined,
    demoPassword: env.FAZHI_DEMO_PASSWORD || undefined,
    seedDemo: env.FAZHI_DEMO !== 'false',
    staticDir: WEB_DIR,
    intakePerHour: int(env, 'FAZHI_INTAKE_PER_HOUR', 10),
    // 60: a township office behind one NAT address logging in at the start of the day stays far below it
    loginPerMinute: int(env, 'FAZHI_LOGIN_PER_MINUTE', 60),
    // 20 s: a real report takes well under a second; a 1,000,000-character text about 2.5 s (bench/analyzer-large.ts)
    analysisSecondsPerFile: int(env, 'FAZHI_ANALYSIS_SECONDS_PER_FILE', 20),
    // off by default: request counts per route tell an outsider how the office works
    metricsEnabled: env.FAZHI_METRICS === 'true' || env.FAZHI_METRICS === '1',
    metricsToken: env.FAZHI_METRICS_TOKEN || undefined,
    pdf: {
      converter: pdfConverter(env.FAZHI_PDF_CONVERTER),
      soffice: env.FAZHI_SOFFICE || undefined,
      chromium: env.FAZHI_CHROMIUM || undefined,
      // 4: one report's PDF takes seconds; a fifth request in line would wait half a minute
      waiting: int(env, 'FAZHI_PDF_QUEUE', 4, 0),
    },
  };
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new Error(`环境变量 ${name} 应为 on 或 off，当前为 "${raw}"`);
}

function pdfConverter(raw: string | undefined): Config['pdf']['converter'] {
  const v = raw || 'auto';
  if (v === 'auto' || v === 'libreoffice' || v === 'chromium' || v === 'off') return v;
  throw new Error(`环境变量 FAZHI_PDF_CONVERTER 应为 auto、libreoffice、chromium 或 off，当前为 "${raw}"`);
}

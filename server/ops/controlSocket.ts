import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { auditHeadsText } from '../auditHeadsCli';
import { backupWriter } from '../commands/backupWriter';
import type { Database } from '../db/client';
import { BackupLineWriter } from './backupFile';

/**
 * A running PGlite server holds its data directory (one process only), so `npx fazhi backup`
 * cannot open it. The server therefore listens on a Unix socket inside the data directory and
 * writes a backup (or the audit heads file) to whoever connects: only a user who can reach the directory (its owner; the
 * socket is 0600) can ask, and that user could read the data files anyway. On PostgreSQL the
 * command line reads the server directly and this is not used.
 */
export function controlSocketPath(dataDir: string): string {
  return path.join(dataDir, 'fazhi.sock');
}

// Unix socket paths are limited to about 107 bytes
const MAX_SOCKET_PATH = 100;

/** Starts the control socket; returns its closer, or null (with the reason) when the path is too long for a socket. */
export async function listenControl(
  dataDir: string,
  database: Database,
  onError: (err: unknown) => void,
): Promise<{ close(): Promise<void> } | { skipped: string }> {
  const file = controlSocketPath(path.resolve(dataDir));
  if (Buffer.byteLength(file) > MAX_SOCKET_PATH) return { skipped: `控制通道路径过长（${file}）` };
  // we hold the directory's lock, so a socket file here is left over from a process that died
  fs.rmSync(file, { force: true });
  const server = net.createServer((conn) => {
    let request = '';
    conn.setEncoding('utf8');
    conn.on('error', onError);
    conn.on('data', (chunk: string) => {
      request += chunk;
      if (!request.includes('\n')) return;
      conn.removeAllListeners('data');
      conn.pause();
      const cmd = request.slice(0, request.indexOf('\n')).trim();
      const answer =
        cmd === 'backup'
          ? backupWriter(database.db, database.kind, new BackupLineWriter(conn), new Date())
          : cmd === 'audit-heads'
            ? auditHeadsText(database.db, new Date()).then((text) => void conn.end(text))
            : Promise.resolve(void conn.end(`unknown command: ${cmd.slice(0, 40)}\n`));
      answer.catch((err: unknown) => {
        onError(err);
        conn.destroy(); // the client sees an incomplete answer and refuses it
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => resolve());
  });
  fs.chmodSync(file, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(file, { force: true });
      }),
  };
}

/** Asks the server running on `dataDir` for a backup (`backup`: the gzip'd file) or the heads file (`audit-heads`); null when nobody answers. */
export function requestFromServer(dataDir: string, cmd: 'backup' | 'audit-heads'): Promise<Readable | null> {
  const file = controlSocketPath(path.resolve(dataDir));
  return new Promise((resolve) => {
    if (!fs.existsSync(file)) return resolve(null);
    const conn = net.createConnection(file);
    conn.once('error', () => resolve(null));
    conn.once('connect', () => {
      conn.write(`${cmd}\n`);
      resolve(conn);
    });
  });
}

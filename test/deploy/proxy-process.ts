// Caddy or nginx as a child process of a test, started from a config the test wrote into its own
// folder, on ports it chose: never the machine's own proxy, its ports or its admin endpoint.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';

/** The binaries these tests need; .ci/run installs them, so in CI they are never missing. */
export const CADDY = '/usr/bin/caddy';
export const NGINX = '/usr/sbin/nginx';

/** A Debian package's binary, or an error naming what to install. Nothing here skips. */
export function requireBinary(file: string, apt: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: apt-get install ${apt}`);
  return file;
}

export interface ProxyProcess {
  output: () => string;
  stop: () => Promise<void>;
}

export function startProxy(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { child, output: () => output, stop };
}

/** A GET that trusts the test's own self-signed certificate (fetch in Node 20 cannot). */
export function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : undefined;
    if (!client) {
      fetch(url, { headers, signal: AbortSignal.timeout(5000) }).then(async (response) => {
        resolve({
          status: response.status,
          type: response.headers.get('content-type') ?? '',
          body: await response.text(),
        });
      }, reject);
      return;
    }
    client
      .get(url, { rejectUnauthorized: false, headers, timeout: 5000 }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            type: String(response.headers['content-type'] ?? ''),
            body,
          }),
        );
      })
      .on('error', reject);
  });
}

/** Asks `<url>/healthz` until it answers 200 through the proxy, or says what the proxy printed. */
export async function untilProxied(url: string, proxy: ProxyProcess, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await get(`${url}/healthz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the proxy did not answer:\n${proxy.output()}`);
    await sleep(100);
  }
}

/**
 * A whole nginx.conf around one of the README's `server` or `upstream` examples, with every
 * path nginx writes in `dir` (which it must be able to enter: its workers are not root).
 */
export function nginxConfig(dir: string, site: string): string {
  fs.chmodSync(dir, 0o755);
  const config = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    config,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
      site,
      '}',
    ].join('\n'),
  );
  return config;
}

/** A phone's WebSocket: its device cookie and the Origin a browser on the board's page sends. */
export function phoneSocket(cookie: string, origin: string) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin }, rejectUnauthorized: false });
    }
  } as unknown as typeof globalThis.WebSocket;
}

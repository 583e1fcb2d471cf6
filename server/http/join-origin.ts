// Where phones reach this server, for the link in a kiosk's QR code: PUBLIC_URL, or an address
// of this machine. Never a Host header as such: anyone can write one.
import type http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';

/**
 * PUBLIC_URL, else the address the kiosk itself used when it names this machine on this port,
 * else this server's own address. A Host naming anything else is not believed, so a QR code
 * never sends phones to another site.
 */
export function joinOrigin(
  server: http.Server,
  publicUrl: string | undefined,
  asked: string | undefined,
): string {
  if (publicUrl) return publicUrl;
  const scheme = server instanceof https.Server ? 'https' : 'http';
  const { address, port } = server.address() as AddressInfo;
  const everywhere = address === '0.0.0.0' || address === '::';
  const names = everywhere ? machineNames() : [address];
  const found = asked === undefined ? undefined : hostAndPort(asked);
  if (found && found.port === port && names.includes(found.host)) {
    return `${scheme}://${asked?.toLowerCase()}`;
  }
  const host = everywhere
    ? (names.find((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name) && !name.startsWith('127.')) ??
      '127.0.0.1')
    : address;
  return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The host (lower case, IPv6 without brackets) and port of a Host header. */
function hostAndPort(value: string): { host: string; port: number } | undefined {
  try {
    const url = new URL(`http://${value}`);
    if (url.host !== value.toLowerCase() || !url.port) return undefined;
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) };
  } catch {
    return undefined;
  }
}

/** Every name this machine answers to: its addresses, localhost and its host name. */
function machineNames(): string[] {
  const hostname = os.hostname().toLowerCase();
  const addresses = Object.values(os.networkInterfaces()).flatMap((list) =>
    (list ?? []).map((entry) => entry.address.toLowerCase()),
  );
  // External IPv4 first: the one a phone on the house network is most likely to reach.
  addresses.sort((a, b) => rank(a) - rank(b));
  return [...addresses, 'localhost', hostname, `${hostname}.local`];
}

function rank(address: string): number {
  if (address.includes(':')) return 2;
  return address.startsWith('127.') ? 1 : 0;
}

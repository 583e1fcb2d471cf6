// The one-time admin link a server prints on its first start (and the command line prints for a
// new house), and becoming the house's admin by opening it, as the admin's phone would.
import { deviceTokenOf } from './device-tokens.ts';
import { eventually } from './eventually.ts';
import { logEntries } from './server-log.ts';

/** The link in what a server logged (JSON lines) or the command line printed, if any. */
export function adminLinkIn(output: string): string | undefined {
  const logged = logEntries(output).find((entry) => typeof entry.adminLink === 'string');
  if (logged) return logged.adminLink as string;
  return /Admin link[^:\n]*: (\S+)/.exec(output)?.[1];
}

/** Opens an admin link at `baseUrl`: the new admin device's token and its house. */
export async function redeemAdminLink(
  baseUrl: string,
  link: string,
): Promise<{ token: string; houseId: string }> {
  const response = await fetch(`${baseUrl}/api/admin-invite`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: new URL(link).hash.slice(1) }),
    signal: AbortSignal.timeout(10_000),
  });
  const session = (await response.json().catch(() => ({}))) as { device?: { houseId?: string } };
  const token = deviceTokenOf(response);
  const houseId = session.device?.houseId;
  if (!response.ok || !token || !houseId) {
    throw new Error(`the admin link was refused (${response.status}): ${JSON.stringify(session)}`);
  }
  return { token, houseId };
}

/**
 * An admin token for a server process, from the admin link it printed on its first start. The
 * server can answer /healthz before its first log lines have reached this process through the
 * pipe: waits for the line (a CI run at night once read an empty output here).
 */
export async function adminTokenFromOutput(url: string, output: () => string): Promise<string> {
  const link = await eventually(
    () => {
      const found = adminLinkIn(output());
      if (!found) throw new Error(`the server printed no admin link:\n${output()}`);
      return found;
    },
    { timeoutMs: 10_000, intervalMs: 50 },
  );
  return (await redeemAdminLink(url, link)).token;
}

// Devices for tests, made the way real ones are: a member by a kiosk's join token, an admin by a
// one-time invite, staff by the staff code, a kiosk by pairing.
import type { Role } from '../../board/access.ts';
import type { RunningServer } from '../../server/start-server.ts';

/** A device token (what the hb_device cookie holds) for a new device of `role` in a house. */
export async function deviceToken(
  server: RunningServer,
  houseId: string,
  role: Role,
): Promise<string> {
  const { access } = server;
  if (role === 'admin')
    return (await access.redeemAdminInvite(await access.createAdminInvite(houseId))).token;
  if (role === 'kiosk') {
    const pairing = await access.startPairing();
    await access.pairKiosk(houseId, pairing.code);
    return pairing.token;
  }
  const member = await access.join(access.joinToken(houseId).token);
  if (role === 'staff')
    await access.becomeStaff(member.device, await access.rotateStaffCode(houseId));
  return member.token;
}

export function cookieFor(token: string): string {
  return `hb_device=${token}`;
}

/** An admin token for a server process, from the admin link it printed on its first start. */
export async function adminTokenFromOutput(url: string, output: string): Promise<string> {
  const link = output.match(/Admin link \(use once\): (\S+)/)?.[1];
  if (!link) throw new Error(`the server printed no admin link:\n${output}`);
  const response = await fetch(`${url}/api/admin-invite`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: new URL(link).hash.slice(1) }),
  });
  const cookie = response.headers.get('set-cookie')?.match(/hb_device=([^;]+)/)?.[1];
  if (!response.ok || !cookie) throw new Error(`the admin link was refused: ${response.status}`);
  return cookie;
}

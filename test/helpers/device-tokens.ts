// Devices for tests, made the way real ones are: a member by a kiosk's join token, an admin by a
// one-time invite, staff by the staff code, a kiosk by pairing; and the hb_device cookie that
// carries a device's token.
import type { Role } from '../../board/roles.ts';
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

/** The device token in a response's Set-Cookie (the hb_device cookie), if it set one. */
export function deviceTokenOf(response: Response): string | undefined {
  return response.headers.get('set-cookie')?.match(/hb_device=([^;]+)/)?.[1];
}

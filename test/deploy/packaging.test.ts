// The packaging files checked with the tools that judge them: the systemd unit with
// systemd-analyze, the Raspberry Pi kiosk script with shellcheck and by running it (dry, and into
// a folder standing for the Pi's disk), and compose.yaml with docker-compose. Each check is also
// shown to fail on a broken file, so a tool that checks nothing cannot pass here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/server-process.ts';
import { nodeFlagsOf, startNodeFlags } from '../helpers/start-command.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { requireBinary } from './proxy-process.ts';

const SCRIPT = path.join(REPO_ROOT, 'deploy/pi-kiosk-setup.sh');
const UNIT = path.join(REPO_ROOT, 'deploy/houseboard.service');
const scratch = tempDir('houseboard-deploy-');
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

function kioskSetup(...args: string[]) {
  return run('bash', [SCRIPT, ...args], { SUDO_USER: '' });
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => {
    return fs.statSync(path.join(dir, file)).isFile();
  });
}

describe('the systemd unit', () => {
  const analyze = () => requireBinary('/usr/bin/systemd-analyze', 'systemd');

  test('systemd-analyze verify finds nothing to say about deploy/houseboard.service', () => {
    expect(run(analyze(), ['verify', UNIT])).toEqual({ status: 0, output: '' });
  });

  test('the same check refuses a unit whose ExecStart names no program', () => {
    const broken = path.join(scratch, 'houseboard.service');
    fs.writeFileSync(
      broken,
      fs.readFileSync(UNIT, 'utf8').replace('/usr/bin/node', '/usr/bin/no-such-node'),
    );
    const result = run(analyze(), ['verify', broken]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('/usr/bin/no-such-node');
  });
});

describe('the node flags the built server starts with', () => {
  const dockerCmd = () => {
    const line = fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8').match(/^CMD (.*)$/m);
    return (JSON.parse(line![1]!) as string[]).join(' ');
  };
  const execStart = () => fs.readFileSync(UNIT, 'utf8').match(/^ExecStart=(.*)$/m)![1]!;

  test('npm start, the Dockerfile and the systemd unit start it with the same ones', () => {
    const flags = startNodeFlags();
    expect(flags).toContain('--max-semi-space-size=2');
    expect(nodeFlagsOf(dockerCmd())).toEqual(flags);
    expect(nodeFlagsOf(execStart())).toEqual(flags);
  });

  test('the reading finds no flags where node does not run the built server', () => {
    expect(nodeFlagsOf('node --import tsx server/main.ts')).toBeUndefined();
    expect(nodeFlagsOf('--max-semi-space-size=2 dist-server/main.js')).toBeUndefined();
    expect(nodeFlagsOf('nodemon --watch dist-server/main.js')).toBeUndefined();
    expect(nodeFlagsOf('')).toBeUndefined();
    expect(nodeFlagsOf('/usr/bin/node dist-server/main.js')).toEqual([]);
    expect(nodeFlagsOf('npm run build && node --v8-pool-size=2 dist-server/main.js')).toEqual([
      '--v8-pool-size=2',
    ]);
  });
});

describe('the Raspberry Pi kiosk script', () => {
  const URL = 'http://192.168.1.20:8080/kiosk';

  test('shellcheck finds nothing in it', () => {
    const shellcheck = requireBinary('/usr/bin/shellcheck', 'shellcheck');
    expect(run(shellcheck, [SCRIPT])).toEqual({ status: 0, output: '' });
  });

  test('a dry run says what it would do and writes nothing', () => {
    const timer = '/etc/systemd/system/houseboard-kiosk-reboot.timer';
    const existed = fs.existsSync(timer);
    const result = kioskSetup('--dry-run', '--user', 'pi', '--reboot-hour', '3', URL);
    expect(result.status).toBe(0);
    expect(result.output).toContain('Dry run: nothing is changed');
    expect(result.output).toContain(`write /home/pi/.config/autostart/houseboard-kiosk.desktop`);
    expect(result.output).toMatch(
      /Exec=chromium --kiosk .* "http:\/\/192\.168\.1\.20:8080\/kiosk"/,
    );
    expect(result.output).not.toContain('--incognito');
    expect(result.output).toContain('run: raspi-config nonint do_blanking 1');
    expect(result.output).toContain('xserver-command=X -s 0 -dpms');
    expect(result.output).toContain('OnCalendar=*-*-* 03:00:00');
    expect(result.output).toContain('Persistent=false');
    expect(result.output).toContain('run: systemctl enable --now houseboard-kiosk-reboot.timer');
    expect(fs.existsSync(timer)).toBe(existed);
  });

  test('run twice into a folder, it writes the files once and the units pass systemd-analyze', () => {
    const root = fs.mkdtempSync(path.join(scratch, 'pi-'));
    const args = ['--root', root, '--user', 'pi', '--time-zone', 'Europe/Madrid', URL];
    const first = kioskSetup(...args);
    expect(first.status).toBe(0);
    const written = filesUnder(root).sort();
    expect(written).toEqual([
      'etc/lightdm/lightdm.conf.d/50-houseboard-kiosk.conf',
      'etc/systemd/system/houseboard-kiosk-reboot.service',
      'etc/systemd/system/houseboard-kiosk-reboot.timer',
      'home/pi/.config/autostart/houseboard-kiosk.desktop',
    ]);
    const second = kioskSetup(...args);
    expect(second.status).toBe(0);
    expect(second.output.match(/^unchanged: /gm)).toHaveLength(4);
    expect(second.output).not.toContain('wrote:');

    const analyze = requireBinary('/usr/bin/systemd-analyze', 'systemd');
    const timer = path.join(root, 'etc/systemd/system/houseboard-kiosk-reboot.timer');
    expect(run(analyze, ['verify', timer])).toEqual({ status: 0, output: '' });
    const calendar = /^OnCalendar=(.*)$/m.exec(fs.readFileSync(timer, 'utf8'))?.[1] ?? '';
    expect(calendar).toBe('*-*-* 04:00:00 Europe/Madrid');
    expect(run(analyze, ['calendar', calendar]).status).toBe(0);
  });

  test.each([
    [[], 'give the kiosk page'],
    [['javascript:alert(1)'], 'the kiosk address must be'],
    [['ftp://192.168.1.20/kiosk'], 'the kiosk address must be'],
    [['http://192.168.1.20:8080/'], 'the kiosk address must be'],
    [['http://board/kiosk" --load-extension=/tmp/x'], 'the kiosk address must be'],
    [['http://board/kiosk;reboot'], 'the kiosk address must be'],
    [['http://board/kiosk?%0aExec=sh'], 'the kiosk address must be'],
    [['http://board/kiosk\nExec=sh'], 'the kiosk address must be'],
    [[URL, 'http://other/kiosk'], 'one kiosk address only'],
    [['--reboot-hour', '24', URL], '--reboot-hour must be a whole hour'],
    [['--reboot-hour', '-1', URL], '--reboot-hour must be a whole hour'],
    [['--reboot-hour', '4;reboot', URL], '--reboot-hour must be a whole hour'],
    [['--reboot-hour', '12', URL], "not in the house's night hours"],
    [['--reboot-hour', '7', URL], "not in the house's night hours"],
    [['--reboot-hour', '08', URL], "not in the house's night hours"],
    [['--night', '7-7', URL], '--night must be two different hours'],
    [['--night', '22-24', URL], '--night must be two different hours'],
    [['--night', 'late', URL], '--night must be FROM-TO'],
    [['--time-zone', '../../../etc/passwd', URL], '--time-zone must be a zone'],
    [['--time-zone', 'Mars/Olympus_Mons', URL], '--time-zone must be a zone'],
    [['--user', 'root', URL], 'must not run as root'],
    [['--user', 'pi;rm -rf ~', URL], '--user must be a user name'],
    [['--reboot-hour'], '--reboot-hour needs an hour'],
    [['--wipe', URL], 'unknown option --wipe'],
  ])('refuses %j with one line and changes nothing', (args, reason) => {
    const root = fs.mkdtempSync(path.join(scratch, 'refused-'));
    const withUser = args.includes('--user') ? args : ['--user', 'pi', ...args];
    const result = kioskSetup('--root', root, ...withUser);
    expect(result.status).toBe(2);
    expect(result.output).toContain(reason);
    expect(filesUnder(root)).toEqual([]);
  });

  test('a reboot hour inside a night that does not cross midnight is taken', () => {
    const result = kioskSetup(
      '--dry-run',
      '--user',
      'pi',
      '--night',
      '1-6',
      '--reboot-hour',
      '5',
      URL,
    );
    expect(result.status).toBe(0);
    expect(result.output).toContain('OnCalendar=*-*-* 05:00:00');
  });
});

describe('compose.yaml', () => {
  const compose = () => requireBinary('/usr/bin/docker-compose', 'docker-compose');

  test('docker-compose accepts it, and its scale profile runs three nodes on Redis with AOF behind Caddy', () => {
    const result = run(compose(), ['--profile', 'scale', 'config']);
    expect(result.status).toBe(0);
    for (const node of ['node1', 'node2', 'node3']) expect(result.output).toContain(`  ${node}:`);
    expect(result.output.match(/REDIS_URL: redis:\/\/redis:6379/g)).toHaveLength(3);
    expect(result.output).toMatch(/- --appendonly\s+- "yes"/);
    expect(result.output).toContain('UPSTREAMS: node1:8080 node2:8080 node3:8080');
  });

  test('the same check refuses a file with a mistake in it', () => {
    const broken = path.join(scratch, 'compose.yaml');
    const text = fs.readFileSync(path.join(REPO_ROOT, 'compose.yaml'), 'utf8');
    fs.writeFileSync(broken, text.replace('stop_grace_period: 30s', 'stop_grace_period: [30s]'));
    expect(run(compose(), ['-f', broken, 'config', '-q']).status).not.toBe(0);
  });
});

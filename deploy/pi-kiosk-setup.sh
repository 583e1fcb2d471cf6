#!/usr/bin/env bash
# Turns a Raspberry Pi OS (bookworm, with desktop) into the house's wall screen: Chromium opens
# the kiosk page full-screen at login, the screen never blanks, and the Pi reboots once a day at
# an hour of the house's night. Safe to run again: it changes only what differs.
#
#   sudo deploy/pi-kiosk-setup.sh http://192.168.1.20:8080/kiosk
#   sudo deploy/pi-kiosk-setup.sh --reboot-hour 3 --night 23-6 https://board.example.org/kiosk
#   deploy/pi-kiosk-setup.sh --dry-run http://192.168.1.20:8080/kiosk   # prints, changes nothing
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: pi-kiosk-setup.sh [options] KIOSK_URL

  KIOSK_URL            the board's kiosk page, e.g. http://192.168.1.20:8080/kiosk
  --reboot-hour H      hour of the daily reboot, 0-23, inside the night hours (default 4)
  --night FROM-TO      the house's night hours, e.g. 22-7 (default 22-7, as the board's own)
  --time-zone ZONE     the house's time zone for the reboot hour, e.g. Europe/London
                       (default: the Pi's own)
  --user NAME          the desktop user the kiosk runs as (default: the one who ran sudo)
  --dry-run            print what would be done and change nothing
  --root DIR           write the files under DIR instead of / and run no command
                       (to look at them, or test them, before a Pi)
  -h, --help           this text
EOF
}

fail() {
  echo "pi-kiosk-setup: $*" >&2
  exit 2
}

dry_run=false
root=
reboot_hour=4
night=22-7
time_zone=
kiosk_user=${SUDO_USER:-}
url=

while [ $# -gt 0 ]; do
  case $1 in
    --dry-run) dry_run=true ;;
    --root) [ $# -ge 2 ] || fail "--root needs a folder"; root=${2%/}; shift ;;
    --reboot-hour) [ $# -ge 2 ] || fail "--reboot-hour needs an hour"; reboot_hour=$2; shift ;;
    --night) [ $# -ge 2 ] || fail "--night needs hours such as 22-7"; night=$2; shift ;;
    --time-zone) [ $# -ge 2 ] || fail "--time-zone needs a zone"; time_zone=$2; shift ;;
    --user) [ $# -ge 2 ] || fail "--user needs a name"; kiosk_user=$2; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) fail "unknown option $1 (see --help)" ;;
    *) [ -z "$url" ] || fail "one kiosk address only, not also $1"; url=$1 ;;
  esac
  shift
done

# --- what was asked, checked before anything changes -----------------------------------------

[ -n "$url" ] || { usage >&2; fail "give the kiosk page's address, e.g. http://192.168.1.20:8080/kiosk"; }
# The address goes into a .desktop Exec line, quoted: plain URL characters only, none that
# the Exec quoting or its %-field codes would read (no spaces, quotes, $, `, \\ or %).
url_pattern='^https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?/kiosk/?(\?[A-Za-z0-9._~=&-]*)?$'
[[ $url =~ $url_pattern ]] ||
  fail "the kiosk address must be http(s)://host[:port]/kiosk, such as http://192.168.1.20:8080/kiosk, not \"$url\""

whole_hour() { [[ $1 =~ ^[0-9]{1,2}$ ]] && [ "$((10#$1))" -le 23 ]; }
whole_hour "$reboot_hour" || fail "--reboot-hour must be a whole hour from 0 to 23, not \"$reboot_hour\""
[[ $night =~ ^([0-9]{1,2})-([0-9]{1,2})$ ]] || fail "--night must be FROM-TO in whole hours, such as 22-7, not \"$night\""
night_from=$((10#${BASH_REMATCH[1]}))
night_to=$((10#${BASH_REMATCH[2]}))
if ! whole_hour "$night_from" || ! whole_hour "$night_to" || [ "$night_from" -eq "$night_to" ]; then
  fail "--night must be two different hours from 0 to 23, such as 22-7, not \"$night\""
fi
reboot_hour=$((10#$reboot_hour))
# The reboot takes a minute or two: it must start and end inside the night.
in_night=false
if [ "$night_from" -lt "$night_to" ]; then
  if [ "$reboot_hour" -ge "$night_from" ] && [ "$reboot_hour" -lt "$night_to" ]; then in_night=true; fi
elif [ "$reboot_hour" -ge "$night_from" ] || [ "$reboot_hour" -lt "$night_to" ]; then
  in_night=true
fi
$in_night || fail "--reboot-hour $reboot_hour is not in the house's night hours ($night_from:00-$night_to:00): the wall would go dark while people use it"

if [ -n "$time_zone" ]; then
  if ! [[ $time_zone =~ ^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$ ]] || [ ! -f "/usr/share/zoneinfo/$time_zone" ]; then
    fail "--time-zone must be a zone such as Europe/London, not \"$time_zone\""
  fi
fi

[ -n "$kiosk_user" ] || fail "run with sudo from the desktop user's session, or name them with --user"
[[ $kiosk_user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || fail "--user must be a user name such as pi, not \"$kiosk_user\""
[ "$kiosk_user" != root ] || fail "the kiosk must not run as root: name the desktop user with --user"

if [ -n "$root" ]; then
  [ -d "$root" ] || fail "--root must be an existing folder, not \"$root\""
  $dry_run || echo "Writing under $root; commands are only printed:"
  home=/home/$kiosk_user
elif $dry_run; then
  echo "Dry run: nothing is changed. Would do:"
  home=/home/$kiosk_user
else
  [ "$(id -u)" -eq 0 ] || fail "run as root (sudo), or with --dry-run to see what it would do"
  home=$(getent passwd "$kiosk_user" | cut -d: -f6) || fail "there is no user \"$kiosk_user\" on this Pi"
fi

# --- the changes, each one skipped when already made ------------------------------------------

# Writes a file only when its content differs, so a second run changes nothing.
put_file() {
  local path=$root$1 owner=$2 content=$3
  if $dry_run; then
    printf 'write %s (owner %s):\n%s\n' "$path" "$owner" "$content" | sed 's/^/  /'
    return
  fi
  if [ -f "$path" ] && [ "$(cat "$path")" = "$content" ]; then
    echo "unchanged: $path"
    return
  fi
  mkdir -p "$(dirname "$path")"
  printf '%s\n' "$content" >"$path"
  [ -n "$root" ] || chown "$owner:$(id -gn "$owner")" "$(dirname "$path")" "$path"
  echo "wrote: $path"
}

run() {
  if $dry_run || [ -n "$root" ]; then
    echo "  run: $*"
  else
    "$@"
  fi
}

# Pi OS bookworm calls its Chromium package chromium-browser; Debian and later Pi OS, chromium.
if ! $dry_run && [ -z "$root" ] && apt-cache show chromium-browser >/dev/null 2>&1; then
  browser_package=chromium-browser
else
  browser_package=chromium
fi
if $dry_run || [ -n "$root" ] || ! command -v "$browser_package" >/dev/null; then
  run apt-get update
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$browser_package"
fi

# Chromium at login, from an XDG autostart entry: Pi OS bookworm's default desktop (Wayland with
# labwc since the October 2024 release; wayfire before) and its X11 desktop (LXDE with lightdm)
# both start these. Not --incognito: the kiosk keeps its pairing and its copy of the board in
# the profile, which is what lets it open while the server is away.
flags='--kiosk --noerrdialogs --disable-session-crashed-bubble --disable-infobars --no-first-run --check-for-update-interval=31536000 --password-store=basic'
put_file "$home/.config/autostart/houseboard-kiosk.desktop" "$kiosk_user" "[Desktop Entry]
Type=Application
Name=Houseboard kiosk
Comment=The house board on the wall, full-screen
Exec=$browser_package $flags \"$url\"
X-GNOME-Autostart-enabled=true"

# A labwc autostart of the user's own replaces the system's, which is what starts XDG entries.
user_labwc=$root$home/.config/labwc/autostart
if [ -f "$user_labwc" ] && ! grep -q lxsession-xdg-autostart "$user_labwc"; then
  echo "note: $user_labwc does not run lxsession-xdg-autostart; add that line, or the kiosk will not start at login" >&2
fi

# Screen blanking off. raspi-config knows which desktop this Pi runs (labwc, wayfire or X11)
# and turns off the idle blanking of that one; the lightdm setting keeps X11's own blanking
# and DPMS off too. (The board itself dims at night; the screen must stay on to show it.)
if $dry_run || [ -n "$root" ] || command -v raspi-config >/dev/null; then
  run raspi-config nonint do_blanking 1
fi
put_file /etc/lightdm/lightdm.conf.d/50-houseboard-kiosk.conf root "[Seat:*]
xserver-command=X -s 0 -dpms"

# One reboot a day inside the night: a fresh browser and memory, while nobody looks at the wall.
# Not Persistent: a reboot missed while the Pi was off must not happen when it comes back by day.
calendar="*-*-* $(printf '%02d' "$reboot_hour"):00:00${time_zone:+ $time_zone}"
put_file /etc/systemd/system/houseboard-kiosk-reboot.service root "[Unit]
Description=Daily reboot of the house's wall screen

[Service]
Type=oneshot
ExecStart=/usr/bin/systemctl --no-block reboot"
put_file /etc/systemd/system/houseboard-kiosk-reboot.timer root "[Unit]
Description=Reboot the house's wall screen once a day at night

[Timer]
OnCalendar=$calendar
Persistent=false
AccuracySec=1min

[Install]
WantedBy=timers.target"
run systemctl daemon-reload
run systemctl enable --now houseboard-kiosk-reboot.timer

echo "The wall screen opens $url at login and reboots daily at $calendar."
$dry_run || [ -n "$root" ] || echo "Reboot now to start it: sudo reboot"

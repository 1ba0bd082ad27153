#!/bin/sh
# Install the WebKasa check-in kiosk from this unpacked build folder (no Python needed).
#   ./install-linux.sh              for the current user: ~/.local/opt, ~/.local/bin/kiosk
#   sudo ./install-linux.sh --system   for every user: /opt, /usr/local/bin/kiosk
#   ./install-linux.sh --uninstall [--system]
# Adds "WebKasa Check-in" to the desktop's application menu (with "Try the demo").
# With --system also the "WebKasa kiosk" login session (only the app, locked, under cage)
# and the headless gate's service (webkasa-kiosk-gate: "kiosk scan" as its own user).
# DESTDIR=/some/root installs below that folder instead of / (packagers, tests).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
MODE=user
ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) MODE=system ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
D=${DESTDIR:-}
if [ "$MODE" = system ]; then
  PREFIX=$D/opt/webkasa-kiosk BIN=$D/usr/local/bin SHARE=$D/usr/share
else
  PREFIX="$HOME/.local/opt/webkasa-kiosk" BIN="$HOME/.local/bin" SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
APPS="$SHARE/applications"
ICON="$SHARE/icons/hicolor/256x256/apps/webkasa-kiosk.png"
SESSION="$SHARE/wayland-sessions/webkasa-kiosk.desktop"
GATE="$D/etc/systemd/system/webkasa-kiosk-gate.service"
GATE_USER="$D/usr/lib/sysusers.d/webkasa-kiosk-gate.conf"
GATE_ENV="$D/etc/webkasa-kiosk/gate.env"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$ACTION" = uninstall ]; then
  rm -f "$BIN/kiosk" "$APPS/webkasa-kiosk.desktop" "$ICON"
  if [ "$MODE" = system ]; then
    rm -f "$BIN/webkasa-kiosk-session" "$SESSION" "$GATE" "$GATE_USER"
    if [ -f "$GATE_ENV" ]; then
      echo "The gate's settings and API key stay in $GATE_ENV: delete it when done with it."
    fi
  fi
  case "$PREFIX" in */webkasa-kiosk) rm -rf "$PREFIX" ;; esac
  refresh
  if [ "$MODE" = system ]; then
    DATA="~/.local/share/webkasa-kiosk of each user who ran the kiosk"
  else
    DATA="${XDG_DATA_HOME:-$HOME/.local/share}/webkasa-kiosk"
  fi
  echo "Removed the program. The event data (the registrations' names and e-mail addresses) stays in"
  echo "  $DATA"
  echo "Delete that folder to remove it. ('kiosk wipe --all', run before uninstalling, also removes"
  echo "the API key from the keyring.)"
  exit 0
fi

[ -x "$HERE/kiosk" ] || { echo "run this from the unpacked build folder (kiosk not found)" >&2; exit 1; }
if [ "$HERE" != "$PREFIX" ]; then
  case "$PREFIX" in */webkasa-kiosk) rm -rf "$PREFIX" ;; esac
  mkdir -p "$PREFIX"
  cp -a "$HERE/." "$PREFIX/"
fi
mkdir -p "$BIN" "$APPS" "$(dirname "$ICON")"
ln -sf "$PREFIX/kiosk" "$BIN/kiosk"
sed -e "s|^Exec=kiosk|Exec=\"$PREFIX/kiosk\"|" -e "s|^TryExec=kiosk|TryExec=$PREFIX/kiosk|" \
  "$HERE/webkasa-kiosk.desktop" > "$APPS/webkasa-kiosk.desktop"
cp "$HERE/webkasa-kiosk.png" "$ICON"
if [ "$MODE" = system ] && [ -f "$HERE/webkasa-kiosk-session" ]; then
  # the login session runs the installed program (paths without DESTDIR: as seen when running)
  sed -e "s|^KIOSK=.*|KIOSK=\${KIOSK:-${PREFIX#"$D"}/kiosk}|" "$HERE/webkasa-kiosk-session" \
    > "$BIN/webkasa-kiosk-session"
  chmod 755 "$BIN/webkasa-kiosk-session"
  mkdir -p "$(dirname "$SESSION")"
  sed -e "s|^Exec=.*|Exec=${BIN#"$D"}/webkasa-kiosk-session|" \
    -e "s|^TryExec=.*|TryExec=${BIN#"$D"}/webkasa-kiosk-session|" \
    "$HERE/webkasa-kiosk-session.desktop" > "$SESSION"
  command -v cage >/dev/null 2>&1 || echo "Note: the kiosk session needs cage (apt install cage xwayland)."
  echo "Login session: \"WebKasa kiosk\" ($SESSION)."
fi
if [ "$MODE" = system ] && [ -f "$HERE/webkasa-kiosk-gate.service" ]; then
  # the headless gate: its unit runs the installed program as its own user (sysusers.d)
  mkdir -p "$(dirname "$GATE")" "$(dirname "$GATE_USER")"
  sed -e "s|^ExecStart=[^ ]*/kiosk |ExecStart=${PREFIX#"$D"}/kiosk |" \
    "$HERE/webkasa-kiosk-gate.service" > "$GATE"
  cp "$HERE/webkasa-kiosk-gate.sysusers" "$GATE_USER"
  if [ ! -e "$GATE_ENV" ]; then  # never overwrite the key and event already set there
    mkdir -p "$(dirname "$GATE_ENV")"
    (umask 077 && cp "$HERE/webkasa-kiosk-gate.env" "$GATE_ENV")
  fi
  chmod 600 "$GATE_ENV"
  if [ -z "$D" ] && command -v systemd-sysusers >/dev/null 2>&1; then
    systemd-sysusers "$GATE_USER" && systemctl daemon-reload 2>/dev/null || true
  fi
  echo "Headless gate: set its key and event in $GATE_ENV, sync it once, then"
  echo "  systemctl enable --now webkasa-kiosk-gate"
fi
refresh
echo "Installed $("$PREFIX/kiosk" --version) in $PREFIX"
echo "Command line: $BIN/kiosk (try: kiosk demo). Menu entry: WebKasa Check-in."
case ":$PATH:" in *":$BIN:"*) ;; *) echo "Note: $BIN is not on your PATH." ;; esac

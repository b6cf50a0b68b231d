#!/bin/bash
# test-app-e2e.sh — the real `resolute` binary, typed into with real key events (TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Under Xvfb (xvfb-run -a meson test): starts $RESOLUTE_APP with fresh XDG
# folders, makes a new General Assembly resolution with Ctrl+N, types an
# operative paragraph, saves with Ctrl+S through the file chooser, quits with
# Ctrl+Q, and checks the saved file with resolute-cli.
set -u

echo "1..4"

if [ -z "${DISPLAY:-}" ] || ! command -v xdotool >/dev/null; then
  for i in 1 2 3 4; do echo "ok $i # SKIP needs an X display and xdotool"; done
  exit 0
fi

work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null; rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_STATE_HOME="$work/state" HOME="$work/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$HOME"
export GSETTINGS_BACKEND=memory GTK_USE_PORTAL=0 NO_AT_BRIDGE=1
unset GDK_DEBUG G_DEBUG
out="$work/e2e.akn"
sentence="Requests the Secretary-General to report on the implementation of the present resolution."

launcher=()
if command -v dbus-run-session >/dev/null; then
  launcher=(dbus-run-session --)
fi
"${launcher[@]}" "$RESOLUTE_APP" >"$work/app.log" 2>&1 &
app=$!

fail () {
  echo "not ok $1 $2"
  sed 's/^/# /' "$work/app.log"
  for i in $(seq $(($1 + 1)) 4); do echo "not ok $i skipped after a failure"; done
  exit 1
}

# the window
win=""
for _ in $(seq 1 100); do
  win=$(xdotool search --onlyvisible --name '^Resolute$' 2>/dev/null | head -n 1)
  [ -n "$win" ] && break
  sleep 0.1
done
[ -n "$win" ] || fail 1 "the window opens"
echo "ok 1 the window opens"

key () {
  xdotool key --clearmodifiers "$@"
  sleep 0.4
}

# Ctrl+N: the template dialog; Return takes the first, a GA resolution
xdotool windowfocus --sync "$win"
sleep 0.5
key ctrl+n
sleep 0.8
dialog=$(xdotool search --onlyvisible --name '^New Resolution$' | head -n 1)
[ -n "$dialog" ] || fail 2 "Ctrl+N shows the templates"
xdotool windowfocus --sync "$dialog"
key Return
sleep 0.8

# type a new operative paragraph after the last one
xdotool windowfocus --sync "$win"
key ctrl+End
key End
key Return
xdotool type --delay 15 "$sentence"
sleep 0.5
echo "ok 2 a new resolution, typed into"

# Ctrl+S: the file chooser, a name, Return
key ctrl+s
sleep 1.0
chooser=$(xdotool search --onlyvisible --name '^Save Resolution$' | head -n 1)
[ -n "$chooser" ] || fail 3 "Ctrl+S asks for a name"
xdotool windowfocus --sync "$chooser"
key ctrl+a
xdotool type --delay 10 "$out"
key Return
for _ in $(seq 1 50); do
  [ -s "$out" ] && break
  sleep 0.1
done
[ -s "$out" ] || fail 3 "Ctrl+S saves the file"
echo "ok 3 Ctrl+S saves the file"

# Ctrl+Q quits without a question: everything is saved
xdotool windowfocus --sync "$win"
key ctrl+q
for _ in $(seq 1 50); do
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done

info=$("$RESOLUTE_CLI" info --json "$out")
"$RESOLUTE_CLI" convert "$out" "$work/e2e.txt"
if ! kill -0 "$app" 2>/dev/null \
   && echo "$info" | grep -q '"operative" *: *3' \
   && grep -qF "$sentence" "$work/e2e.txt"; then
  echo "ok 4 the saved resolution has the typed paragraph as paragraph 3"
else
  echo "not ok 4 the saved resolution has the typed paragraph as paragraph 3"
  echo "$info" | sed 's/^/# /'
  sed 's/^/# /' "$work/app.log"
  exit 1
fi

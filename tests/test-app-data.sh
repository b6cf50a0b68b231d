#!/bin/sh
# test-app-data.sh — the application's data files pass their validators (TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: test-app-data.sh DESKTOP-FILE METAINFO-FILE SCHEMA-DIR
desktop=$1
metainfo=$2
schemas=$3
n=0
status=0

echo "1..3"

check () {
  n=$((n + 1))
  name=$1
  shift
  if out=$("$@" 2>&1); then
    echo "ok $n $name"
  else
    echo "not ok $n $name"
    echo "$out" | sed 's/^/# /'
    status=1
  fi
}

skip () {
  n=$((n + 1))
  echo "ok $n $1 # SKIP $2 is not installed"
}

if command -v desktop-file-validate >/dev/null; then
  check "desktop-file-validate" desktop-file-validate "$desktop"
else
  skip "desktop-file-validate" desktop-file-validate
fi

if command -v appstreamcli >/dev/null; then
  check "appstreamcli validate --no-net" appstreamcli validate --no-net "$metainfo"
else
  skip "appstreamcli validate --no-net" appstreamcli
fi

if command -v glib-compile-schemas >/dev/null; then
  check "glib-compile-schemas --strict" glib-compile-schemas --strict --dry-run "$schemas"
else
  skip "glib-compile-schemas --strict" glib-compile-schemas
fi

exit $status

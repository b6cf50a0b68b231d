#!/usr/bin/env python3
# test-app-potfiles.py — po/POTFILES.in is sorted and names every translatable file (TAP)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every source under src/ and ui/ that calls _( , N_( or ngettext( or has
# translatable="yes", and every data template that carries user-visible
# text (desktop file, metainfo, settings schema), must be listed, and every
# listed file must exist.
import os
import re
import subprocess
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
potfiles = os.path.join(root, 'po', 'POTFILES.in')
listed = [line.strip() for line in open(potfiles, encoding='utf-8')
          if line.strip() and not line.startswith('#')]

marker = re.compile(r'(\b_\(|\bN_\(|\bngettext\s*\(|\bC_\(|translatable="yes")')


def tracked_files():
    """The files git knows of (so unfinished work of others is not judged),
    or every file when this is not a git checkout."""
    try:
        out = subprocess.run(['git', '-C', root, 'ls-files', 'src', 'ui', 'data'],
                             check=True, capture_output=True, text=True).stdout
        return [f for f in out.splitlines() if f]
    except (OSError, subprocess.CalledProcessError):
        found = []
        for top in ('src', 'ui', 'data'):
            for dirpath, _, names in os.walk(os.path.join(root, top)):
                for name in names:
                    found.append(os.path.relpath(os.path.join(dirpath, name), root))
        return found


needed = set()
for path in tracked_files():
    full = os.path.join(root, path)
    if not os.path.isfile(full):
        continue
    if path.endswith(('.desktop.in.in', '.metainfo.xml.in.in', '.gschema.xml.in')):
        needed.add(path)
        continue
    if not path.endswith(('.c', '.ui')):
        continue
    with open(full, encoding='utf-8', errors='replace') as f:
        if marker.search(f.read()):
            needed.add(path)

print('1..3')
missing = sorted(needed - set(listed))
print(('ok' if not missing else 'not ok') + ' 1 every translatable file is listed')
for path in missing:
    print('# missing from po/POTFILES.in: ' + path)

absent = [p for p in listed if not os.path.isfile(os.path.join(root, p))]
print(('ok' if not absent else 'not ok') + ' 2 every listed file exists')
for path in absent:
    print('# listed but absent: ' + path)

unsorted = listed != sorted(listed) or len(set(listed)) != len(listed)
print(('ok' if not unsorted else 'not ok') + ' 3 po/POTFILES.in is sorted, without duplicates')

sys.exit(1 if missing or absent or unsorted else 0)

#!/usr/bin/env bash
# bench-pdf.sh — PDF export of a 2,000-clause resolution, side by side with LibreOffice
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bench-pdf.sh BENCH_PDF RESOLUTE_CLI [N_CLAUSES]
#
# 1. bench-pdf builds the resolution, saves it as bench.akn and times the
#    in-process export (what Export in the app runs); the goal is 0.4 s.
# 2. resolute-cli converts bench.akn to PDF: the same, plus starting the
#    program and reading the Akoma Ntoso file.
# 3. resolute-cli converts bench.akn to Word, and LibreOffice converts that
#    DOCX to PDF (`soffice --headless --convert-to pdf`), after a first run
#    that creates its user profile. Skipped, with the reason, when there is
#    no DOCX writer or no LibreOffice.
# Prints one line per figure; exits non-zero when Resolute's export is over
# its budget.
set -u

bench=${1:?usage: bench-pdf.sh BENCH_PDF RESOLUTE_CLI [N_CLAUSES]}
cli=${2:?usage: bench-pdf.sh BENCH_PDF RESOLUTE_CLI [N_CLAUSES]}
clauses=${3:-2000}
budget=0.4

dir=$(mktemp -d -t resolute-bench-pdf-XXXXXX)
trap 'rm -rf "$dir"' EXIT

now () { date +%s.%N; }
elapsed () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

out=$("$bench" "$dir" "$clauses") || { echo "bench-pdf failed"; exit 1; }
echo "$out"
ours=$(echo "$out" | sed -n 's/.*: \([0-9.]*\) s (median.*/\1/p')

t0=$(now)
"$cli" convert -q "$dir/bench.akn" "$dir/cli.pdf" || { echo "resolute-cli convert failed"; exit 1; }
t1=$(now)
pages=$(pdfinfo "$dir/cli.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
echo "resolute-cli convert bench.akn bench.pdf: $(elapsed "$t0" "$t1") s (${pages:-?} pages)"

lo_status="skipped"
if ! "$cli" convert -q "$dir/bench.akn" "$dir/bench.docx" 2>"$dir/docx.err"; then
  echo "LibreOffice DOCX to PDF: skipped: resolute-cli cannot write DOCX yet ($(head -c 200 "$dir/docx.err"))"
elif ! soffice=$(command -v soffice || command -v libreoffice); then
  echo "LibreOffice DOCX to PDF: skipped: soffice is not installed (libreoffice-writer-nogui)"
else
  profile="file://$dir/lo-profile"
  mkdir -p "$dir/warm" "$dir/lo"
  cp "$dir/bench.docx" "$dir/warm/warm.docx"
  # the first start creates the user profile: not part of a conversion
  "$soffice" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$dir/warm" \
    "$dir/warm/warm.docx" >/dev/null 2>&1
  t0=$(now)
  "$soffice" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$dir/lo" \
    "$dir/bench.docx" >/dev/null 2>&1
  t1=$(now)
  if [ -s "$dir/lo/bench.pdf" ]; then
    lo_pages=$(pdfinfo "$dir/lo/bench.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
    echo "LibreOffice DOCX to PDF (soffice --headless --convert-to pdf): $(elapsed "$t0" "$t1") s (${lo_pages:-?} pages)"
    lo_status="measured"
  else
    echo "LibreOffice DOCX to PDF: failed (no PDF written)"
  fi
fi

if awk -v t="$ours" -v b="$budget" 'BEGIN { exit !(t != "" && t < b) }'; then
  echo "Resolute's export is within its budget of $budget s (LibreOffice: $lo_status)"
else
  echo "Resolute's export is OVER its budget of $budget s"
  exit 1
fi

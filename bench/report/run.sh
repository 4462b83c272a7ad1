#!/usr/bin/env bash
# Report benchmark (not a test): a strategy with 200 touchpoints, 20 personas with 8-stage journeys and 8
# quarters of history, plus ROWS imported survey responses (default 1,000,000), reported to xlsx and pdf by
# the exported product with a 512 MB heap. Prints the wall time of the import and of the report.
# Usage: bench/report/run.sh [ROWS]   (build the product first: mvn -B -q install -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cxw="$here/../../product/org.cxworkbench.product/cxw"
rows="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate_large_strategy.py" "$work/large.cxs" "$work/responses.csv" "$rows"
export CXW_JAVA_OPTS="-Xmx512m"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), heap 512 MB"
echo "input: $rows responses ($(du -h "$work/responses.csv" | cut -f1)), 200 touchpoints, 20 personas x 8 stages, 8 quarters"
start=$(date +%s.%N)
"$cxw" import-survey "$work/large.cxs" "$work/responses.csv" --survey "Benchmark survey" \
  --map NPS=Q_NPS,CSAT=Q_CSAT,CES=Q_CES --id ResponseId --date EndDate --segment touchpoint=Touchpoint > /dev/null
mid=$(date +%s.%N)
for run in 1 2 3; do
  s=$(date +%s.%N)
  /usr/bin/time -f "  peak RSS %M KB" "$cxw" report "$work/large.cxs" --period 2026-Q3 --out "$work/report" > /dev/null
  e=$(date +%s.%N)
  printf "report run %d (xlsx + pdf, including JVM and framework start): %.1f s\n" "$run" "$(echo "$e - $s" | bc)"
done
printf "import of %s responses: %.1f s\n" "$rows" "$(echo "$mid - $start" | bc)"
ls -la "$work/report"
pdfinfo "$work/report/large-2026-Q3.pdf" 2>/dev/null | grep Pages || true

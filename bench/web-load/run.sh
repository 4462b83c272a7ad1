#!/usr/bin/env bash
# Web load test (not a test of the test command): 50 virtual users edit and read one strategy through
# 'cxw serve' of the exported product on 127.0.0.1 for a bounded run, then the saved file is reloaded from disk
# and checked for lost updates. Prints the machine, the input, requests/s, 409s and round-trip percentiles.
# Usage: bench/web-load/run.sh [--users 50] [--seconds 30] [--iterations N] [--think-ms 0] [--attempts 200]
# Build first (from the repository root): mvn -B -q install -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -f "$root/product/org.cxworkbench.product/target/cxw-web.jar" ] || [ ! -f "$here/target/classpath.txt" ]; then
  echo "web-load: build the product and this module first: mvn -B -q install -DskipTests" >&2
  exit 2
fi
cd "$root"
exec java -Xmx1g -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" org.cxworkbench.bench.web.WebLoad \
  --cxw "$root/product/org.cxworkbench.product/cxw" --example "$root/examples/acme" "$@"

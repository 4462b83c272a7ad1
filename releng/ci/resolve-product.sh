#!/usr/bin/env bash
# Rewrites -runbundles of the product's bndrun from scratch after you add or remove a bundle, so the
# committed list is exactly what the resolver produces (CI fails on any drift, order included).
# Run from the repository root after 'mvn -B install -DskipTests' has built the bundles.
set -eu
cd "$(dirname "$0")/../.."
bndruns="product/org.cxworkbench.product/cxw.bndrun product/org.cxworkbench.product/cxw-web.bndrun"
for bndrun in $bndruns; do
python3 - "$bndrun" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r'-runbundles: \\\n(\t[^\n]*\n?)*', '', text).rstrip() + '\n'
open(path, "w", encoding="utf-8").write(text)
PY
done
mvn -B -q install -DskipTests -pl product/org.cxworkbench.product
mvn -B -q install -DskipTests -Dcxw.failOnDrift=true -pl product/org.cxworkbench.product
for bndrun in $bndruns; do
  echo "resolved: $(grep -c "version='" "$bndrun") run bundles in $bndrun"
done

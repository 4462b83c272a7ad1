#!/usr/bin/env bash
# Prints "N passed, N failed, N skipped" from every JUnit XML report of the reactor: Surefire's
# target/surefire-reports and bnd-testing's target/test-reports (tests run inside Felix).
# Exit 1 if any test failed or errored, or if no test ran at all.
set -u
root="${1:-.}"
tests=0; failures=0; errors=0; skipped=0
while IFS= read -r -d '' report; do
  line=$(grep -m1 -o '<testsuite [^>]*>' "$report") || continue
  get() { printf '%s' "$line" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | head -n1; }
  t=$(get tests); f=$(get failures); e=$(get errors); s=$(get skipped)
  tests=$((tests + ${t:-0})); failures=$((failures + ${f:-0})); errors=$((errors + ${e:-0})); skipped=$((skipped + ${s:-0}))
done < <(find "$root" -path '*/target/*' \( -path '*surefire-reports*' -o -path '*test-reports*' \) -name 'TEST-*.xml' -print0)
failed=$((failures + errors))
passed=$((tests - failed - skipped))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$tests" -gt 0 ]

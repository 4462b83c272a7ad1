#!/usr/bin/env bash
# Runs every test of CX Workbench on a fresh machine with only a JDK 17 and Maven:
#  - installs and starts what the tests need (PostgreSQL for the warehouse pushdown tests, LibreOffice
#    and poppler-utils for report conversion checks, Chromium and chromedriver for the browser end-to-end
#    tests of the web workbench) from Debian packages when they are missing;
#  - builds the whole reactor and runs the unit tests (Surefire), the tests inside Felix (bnd-testing) and the
#    end-to-end tests of the exported product (the cxw script, and the web workbench in headless Chromium);
#  - fails if the committed -runbundles of the product drifted from what the resolver produces;
#  - prints "N passed, N failed" counted from all test reports.
set -u
cd "$(dirname "$0")/../.."
source releng/ci/services.sh
start_services
mvn -B -Dcxw.failOnDrift=true install
build=$?
bash releng/ci/count-tests.sh .
counted=$?
stop_services
[ "$build" -eq 0 ] && [ "$counted" -eq 0 ]

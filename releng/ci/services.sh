#!/usr/bin/env bash
# Test services for CX Workbench, installed from Debian packages when missing. Sourced by test-all.sh.
# Nothing here is needed to build or run the product; only some tests use these, and they skip with a
# message when a service is not available.
#
# PostgreSQL (warehouse pushdown tests, bundles/org.cxworkbench.warehouse):
#   a throwaway cluster in a temporary directory, owned by an unprivileged user (postgres refuses to run
#   as root), listening on 127.0.0.1 only, on a free port, with trust authentication for local TCP.
#   Exports CXW_TEST_PG_URL=jdbc:postgresql://127.0.0.1:PORT/postgres and CXW_TEST_PG_USER.
#   Any failure leaves CXW_TEST_PG_URL unset, so the tests that need the server skip visibly.

_cxw_pg_bindir() {
  # Debian keeps the server binaries in /usr/lib/postgresql/<major>/bin (not on PATH); prefer the newest.
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
      echo "$dir"; return 0
    fi
  done
  # otherwise whatever is on PATH (e.g. /usr/local/bin), if it actually runs
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && pg_ctl --version >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

_cxw_free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  return 1
}

# Runs a command as the cluster's owner (root runs it through runuser; others run it directly).
_cxw_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$CXW_PG_OWNER" -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  local bindir port
  if ! bindir=$(_cxw_pg_bindir); then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "services: installing PostgreSQL from Debian packages"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 \
        || echo "services: apt-get install postgresql failed; PostgreSQL tests will be skipped"
    fi
    bindir=$(_cxw_pg_bindir) || { echo "services: no PostgreSQL server found; PostgreSQL tests will be skipped"; return 0; }
  fi
  if [ "$(id -u)" -eq 0 ]; then
    CXW_PG_OWNER=postgres
    id -u "$CXW_PG_OWNER" >/dev/null 2>&1 || useradd --system --no-create-home "$CXW_PG_OWNER" 2>/dev/null \
      || { echo "services: cannot create user $CXW_PG_OWNER; PostgreSQL tests will be skipped"; return 0; }
  else
    CXW_PG_OWNER=$(id -un)
  fi
  port=$(_cxw_free_port) || { echo "services: no free port for PostgreSQL; tests will be skipped"; return 0; }
  CXW_PG_DIR=$(mktemp -d /tmp/cxw-pg.XXXXXX)
  chown "$CXW_PG_OWNER" "$CXW_PG_DIR" 2>/dev/null
  chmod 700 "$CXW_PG_DIR"
  CXW_PG_BINDIR=$bindir
  if ! _cxw_pg_as_owner "$bindir/initdb" -D "$CXW_PG_DIR/data" -U "$CXW_PG_OWNER" --auth=trust -E UTF8 \
      --locale=C >"$CXW_PG_DIR/initdb.log" 2>&1; then
    echo "services: initdb failed (see below); PostgreSQL tests will be skipped"; tail -n 5 "$CXW_PG_DIR/initdb.log"
    rm -rf "$CXW_PG_DIR"; unset CXW_PG_DIR; return 0
  fi
  if ! _cxw_pg_as_owner "$bindir/pg_ctl" -D "$CXW_PG_DIR/data" -l "$CXW_PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $CXW_PG_DIR -c fsync=off" start >/dev/null 2>&1; then
    echo "services: PostgreSQL did not start; tests will be skipped"; tail -n 5 "$CXW_PG_DIR/server.log" 2>/dev/null
    rm -rf "$CXW_PG_DIR"; unset CXW_PG_DIR; return 0
  fi
  export CXW_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/postgres"
  export CXW_TEST_PG_USER="$CXW_PG_OWNER"
  echo "services: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $CXW_TEST_PG_URL (user $CXW_TEST_PG_USER)"
}

stop_postgres() {
  if [ -n "${CXW_PG_DIR:-}" ] && [ -d "$CXW_PG_DIR" ]; then
    _cxw_pg_as_owner "$CXW_PG_BINDIR/pg_ctl" -D "$CXW_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$CXW_PG_DIR"
  fi
  unset CXW_PG_DIR CXW_TEST_PG_URL CXW_TEST_PG_USER
}

# Report checks: LibreOffice opens the written workbook (xlsx -> pdf), poppler-utils renders PDF pages
# (pdftoppm) for looking at them. Installed only when missing and only as root; failures are tolerated.
install_report_tools() {
  local missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "services: not installing ${missing[*]} (needs root and apt-get); the LibreOffice report test is skipped" >&2
    return 0
  fi
  echo "services: installing ${missing[*]}" >&2
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -q >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
      || echo "services: could not install ${missing[*]}; the LibreOffice report test is skipped" >&2
  fi
  return 0
}

# End-to-end tests of the web workbench (product/org.cxworkbench.product.e2e): Selenium drives Debian's headless
# Chromium through Debian's chromedriver (/usr/bin/chromium, /usr/bin/chromedriver). Installed only when missing
# and only as root; with CI=true the e2e tests fail if the browser is still missing, elsewhere they skip visibly.
install_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "services: not installing ${missing[*]} (needs root and apt-get); the browser end-to-end tests need them" >&2
    return 0
  fi
  echo "services: installing ${missing[*]}" >&2
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -q >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
      || echo "services: could not install ${missing[*]}; the browser end-to-end tests cannot run" >&2
  fi
  return 0
}

start_services() {
  install_report_tools || true
  install_browser || true
  start_postgres
}

stop_services() {
  stop_postgres
}

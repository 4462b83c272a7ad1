#!/usr/bin/env bash
# Test services for CX Workbench, installed from Debian packages when missing. Sourced by test-all.sh.
# Nothing here is needed to build or run the product; only some tests use these, and they skip with a
# message when a service is not available.

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

start_services() {
  install_report_tools || true
}

stop_services() {
  :
}

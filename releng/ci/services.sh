#!/usr/bin/env bash
# Test services for CX Workbench, installed from Debian packages when missing. Sourced by test-all.sh.
# Nothing here is needed to build or run the product; only some tests use these, and they skip with a
# message when a service is not available.

start_services() {
  :
}

stop_services() {
  :
}

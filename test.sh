#!/usr/bin/env bash
# Runs every test of Tapedeck. First installs what the tests need when it is missing
# (Xvfb, fonts, GTK for JavaFX, Chromium from Debian packages when run as root; otherwise it
# prints the exact install line and stops), then runs the Maven build with all tests.
set -euo pipefail
cd "$(dirname "$0")"
. tools/prerequisites.sh
need_packages test

exec ./mvnw -B -ntp verify "$@"

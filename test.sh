#!/usr/bin/env bash
# Runs every test of Tapedeck. First installs what the tests need when it is missing
# (Xvfb, fonts, GTK for JavaFX, Chromium from Debian packages when run as root; otherwise it
# prints the exact install line and stops), then runs the Maven build with all tests.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb xauth)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# JavaFX's window system under Xvfb (the JavaFX demo, embedding and fidelity tests).
[ -n "$(find /usr/lib /lib -name 'libgtk-3.so.0' 2>/dev/null | head -n 1)" ] || missing+=(libgtk-3-0)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "test.sh: the tests need: ${missing[*]}. Install them with:"
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi

exec ./mvnw -B -ntp verify "$@"

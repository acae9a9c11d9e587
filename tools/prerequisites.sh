#!/usr/bin/env bash
# Installs the system packages that ./demo.sh or ./test.sh needs when one is missing: from
# Debian's packages when run as root, otherwise it prints the exact install line and fails.
# Sourced by both scripts, so a fresh machine needs only a JDK 17+ and Node.js (npm) first;
# the Maven wrapper brings Maven.
#
#   need_packages demo [--display]   Xvfb (only without a display), fonts, GTK for JavaFX
#   need_packages test               the above, Xvfb always, and Chromium for the replay tests

need_packages() {
  local purpose="$1" has_display="${2:-}"
  local script="./$purpose.sh"
  local missing=()
  for tool in java npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "$script: '$tool' is not on the PATH. Install a JDK (17 or newer) and Node.js (with npm) first." >&2
      return 1
    fi
  done
  if [ "$(uname -s)" = "Linux" ]; then
    if [ "$purpose" = test ] || [ "$has_display" != "--display" ]; then
      command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb xauth)
    fi
    [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
    # JavaFX's window system (the Inventory demo, and the JavaFX embedding and fidelity tests).
    [ -n "$(find /usr/lib /lib -name 'libgtk-3.so.0' 2>/dev/null | head -n 1)" ] || missing+=(libgtk-3-0)
    if [ "$purpose" = test ]; then
      command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    fi
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "$script: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "$script: this needs ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
}

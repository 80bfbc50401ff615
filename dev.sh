#!/usr/bin/env bash
# Jifen's developer entry point on Debian 12 (run as root or with sudo available).
#   ./dev.sh run [ARGS...]   install what is missing, build, start the app on its default database
#   ./dev.sh test            install what is missing, build, run every test
#   ./dev.sh deps            only install what is missing
#   ./dev.sh build           only build
# Environment: BUILD_DIR (default: build), JIFEN_CMAKE_ARGS (extra CMake arguments), CI=true (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6svg6 catch2 xvfb xauth fonts-wqy-microhei
  libcsv-dev libxlsxwriter-dev libargon2-dev libicu-dev libsqlite3-dev libssl-dev
  sqlite3 poppler-utils libqt6sql6-psql postgresql
)

install_missing() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  # shellcheck disable=SC2086
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIFEN_WERROR=$werror ${JIFEN_CMAKE_ARGS:-}
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  run)
    install_missing
    build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found: starting under xvfb-run (nothing will be visible)." >&2
      exec xvfb-run -a "$BUILD_DIR/app/gui/jifen" "$@"
    fi
    exec "$BUILD_DIR/app/gui/jifen" "$@"
    ;;
  test)
    install_missing
    build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --no-tests=error --output-on-failure --parallel "$(nproc)"
    ;;
  deps) install_missing ;;
  build) install_missing; build ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

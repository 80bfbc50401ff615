#!/usr/bin/env bash
# Builds the Debian package of Jifen and prints its path as the last line of standard output.
#
#   packaging/build-deb.sh [BUILD_DIR]        default BUILD_DIR: build-deb at the top of the source tree
#
# A Release build with Debian's hardening flags (dpkg-buildflags), tests and benchmarks off, then `cpack -G DEB`.
# JIFEN_PACKAGE_VERSION=X.Y.Z overrides the package version (the upgrade test uses it); JOBS sets the parallelism (2).
# Needs: cmake, ninja-build, dpkg-dev (dpkg-shlibdeps, dpkg-buildflags) and the Qt 6 development packages.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$(realpath -m -- "${1:-$source_dir/build-deb}")
jobs=${JOBS:-2}

for tool in cmake ninja cpack dpkg-shlibdeps dpkg-buildflags; do
    command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (apt-get install cmake ninja-build dpkg-dev)" >&2; exit 2; }
done

# Debian's compiler and linker flags, with every hardening feature (PIE, bindnow, fortify, stack protector). They map
# the current directory out of debug paths, so ask from the source tree: the flags, and so the build, stay the same.
cd "$source_dir"
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

{
    cmake -S "$source_dir" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_FLAGS="$cxxflags" \
        -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
        -DJIFEN_BUILD_TESTS=OFF \
        -DJIFEN_BUILD_BENCHMARKS=OFF \
        -DJIFEN_WERROR=OFF \
        -DJIFEN_PACKAGE_VERSION="${JIFEN_PACKAGE_VERSION:-}"
    cmake --build "$build_dir" --parallel "$jobs"
    rm -f "$build_dir"/jifen_*.deb
    (cd "$build_dir" && cpack -G DEB)
} >&2

shopt -s nullglob
debs=("$build_dir"/jifen_*.deb)
if [ "${#debs[@]}" -ne 1 ]; then
    echo "build-deb: expected one jifen_*.deb in $build_dir, found ${#debs[@]}" >&2
    exit 1
fi
echo "${debs[0]}"

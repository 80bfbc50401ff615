#!/usr/bin/env bash
# Reviews the Windows installer recipe on Linux: runs the real packaging configuration with the platform switch forced
# to Windows, dummy executables and a stand-in windeployqt, and compiles the NSIS installer with Debian's makensis
# (apt-get install nsis). It proves that the generated script compiles as a Unicode installer with the Chinese
# shortcuts and the uninstall commands; it proves nothing about the Windows build itself (see README.md).
#   packaging/windows/check-nsis-script.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
command -v makensis >/dev/null || { echo "check-nsis-script: makensis is missing (apt-get install nsis)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/qt/bin"
printf '#!/bin/sh\necho "windeployqt $*" >>"%s/windeployqt.log"\n' "$work" >"$work/qt/bin/windeployqt"
chmod +x "$work/qt/bin/windeployqt"
cat >"$work/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(Jifen VERSION 0.1.0 LANGUAGES NONE)
include(GNUInstallDirs)
set(QT6_INSTALL_PREFIX "$work/qt")
set(QT6_INSTALL_BINS bin)
file(WRITE "\${CMAKE_BINARY_DIR}/jifen.exe" "")
file(WRITE "\${CMAKE_BINARY_DIR}/jifen-cli.exe" "")
install(PROGRAMS "\${CMAKE_BINARY_DIR}/jifen.exe" "\${CMAKE_BINARY_DIR}/jifen-cli.exe" DESTINATION bin)
set(PROJECT_SOURCE_DIR "$source_dir")
file(READ "$source_dir/packaging/CMakeLists.txt" packaging)
string(REPLACE "if(WIN32)" "if(TRUE)" packaging "\${packaging}")
string(REPLACE "include(windows/" "include($source_dir/packaging/windows/" packaging "\${packaging}")
# makensis on Linux takes its options with '-' where Windows' takes '/'.
string(REPLACE "include(CPack)" "string(REPLACE / - CPACK_NSIS_EXECUTABLE_PRE_ARGUMENTS \"\\\${CPACK_NSIS_EXECUTABLE_PRE_ARGUMENTS}\")\ninclude(CPack)" packaging "\${packaging}")
file(WRITE "\${CMAKE_BINARY_DIR}/packaging.cmake" "\${packaging}")
include("\${CMAKE_BINARY_DIR}/packaging.cmake")
CMAKE
cmake -S "$work" -B "$work/build" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }
(cd "$work/build" && cpack -G NSIS) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" "$work"/build/_CPack_Packages/*/NSIS/NSISOutput.log 2>/dev/null; exit 1; }
script=$(echo "$work"/build/_CPack_Packages/*/NSIS/project.nsi)
status=0
expect() {
    if grep -qF -- "$2" "$script"; then echo "PASS: $1"; else echo "FAIL: $1"; status=1; fi
}
expect "a Unicode installer" "Unicode true"
# shellcheck disable=SC2016 # NSIS variables, not shell ones
expect "a Start-menu shortcut 积分管理 to bin\\jifen.exe" 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\积分管理.lnk" "$INSTDIR\bin\jifen.exe"'
expect "a Start-menu shortcut 卸载积分管理 to the uninstaller" '卸载积分管理.lnk'
expect "the uninstaller says the ledgers are kept" 'DetailPrint "积分数据库保存在'
if grep -qE 'RMDir /r|Delete .*(APPDATA|LOCALAPPDATA)' "$script"; then
    echo "FAIL: the uninstaller deletes nothing outside the installed files"; status=1
else
    echo "PASS: the uninstaller deletes nothing outside the installed files"
fi
if [ "$(grep -c '^windeployqt ' "$work/windeployqt.log")" -eq 2 ]; then
    echo "PASS: windeployqt runs on jifen.exe and jifen-cli.exe at install time"
else
    echo "FAIL: windeployqt runs on jifen.exe and jifen-cli.exe at install time"; status=1
fi
echo "installer compiled by $(makensis -VERSION): $(basename "$(ls "$work"/build/jifen-*-win64.exe)")"
exit "$status"

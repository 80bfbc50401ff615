# Debian package (cpack -G DEB): desktop integration files, icons, man pages and the package metadata.
# Included from packaging/CMakeLists.txt on Linux only.

set(_linux "${CMAKE_CURRENT_LIST_DIR}")
set(_icons "${CMAKE_CURRENT_LIST_DIR}/../icons")

# Menu entry and software-centre metadata, both named after the application id.
install(FILES "${_linux}/${JIFEN_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_linux}/${JIFEN_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Icons in the hicolor theme: the SVG the GUI also embeds, and PNGs rendered from it by icons/render-icons.sh.
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/jifen.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    install(FILES "${_icons}/hicolor/${size}x${size}/jifen.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Man pages, stamped with the version and compressed as Debian policy asks (gzip -n: no time stamp, reproducible).
find_program(JIFEN_GZIP gzip REQUIRED)
set(_manpages)
set(_docs)
foreach(page IN ITEMS jifen.1 jifen-cli.1)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/../man/${page}.in" "${CMAKE_CURRENT_BINARY_DIR}/man/${page}" @ONLY)
    add_custom_command(
        OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz"
        COMMAND "${JIFEN_GZIP}" -9 -n -f -k "${CMAKE_CURRENT_BINARY_DIR}/man/${page}"
        DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/man/${page}"
        COMMENT "Compressing man page ${page}"
        VERBATIM)
    list(APPEND _manpages "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz")
endforeach()
add_custom_target(jifen_manpages ALL DEPENDS ${_manpages})
install(FILES ${_manpages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# /usr/share/doc/jifen: the project's CHANGELOG.md, and the Debian-format changelog and copyright that policy asks of
# every package. The Debian changelog only points to CHANGELOG.md; its date honours SOURCE_DATE_EPOCH.
string(TIMESTAMP _changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/doc/changelog"
     "jifen (${JIFEN_PACKAGE_VERSION}) unstable; urgency=medium\n\n"
     "  * Jifen ${JIFEN_PACKAGE_VERSION}: see CHANGELOG.md.gz beside this file.\n\n"
     " -- ${JIFEN_PACKAGE_MAINTAINER}  ${_changelog_date}\n")
foreach(doc IN ITEMS changelog CHANGELOG.md)
    if(doc STREQUAL "changelog")
        set(_source "${CMAKE_CURRENT_BINARY_DIR}/doc/changelog")
    else()
        set(_source "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
    endif()
    add_custom_command(
        OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/doc/${doc}.gz"
        COMMAND "${JIFEN_GZIP}" -9 -n -c "${_source}" > "${CMAKE_CURRENT_BINARY_DIR}/doc/${doc}.gz"
        DEPENDS "${_source}"
        VERBATIM)
    list(APPEND _docs "${CMAKE_CURRENT_BINARY_DIR}/doc/${doc}.gz")
endforeach()
add_custom_target(jifen_docs ALL DEPENDS ${_docs})
install(FILES ${_docs} DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/jifen")
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/jifen" RENAME copyright)
else()
    message(STATUS "No LICENSE at the top of the source tree: the package will have no copyright file")
endif()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${JIFEN_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the binaries link come from dpkg-shlibdeps; what Qt loads at run time has to be listed by hand:
# the SQLite driver, the platform plugins (xcb), the SVG icon engine for the window icon, and a CJK font.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-wqy-microhei | fonts-noto-cjk")
# Qt's own Chinese translations (standard dialogs, buttons); the app's translations are compiled into the binaries.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The PostgreSQL driver, for organisations that share one ledger on a server.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Jifen keeps the ledger of Party members' points for the clerks of Party
committees: the roster of members, points entered by a published rule set
with monthly and yearly caps, monthly rankings printed for public notice,
and commendation eligibility with the reasons when a member does not
qualify. Every change is audited; mistakes are corrected by visible
reversals. The package holds the desktop application (jifen) and a
command-line tool (jifen-cli).

积分（Jifen）是供机关党委、党支部党务干部使用的党员积分管理软件：
维护党员名册，按积分细则（含月度、年度封顶）录入积分，打印月度排名
用于公示，核定评先评优资格并说明不符合条件的原因。每项改动都记入
审计日志，更正以冲销方式留痕。本软件包含桌面程序 jifen 和命令行工具
jifen-cli。")

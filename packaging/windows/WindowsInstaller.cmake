# Windows installer (cpack -G NSIS) and portable ZIP: the Qt run-time files copied by windeployqt, the MSVC run-time,
# the executable's icon and version resource, and an NSIS installer with Chinese Start-menu shortcuts.
# Included from packaging/CMakeLists.txt on WIN32 only. Not built by this project's CI: see README.md beside this file.

# Icon and version information of jifen.exe (Explorer, the taskbar, Properties > Details).
set(JIFEN_ICO "${CMAKE_CURRENT_LIST_DIR}/jifen.ico")
string(REPLACE "." "," _version_commas "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
configure_file("${CMAKE_CURRENT_LIST_DIR}/jifen.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/jifen.rc" @ONLY)
if(TARGET jifen)
    target_sources(jifen PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/jifen.rc")
endif()

# The MSVC run-time DLLs go beside the executables, so that no separate vc_redist install (and no administrator) is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs and the plugins the executables load at run time (platforms\qwindows, sqldrivers\qsqlite,
# iconengines and imageformats for the SVG icon, styles, printsupport) and Qt's own translations (qt_zh_CN.qm) beside them.
find_program(JIFEN_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    foreach(exe IN ITEMS jifen.exe jifen-cli.exe)
        execute_process(
            COMMAND \"${JIFEN_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw --translations zh_CN,en
                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${exe}\"
            COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
")

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "jifen-${JIFEN_PACKAGE_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Jifen")
# The names the clerk sees: the installer's title, the Start-menu folder and "Apps & features".
set(CPACK_NSIS_PACKAGE_NAME "积分 Jifen")
set(CPACK_NSIS_DISPLAY_NAME "积分 Jifen ${JIFEN_PACKAGE_VERSION}")
set(CPACK_NSIS_CONTACT "${JIFEN_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_MUI_ICON "${JIFEN_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${JIFEN_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\jifen.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Chinese text needs a Unicode installer, and makensis must read the generated script as UTF-8 (it has no BOM).
set(CPACK_NSIS_DEFINES "Unicode true")
set(CPACK_NSIS_EXECUTABLE_PRE_ARGUMENTS "/INPUTCHARSET UTF8")
# Start-menu shortcuts with Chinese names (CPack puts them in bin\, where the executables are) and a desktop shortcut
# the clerk can choose on the options page.
set(CPACK_PACKAGE_EXECUTABLES "jifen" "积分管理")
set(CPACK_CREATE_DESKTOP_LINKS "jifen")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "  CreateShortCut '$SMPROGRAMS\\$STARTMENU_FOLDER\\卸载积分管理.lnk' '$INSTDIR\\Uninstall.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "  Delete '$SMPROGRAMS\\$MUI_TEMP\\卸载积分管理.lnk'")
# The ledger lives in each user's own data folder (%APPDATA%, Qt's AppDataLocation), never under Program Files: the
# uninstaller deletes only the files it installed, and says so.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "  DetailPrint \"积分数据库保存在各用户的 AppData 文件夹中，卸载不会删除。Ledgers in the users' AppData folders are kept.\"")
# No "run now" box on the finish page: the installer runs elevated, possibly as another account (an IT administrator),
# and Jifen would create its ledger in that account's profile instead of the clerk's.
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
else()
    set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
endif()

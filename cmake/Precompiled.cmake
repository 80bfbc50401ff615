# Precompiled headers: the Qt, standard library and Catch2 headers nearly every file of a target includes, parsed once
# per target instead of once per file (they are most of what the compiler reads). JIFEN_PCH=OFF checks that every file
# still includes what it uses.
option(JIFEN_PCH "Precompile the Qt, standard and Catch2 headers (faster builds)" ON)

set(JIFEN_PCH_CORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QSet> <QSqlDatabase> <QSqlQuery> <QString> <QStringList> <QVariant>
    <algorithm> <functional> <memory> <optional>)
set(JIFEN_PCH_WIDGETS
    <QAbstractTableModel> <QAction> <QComboBox> <QDialog> <QDialogButtonBox> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

# jifen_precompile(TARGET [WIDGETS] [CATCH]): precompiles the core set, plus the widget set and Catch2 when asked.
function(jifen_precompile target)
    if(NOT JIFEN_PCH)
        return()
    endif()
    cmake_parse_arguments(P "WIDGETS;CATCH" "" "" ${ARGN})
    set(headers ${JIFEN_PCH_CORE})
    if(P_WIDGETS)
        list(APPEND headers ${JIFEN_PCH_WIDGETS})
    endif()
    if(P_CATCH)
        list(APPEND headers <catch2/catch.hpp>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

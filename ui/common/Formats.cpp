#include "Formats.h"

#include "model/Branch.h"
#include "model/DateText.h"

#include <QLocale>

namespace jifen::ui {

QString Formats::dateFormat()
{
    return DateText::format();
}

QString Formats::date(QDate date)
{
    return DateText::date(date);
}

QString Formats::dateTime(const QDateTime& utc)
{
    return DateText::second(utc);
}

QString Formats::points(Cents cents)
{
    const int decimals = cents % 100 == 0 ? 0 : (cents % 10 == 0 ? 1 : 2);
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(points::toDouble(cents), 'f', decimals);
}

QString Formats::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Formats::category(const QString& stored)
{
    if (stored == u"正式党员")
        return tr("Full member");
    if (stored == u"预备党员")
        return tr("Probationary member");
    return stored;
}

QString Formats::status(const QString& stored)
{
    if (stored == u"在册")
        return tr("Current");
    if (stored == u"转出")
        return tr("Transferred out");
    if (stored == u"去世")
        return tr("Deceased");
    return stored;
}

QString Formats::gender(const QString& stored)
{
    if (stored == u"男")
        return tr("Male");
    if (stored == u"女")
        return tr("Female");
    return stored;
}

QString Formats::branchKind(int kind)
{
    switch (static_cast<Branch::Kind>(kind)) {
    case Branch::Kind::Committee:
        return tr("Organ committee");
    case Branch::Kind::GeneralBranch:
        return tr("General branch");
    case Branch::Kind::Branch:
        break;
    }
    return tr("Branch");
}

} // namespace jifen::ui

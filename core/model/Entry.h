#pragma once

#include "Points.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace jifen {

// A points entry. Entries are never edited or deleted; a correction is a reversal.
struct Entry {
    enum class Review { NotRequired, Pending, Approved, Rejected };

    qint64 id = 0;
    qint64 memberId = 0;
    qint64 ruleId = 0;
    QDate date;
    int quantity = 1;
    QString note;
    QString enteredBy;
    QDateTime enteredAt; // UTC
    bool reversed = false;
    QString reversalReason;
    Review review = Review::NotRequired;
    qint64 meetingId = 0; // the meeting (组织生活) that wrote the entry; 0: none

    bool counted() const { return !reversed && (review == Review::NotRequired || review == Review::Approved); }
};

} // namespace jifen

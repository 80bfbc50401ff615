#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace jifen {

// How a pledge was kept, as the branch judges it at the year-end review (年终评诺).
enum class PledgeResult { Fulfilled, Partly, Unfulfilled };

// One review of a pledge. Reviews are never edited: a correction is a new review that supersedes this one.
struct PledgeReview {
    qint64 id = 0;
    qint64 pledgeId = 0;
    PledgeResult result = PledgeResult::Fulfilled;
    QString note;
    qint64 entryId = 0; // the entry the review wrote by the rule set's pledge_rules; 0: none
    qint64 supersedesId = 0; // the review this one corrects; 0: the first review
    QString reviewedBy;
    QDateTime reviewedAt; // UTC
};

// A member's pledge for a year (承诺), with its current review (the latest, superseding the earlier ones).
struct Pledge {
    qint64 id = 0;
    qint64 memberId = 0;
    int year = 0;
    QString text;
    QDate due; // optional
    QString createdBy;
    QDateTime createdAt; // UTC
    std::optional<PledgeReview> review;
    // Read with the pledge for lists and reports.
    QString memberName;
    QString idNumber; // full; shown masked unless revealed
    QString branchName; // the member's branch now
};

// The keys of the results as stored and as the rule set's pledge_rules names them.
QString pledgeResultKey(PledgeResult result); // fulfilled / partly / unfulfilled
std::optional<PledgeResult> pledgeResultFromKey(const QString& key);
// The results as the CLI takes them and the printouts show them: 践诺 / 部分践诺 / 未践诺 (the domain's own words).
QString pledgeResultWord(PledgeResult result);
std::optional<PledgeResult> pledgeResultFromWord(const QString& word);

} // namespace jifen

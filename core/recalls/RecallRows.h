#pragma once

#include "common/Error.h"
#include "recalls/Recalls.h"
#include "storage/Statement.h"

#include <QHash>

#include <functional>
#include <optional>

namespace rapport {

class Clinic;
class Database;

// How recall types and patients' recalls are stored and read: the columns, the chain's
// text form and the rows of the recall list. Shared by RecallService and RecallEngine.
namespace recallrows {

[[nodiscard]] QString chainKey(RecallChainStep::Channel channel);
[[nodiscard]] std::optional<RecallChainStep::Channel> chainChannelFromKey(const QString& key);
// "-21:preferred,0:other,14:call"
[[nodiscard]] QString chainText(const QList<RecallChainStep>& chain);
[[nodiscard]] std::optional<QList<RecallChainStep>> parseChain(const QString& text);
[[nodiscard]] QList<RecallChainStep> defaultChain();

// Every recall type with the appointment types that reset it, by name.
[[nodiscard]] Result<QList<RecallType>> loadTypes(Database& db, bool includeInactive);
[[nodiscard]] Status writeType(Database& db, const RecallType& type, bool insert, qint64 nowMs);

// The columns of a patient_recalls row "r".
inline constexpr int RecallColumnCount = 16;
[[nodiscard]] QString recallColumns();
[[nodiscard]] QString recallFrom(); // "patient_recalls r"
[[nodiscard]] PatientRecall readRecall(const Statement& st, int first = 0);
[[nodiscard]] Result<std::optional<PatientRecall>> loadRecall(Database& db, const QString& id);
[[nodiscard]] Result<std::optional<PatientRecall>> loadRecallOf(Database& db, const QString& patientId,
                                                                 const QString& recallTypeId);

// Writing a whole row; updated_at becomes nowMs.
[[nodiscard]] const char* insertRecallSql();
[[nodiscard]] const char* updateRecallSql();
void bindRecall(Statement& st, const PatientRecall& r, qint64 nowMs);
[[nodiscard]] Status insertRecall(Database& db, const PatientRecall& r, qint64 nowMs);
[[nodiscard]] Status updateRecall(Database& db, const PatientRecall& r, qint64 nowMs);

// Reads the recall list's rows. `where` is a condition over r (patient_recalls) and p
// (patients); rows are appended in due-date order (newest first when asked). keep, when
// given, is applied to what SQL cannot see (derived states, ages). At most limit rows are
// appended, and every row of the last due date read, so the order by name within a date
// stays right.
class RowReader
{
public:
    explicit RowReader(Clinic& clinic);
    [[nodiscard]] Status read(const QString& where, const std::function<void(Statement&)>& bind,
                              const std::function<bool(const RecallRow&)>& keep, int limit, bool newestFirst,
                              QList<RecallRow>& out);

private:
    [[nodiscard]] Status loadNames();

    struct TypeInfo
    {
        QString name;
        QString bookingTypeId;
        int maxAttempts = 3;
    };
    Clinic& m_clinic;
    bool m_loaded = false;
    QDate m_today;
    QHash<QString, TypeInfo> m_types;
    QHash<QString, QString> m_providers;
};

// By due date, then by name.
void sortRows(QList<RecallRow>& rows);

} // namespace recallrows
} // namespace rapport

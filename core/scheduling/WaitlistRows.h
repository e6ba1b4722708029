#pragma once

#include "common/Error.h"
#include "scheduling/Waitlist.h"

namespace rapport {

class Database;
class Statement;

// Reading and writing waitlist rows, shared by the list and the matching of offers.
namespace WaitlistRows {

// The entry's columns, table alias w, in the order read() expects; kColumnCount of them.
[[nodiscard]] QString columns();
inline constexpr int kColumnCount = 16;
[[nodiscard]] WaitlistEntry read(const Statement& row, int first = 0);
[[nodiscard]] Result<WaitlistEntry> load(Database& db, const QString& id);
// Binds :type :provider :duration :weekdays :earliest :latest :fromDate :toDate :priority
// :note :current.
void bindConstraints(Statement& st, const WaitlistEntry& e);

[[nodiscard]] QString statusKey(WaitlistStatus s);
[[nodiscard]] WaitlistStatus statusFromKey(const QString& key);

} // namespace WaitlistRows

} // namespace rapport

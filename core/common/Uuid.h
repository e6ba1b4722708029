#pragma once

#include <QString>

namespace rapport {

class Clock;

// Time-ordered UUIDs (RFC 9562 version 7): unique across the clinic's PCs working
// offline, and they sort by creation time, which keeps B-tree inserts local.
class Uuid
{
public:
    [[nodiscard]] static QString create(qint64 unixMs);
    [[nodiscard]] static QString create();
    [[nodiscard]] static bool isValid(const QString& text);
};

} // namespace rapport

#pragma once

#include <QtGlobal>

#include <array>

namespace rapport::demo {

// The cells of one local day, five minutes each (bit 0 = 00:00-00:05).
struct DayMask
{
    static constexpr int Cells = 24 * 12;
    std::array<quint64, 5> w{};

    void set(int from, int to); // [from, to)
    void clear(int from, int to);
    [[nodiscard]] bool test(int cell) const { return (w[cell >> 6] >> (cell & 63)) & 1u; }
    [[nodiscard]] bool any() const { return (w[0] | w[1] | w[2] | w[3] | w[4]) != 0; }
    // The first set cell at or after `from`, or -1.
    [[nodiscard]] int next(int from) const;
    [[nodiscard]] int longestRun() const; // the most set cells in a row
    [[nodiscard]] DayMask shiftedDown(int k) const; // cell i takes cell i + k
    DayMask& operator&=(const DayMask& o);
    [[nodiscard]] DayMask operator~() const;
};

} // namespace rapport::demo

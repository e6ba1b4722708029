#include "demo/DayMask.h"

#include <bit>

namespace rapport::demo {

void DayMask::set(int from, int to)
{
    for (int c = from; c < to; ++c)
        w[c >> 6] |= quint64(1) << (c & 63);
}

void DayMask::clear(int from, int to)
{
    for (int c = from; c < to; ++c)
        w[c >> 6] &= ~(quint64(1) << (c & 63));
}

int DayMask::next(int from) const
{
    if (from >= Cells)
        return -1;
    int word = from >> 6;
    quint64 bits = w[word] & (~quint64(0) << (from & 63));
    while (true) {
        if (bits)
            return word * 64 + std::countr_zero(bits);
        if (++word >= int(w.size()))
            return -1;
        bits = w[word];
    }
}

int DayMask::longestRun() const
{
    int best = 0, current = 0;
    for (const quint64 word : w) {
        int pos = 0;
        while (pos < 64) {
            const quint64 rest = word >> pos;
            const int ones = qMin(std::countr_one(rest), 64 - pos);
            current += ones;
            pos += ones;
            if (pos >= 64)
                break;
            best = qMax(best, current);
            current = 0;
            const quint64 after = word >> pos;
            pos += after == 0 ? 64 : std::countr_zero(after);
        }
    }
    return qMax(best, current);
}

DayMask DayMask::shiftedDown(int k) const
{
    DayMask out;
    const int words = k >> 6, bits = k & 63;
    for (int i = 0; i < int(w.size()); ++i) {
        const int src = i + words;
        if (src >= int(w.size()))
            break;
        quint64 v = w[src] >> bits;
        if (bits && src + 1 < int(w.size()))
            v |= w[src + 1] << (64 - bits);
        out.w[i] = v;
    }
    return out;
}

DayMask& DayMask::operator&=(const DayMask& o)
{
    for (std::size_t i = 0; i < w.size(); ++i)
        w[i] &= o.w[i];
    return *this;
}

DayMask DayMask::operator~() const
{
    DayMask out;
    for (std::size_t i = 0; i < w.size(); ++i)
        out.w[i] = ~w[i];
    return out;
}

} // namespace rapport::demo

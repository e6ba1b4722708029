#pragma once

#include "common/Error.h"

#include <functional>

namespace rapport {

class Clinic;

// A realistic synthetic population for the demo clinic and the benchmark: households
// with shared addresses and home phones, children linked to their guardians, spouses,
// names from several cultures (accented ones included), consent mixes, tags and statuses.
// The same seed gives the same people, ids included.
class DemoPopulation
{
public:
    struct Options
    {
        int patients = 2000;
        quint64 seed = 1;
        // Called now and then with the number written so far; return false to cancel.
        std::function<bool(int)> progress;
    };

    [[nodiscard]] static Result<int> generate(Clinic& clinic, const Options& options);
};

} // namespace rapport

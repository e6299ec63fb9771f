#include "util/Clock.h"

namespace sd {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace sd

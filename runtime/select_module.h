// Helpers of the select module shared with the socket module: deadlines
// of waits on file descriptors.
#pragma once

namespace pyco {

// The monotonic clock, in seconds (time.monotonic()).
double monotonic_seconds();

// Milliseconds left until `deadline` (monotonic seconds; negative: no
// deadline, -1), rounded up so that a wait never ends before its deadline.
int wait_ms(double deadline);

} // namespace pyco

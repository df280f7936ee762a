// Warnings issued by the runtime (e.g. "coroutine '…' was never awaited").
//
// pyco has no `warnings` module: this applies CPython 3.11's default filters
// and prints CPython's warning format for a warning attributed to the
// running Python frame (stacklevel pointing at the code that was executing).
#pragma once

#include <string_view>

#include "runtime/objects.h"

namespace pyco {

// Warn with `category` and `message` at the innermost running Python frame:
//   FILE:LINE: Category: message
//     source line
// Default filters: DeprecationWarning is shown only for code of __main__;
// PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored;
// anything else is shown once per (message, category, line) of each
// module's __warningregistry__. `has_source` adds CPython's tracemalloc hint
// (a warning about an object, as warnings.warn(source=obj)). With no Python
// frame running (interpreter shutdown) the location is `sys:1`.
void warn_at_running_frame(TypeObject* category, std::string_view message, bool has_source);

} // namespace pyco

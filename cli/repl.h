// The interactive prompt.
#pragma once

#include "vm/pyco.h"

namespace pyco {

// Read-eval-print loop on the terminal; returns the exit status.
int run_repl(Interpreter& interp, bool quiet);

} // namespace pyco

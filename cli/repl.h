// The interactive prompt (read-eval-print loop), as CPython's:
//   * prompts from sys.ps1 / sys.ps2; whether an input is complete is decided
//     by the parser, as CPython's interactive grammar (codeop) does: open
//     brackets, a trailing ':' or backslash, an unfinished triple-quoted
//     string ask for more, and a compound statement ends at an empty line;
//   * expression statements print their repr and bind `_`; exceptions print
//     their traceback and the session goes on;
//   * Ctrl-C abandons the line being typed, or interrupts running code with
//     KeyboardInterrupt; Ctrl-D on an empty line (or exit()) leaves;
//   * on a terminal: line editing and history (~/.pyco_history) through
//     libedit, Tab completion of names and attributes, auto-indentation;
//   * top-level `await`, `async for`, `async with`: the input is compiled as
//     a coroutine and run on a persistent asyncio event loop (as
//     `python3 -m asyncio` does), or driven by hand when asyncio is missing.
//
// Where it differs from CPython 3.11's prompt, on purpose or by libedit:
//   * top-level await works at the plain prompt (CPython: python3 -m asyncio);
//   * continuation lines are pre-filled with the expected indentation, and
//     Enter on such a line left blank ends the block (not when lines arrive
//     faster than typed, e.g. a paste: those are taken as they are);
//   * Tab with nothing to complete inserts four spaces (rlcompleter: a tab);
//   * completion cannot tell that a native callable takes no arguments, so
//     it offers "globals(" where CPython offers "globals()";
//   * help() is a short stand-in for pydoc's;
//   * ~/.pyco_history is in libedit's format; an invisible (\001...\002)
//     part at the very end of sys.ps1 is not printed (libedit drops it).
#pragma once

#include "vm/pyco.h"

namespace pyco {

// Read-eval-print loop on stdin; returns the exit status. `quiet` hides the
// banner. When stdin is not a terminal (pyco -i FILE < input), lines are
// read without editing and the prompts go to stderr, as CPython does.
int run_repl(Interpreter& interp, bool quiet);

} // namespace pyco

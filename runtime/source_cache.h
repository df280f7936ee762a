// Source lines for tracebacks.
//
// Files are read lazily, once, the first time a traceback needs one of
// their lines; code whose file does not exist on disk (modules embedded in
// the binary) can register its text instead. Pseudo-files such as
// "<string>" (-c, exec) and "<stdin>" (the REPL) never have lines, as in
// CPython 3.11's tracebacks, even when registered.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pyco {

void register_source(std::string_view filename, std::string source);
// Line `lineno` (1-based) without its line ending; nullopt when unknown.
std::optional<std::string> source_line(std::string_view filename, int lineno);

// While __main__ is torn down at exit, CPython can no longer import `io` to
// read source lines: tracebacks printed by finalizers then show none.
void set_tearing_down(bool on);

} // namespace pyco

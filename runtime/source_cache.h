// Source lines for tracebacks.
//
// Files are read lazily, once, the first time a traceback needs one of
// their lines. Code that has no file (`-c` strings, the REPL's `<stdin>`
// input) has no lines unless registered. CPython 3.11 shows no source lines
// for `-c` code, so to match it the CLI should not register that source.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pyco {

void register_source(std::string_view filename, std::string source);
// Line `lineno` (1-based) without its line ending; nullopt when unknown.
std::optional<std::string> source_line(std::string_view filename, int lineno);

} // namespace pyco

// The process's standard streams and file objects (`open()`).
//
// Standard output goes through one large buffer instead of a write(2) per
// print(): it is flushed when full, at exit, before anything is written to
// standard error and before standard input is read, so the interleaving of
// stdout and stderr is the one an unbuffered CPython produces, even when
// stdout is a pipe. When stdout is a terminal it is line buffered.
#pragma once

#include <string_view>

#include "runtime/objects.h"

namespace pyco {

// ---------------------------------------------------------------- raw streams

Status write_stdout(std::string_view text);
void flush_stdout();
// Flushes stdout first, then writes unbuffered.
void write_stderr(std::string_view text);

// ---------------------------------------------------------------- file objects

// `_io.TextIOWrapper` (text mode) and `_io.BufferedReader` / `BufferedWriter`
// / `BufferedRandom` (binary mode), plus `io.UnsupportedOperation`.
extern TypeObject textio_type, buffered_reader_type, buffered_writer_type, buffered_random_type;
extern TypeObject UnsupportedOperation_type;
void init_file_types();

// builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
Result<Ref> builtin_open(CallArgs args);

// The initial sys.stdin / sys.stdout / sys.stderr objects (fd 0, 1, 2):
// TextIOWrapper instances whose writes go through the buffers above.
Ref std_stream(int fd);

// sys.stdout & co. as Python code may have rebound them. The sys module
// registers its namespace dict once it exists; until then (and in unit
// tests) sys_stream returns the std_stream objects. Returns a null Ref
// when the attribute was deleted.
void register_sys_namespace(Dict* sys_dict);
Ref sys_stream(int fd);
// Another sys attribute (e.g. tracebacklimit): borrowed, null when absent
// or before the sys module registered itself.
Value sys_attribute(const char* name);

// If `file` is the standard output object, append directly (print()'s fast
// path); returns false when `file` is something else.
bool is_std_stream(Value file, int fd);

} // namespace pyco

// Standard streams and file objects: open(), sys.stdin/stdout/stderr.
//
// One C++ object serves CPython's whole io stack (FileIO, BufferedReader/
// Writer/Random, TextIOWrapper): a FILE* plus the text layer's settings
// (encoding, newline translation). Text and binary files are separate
// Python types with the CPython names, so reprs and isinstance checks read
// as in CPython. Supported encodings: UTF-8, Latin-1 and ASCII; errors
// 'strict' (default), 'replace' and 'ignore' (any other handler name acts
// as 'strict').
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/stdio.h"
#include "runtime/unicode.h"

namespace pyco {

TypeObject textio_type, buffered_reader_type, buffered_writer_type, buffered_random_type;
TypeObject UnsupportedOperation_type;

// ---------------------------------------------------------------- raw standard streams

namespace {

constexpr size_t kStdoutBufferLimit = 64 * 1024;

struct StdoutBuffer {
    std::string pending;
    bool initialised = false;
    bool line_buffered = false; // stdout is a terminal
};
StdoutBuffer g_stdout;

bool write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        text.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

void flush_stdout_at_exit() { flush_stdout(); }

} // namespace

void flush_stdout() {
    if (g_stdout.pending.empty()) return;
    write_all(1, g_stdout.pending);
    g_stdout.pending.clear();
}

Status write_stdout(std::string_view text) {
    if (!g_stdout.initialised) {
        g_stdout.initialised = true;
        g_stdout.line_buffered = isatty(1);
        std::atexit(flush_stdout_at_exit);
    }
    g_stdout.pending.append(text);
    bool flush = g_stdout.pending.size() >= kStdoutBufferLimit ||
                 (g_stdout.line_buffered && text.find('\n') != std::string_view::npos);
    if (!flush) return ok_status();
    bool ok = write_all(1, g_stdout.pending);
    int err = errno;
    g_stdout.pending.clear();
    if (!ok) return raise_os_error(err);
    return ok_status();
}

void write_stderr(std::string_view text) {
    flush_stdout();
    write_all(2, text);
}

// ---------------------------------------------------------------- file objects

namespace {

enum class Encoding : uint8_t { Utf8, Latin1, Ascii };
enum class ErrorMode : uint8_t { Strict, Replace, Ignore };
// newline=None translates '\r' and '\r\n' to '\n' on input; '' splits
// lines on any of them untranslated; '\n', '\r', '\r\n' are the line end
// (and what '\n' becomes on output).
enum class Newline : uint8_t { Universal, Untranslated, LF, CR, CRLF };

struct FileObject : Object {
    FILE* fp;      // null for stdout/stderr, which use the raw writers above
    int std_fd;    // 0, 1, 2 for the standard streams, else -1
    bool closed;
    bool readable, writable, seekable;
    bool closefd;
    bool borrowed_fp; // a text file's .buffer: the text file owns the FILE*
    Encoding encoding;
    ErrorMode errors;
    Newline newline;
    Ref name;          // as passed to open()
    Ref mode;          // Str
    Ref encoding_name; // Str (text files)
    Ref errors_name;   // Str (text files)
    Ref buffer;        // the binary view (.buffer), created on first use
};

FileObject* as_file(Value v) { return v.as<FileObject>(); }
bool is_text(FileObject* f) { return f->type == &textio_type || is_subtype(f->type, &textio_type); }

Ref none_ref() { return Ref::borrow(None()); }

ErrorTag closed_error(FileObject* f) {
    if (!is_text(f)) return raise(ValueError_type, "read of closed file");
    return raise(ValueError_type, "I/O operation on closed file.");
}

Status check_open(FileObject* f) {
    if (f->closed) return raise(ValueError_type, "I/O operation on closed file.");
    return ok_status();
}

Status check_readable(FileObject* f) {
    if (f->closed) return closed_error(f);
    if (!f->readable) return raise(UnsupportedOperation_type, is_text(f) ? "not readable" : "read");
    return ok_status();
}

Status check_writable(FileObject* f) {
    if (f->closed) return raise(ValueError_type, "I/O operation on closed file.");
    if (!f->writable) return raise(UnsupportedOperation_type, is_text(f) ? "not writable" : "write");
    return ok_status();
}

void close_file(FileObject* f) {
    if (f->closed) return;
    f->closed = true;
    if (f->std_fd == 1) flush_stdout();
    if (f->buffer) close_file(f->buffer.as<FileObject>());
    if (f->fp && f->std_fd < 0 && !f->borrowed_fp) {
        if (f->closefd) std::fclose(f->fp);
        else std::fflush(f->fp);
    }
    f->fp = nullptr;
}

void file_dealloc(Object* self) {
    FileObject* f = static_cast<FileObject*>(self);
    close_file(f);
    f->name.reset();
    f->mode.reset();
    f->encoding_name.reset();
    f->errors_name.reset();
    f->buffer.reset();
    free_object(self);
}

// ---------------------------------------------------------------- decoding and encoding

const char* codec_name(Encoding e) {
    switch (e) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Latin1: return "latin-1";
    case Encoding::Ascii: return "ascii";
    }
    return "utf-8";
}

Result<Encoding> parse_encoding(std::string_view name) {
    std::string n;
    for (char c : name) n += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == "utf-8" || n == "utf8" || n == "u8") return Encoding::Utf8;
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1") return Encoding::Latin1;
    if (n == "ascii" || n == "us-ascii") return Encoding::Ascii;
    return raise_format(LookupError_type, "unknown encoding: %s", std::string(name).c_str());
}

ErrorTag raise_decode_error(Encoding e, std::string_view raw, size_t start, size_t end, const char* reason) {
    Ref encoding = make_str(codec_name(e)).ref();
    Ref object = make_bytes(raw).ref();
    Ref s = make_int(static_cast<int64_t>(start)), en = make_int(static_cast<int64_t>(end));
    Ref why = make_str(reason).ref();
    Result<Ref> exc = make_exception_from_args(UnicodeDecodeError_type,
                                               tuple_pack({encoding.get(), object.get(), s.get(), en.get(), why.get()}).get());
    if (exc.failed()) return kError;
    return raise_object(exc.take());
}

// Bytes read from the file -> UTF-8 text.
Result<Ref> decode(FileObject* f, const std::string& raw) {
    std::string text;
    const std::string* out = &raw;
    if (f->encoding == Encoding::Utf8) {
        Utf8Error err;
        if (!utf8_find_error(raw, 0, &err)) {
            size_t from = 0;
            do {
                if (f->errors == ErrorMode::Strict) return raise_decode_error(f->encoding, raw, err.start, err.end, err.reason);
                text.append(raw, from, err.start - from);
                if (f->errors == ErrorMode::Replace) utf8_append(text, kReplacementChar);
                from = err.end;
            } while (!utf8_find_error(raw, from, &err));
            text.append(raw, from, std::string::npos);
            out = &text;
        }
    } else {
        for (size_t i = 0; i < raw.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(raw[i]);
            if (f->encoding == Encoding::Ascii && c >= 0x80) {
                if (f->errors == ErrorMode::Strict) return raise_decode_error(f->encoding, raw, i, i + 1, "ordinal not in range(128)");
                if (f->errors == ErrorMode::Replace) utf8_append(text, kReplacementChar);
                continue;
            }
            utf8_append(text, c);
        }
        out = &text;
    }
    return make_str(*out).ref();
}

// UTF-8 text -> the bytes written to the file, with '\n' translated.
const char* output_newline(FileObject* f) {
    return f->newline == Newline::CR ? "\r" : f->newline == Newline::CRLF ? "\r\n" : nullptr;
}

// The common case needs no encoding: the bytes are the str's own UTF-8.
bool encodes_as_itself(FileObject* f, Str* s) {
    return !output_newline(f) && (f->encoding == Encoding::Utf8 || s->ascii);
}

Result<std::string> encode(FileObject* f, Str* s) {
    std::string_view text = s->view();
    const char* newline = output_newline(f);
    std::string out;
    uint32_t limit = f->encoding == Encoding::Latin1 ? 0xff : f->encoding == Encoding::Ascii ? 0x7f : kMaxCodePoint;
    const char* p = text.data();
    const char* end = p + text.size();
    for (int64_t index = 0; p < end; ++index) {
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        if (cp == '\n' && newline) {
            out += newline;
        } else if (cp > limit) {
            if (f->errors == ErrorMode::Replace) out += '?';
            if (f->errors != ErrorMode::Strict) continue;
            Ref encoding = make_str(codec_name(f->encoding)).ref();
            Ref i = make_int(index), j = make_int(index + 1);
            Ref why = make_str(limit == 0xff ? "ordinal not in range(256)" : "ordinal not in range(128)").ref();
            Result<Ref> exc = make_exception_from_args(UnicodeEncodeError_type,
                                                       tuple_pack({encoding.get(), Value(s), i.get(), j.get(), why.get()}).get());
            if (exc.failed()) return kError;
            return raise_object(exc.take());
        } else if (f->encoding == Encoding::Utf8) {
            out.append(start, p);
        } else {
            out += static_cast<char>(cp);
        }
    }
    return out;
}

// ---------------------------------------------------------------- reading

FILE* read_stream(FileObject* f) {
    if (f->std_fd == 0) flush_stdout(); // a prompt written before must show first
    return f->fp;
}

// Reads up to `limit` characters (bytes for binary files; -1 = no limit),
// stopping after a line end when `line` is set. Newline translation
// happens here; decoding is left to decode().
std::string read_raw(FileObject* f, int64_t limit, bool line) {
    FILE* fp = read_stream(f);
    std::string raw;
    if (!fp) return raw;
    // EOF is sticky in stdio; a file that grew since must read on.
    clearerr(fp);
    bool text = is_text(f);
    Newline nl = text ? f->newline : Newline::LF;
    for (int64_t count = 0; limit < 0 || count < limit; ++count) {
        int c = getc_unlocked(fp);
        if (c == EOF) break;
        if (c == '\r' && nl == Newline::Universal) {
            int d = getc_unlocked(fp);
            if (d != '\n' && d != EOF) ungetc(d, fp);
            c = '\n';
        }
        raw.push_back(static_cast<char>(c));
        // A multi-byte UTF-8 character counts once; decode() validates it.
        if (text && f->encoding == Encoding::Utf8 && c >= 0xC0) {
            for (int k = utf8_sequence_length(static_cast<unsigned char>(c)); k > 1; --k) {
                int d = getc_unlocked(fp);
                if (d == EOF) break;
                if (!utf8_is_continuation(static_cast<unsigned char>(d))) {
                    ungetc(d, fp);
                    break;
                }
                raw.push_back(static_cast<char>(d));
            }
        }
        if (!line) continue;
        if (c == '\n' && nl != Newline::CR && nl != Newline::CRLF) break;
        if (c == '\n' && nl == Newline::CRLF && raw.size() >= 2 && raw[raw.size() - 2] == '\r') break;
        if (c == '\r' && nl == Newline::CR) break;
        if (c == '\r' && nl == Newline::Untranslated) {
            int d = getc_unlocked(fp);
            if (d == '\n') raw.push_back('\n');
            else if (d != EOF) ungetc(d, fp);
            break;
        }
    }
    return raw;
}

Result<Ref> read_result(FileObject* f, const std::string& raw) {
    if (is_text(f)) return decode(f, raw);
    return make_bytes(raw).ref();
}

// read(size=-1) / readline(size=-1): None or an int.
Result<int64_t> size_arg(const Value* args, size_t nargs) {
    if (nargs < 2 || args[1].is(None())) return -1;
    if (!is_int(args[1]))
        return raise_format(TypeError_type, "argument should be integer or None, not '%s'", std::string(type_name(args[1])).c_str());
    return index_value(args[1]);
}

Result<Ref> file_read(const Value* args, size_t nargs) {
    FileObject* f = as_file(args[0]);
    int64_t size = TRY(size_arg(args, nargs));
    TRY(check_readable(f));
    return read_result(f, read_raw(f, size, false));
}

Result<Ref> file_readline(const Value* args, size_t nargs) {
    FileObject* f = as_file(args[0]);
    int64_t size = TRY(size_arg(args, nargs));
    TRY(check_readable(f));
    return read_result(f, read_raw(f, size, true));
}

Result<Ref> file_readlines(const Value* args, size_t nargs) {
    FileObject* f = as_file(args[0]);
    int64_t hint = TRY(size_arg(args, nargs));
    TRY(check_readable(f));
    Handle<List> lines = list_new();
    int64_t total = 0;
    for (;;) {
        std::string raw = read_raw(f, -1, true);
        if (raw.empty()) break;
        Ref line = TRY(read_result(f, raw));
        TRY(list_append(lines.get(), line));
        total += static_cast<int64_t>(raw.size());
        if (hint > 0 && total >= hint) break;
    }
    return std::move(lines).ref();
}

Result<Ref> file_iternext(Value self) {
    FileObject* f = as_file(self);
    TRY(check_readable(f));
    std::string raw = read_raw(f, -1, true);
    if (raw.empty()) return Ref();
    return read_result(f, raw);
}

Result<Ref> file_next(const Value* args, size_t) {
    Ref line = TRY(file_iternext(args[0]));
    if (!line) return raise(StopIteration_type);
    return line;
}

Result<Ref> file_iter(const Value* args, size_t) {
    TRY(check_open(as_file(args[0])));
    return Ref::borrow(args[0]);
}

// ---------------------------------------------------------------- writing

Status write_bytes(FileObject* f, std::string_view data) {
    if (f->std_fd == 1) return write_stdout(data);
    if (f->std_fd == 2) {
        write_stderr(data);
        return ok_status();
    }
    if (std::fwrite(data.data(), 1, data.size(), f->fp) != data.size()) return raise_os_error(errno);
    return ok_status();
}

Result<Ref> file_write(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    Value data = args[1];
    if (is_text(f)) {
        if (!is_str(data))
            return raise_format(TypeError_type, "write() argument must be str, not %s", std::string(type_name(data)).c_str());
        TRY(check_writable(f));
        Str* text = data.as<Str>();
        if (encodes_as_itself(f, text)) {
            TRY(write_bytes(f, text->view()));
        } else {
            std::string raw = TRY(encode(f, text));
            TRY(write_bytes(f, raw));
        }
        return make_int(text->length);
    }
    if (!is_bytes(data))
        return raise_format(TypeError_type, "a bytes-like object is required, not '%s'", std::string(type_name(data)).c_str());
    TRY(check_writable(f));
    TRY(write_bytes(f, data.as<Bytes>()->view()));
    return make_int(data.as<Bytes>()->size);
}

Result<Ref> file_writelines(const Value* args, size_t) {
    TRY(for_each(args[1], [&](Value line) -> Status {
        Value call_args[2] = {args[0], line};
        TRY(file_write(call_args, 2));
        return ok_status();
    }));
    return none_ref();
}

Result<Ref> file_flush(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    TRY(check_open(f));
    if (f->std_fd == 1) flush_stdout();
    else if (f->fp) std::fflush(f->fp);
    return none_ref();
}

Result<Ref> file_close(const Value* args, size_t) {
    close_file(as_file(args[0]));
    return none_ref();
}

// ---------------------------------------------------------------- the rest of the protocol

Result<Ref> file_enter(const Value* args, size_t) {
    TRY(check_open(as_file(args[0])));
    return Ref::borrow(args[0]);
}

Result<Ref> file_exit(const Value* args, size_t) {
    close_file(as_file(args[0]));
    return none_ref();
}

int file_fd(FileObject* f) { return f->std_fd >= 0 ? f->std_fd : fileno(f->fp); }

Result<Ref> file_fileno(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    if (f->closed) return raise(ValueError_type, "I/O operation on closed file");
    return make_int(file_fd(f));
}

Result<Ref> file_isatty(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    TRY(check_open(f));
    return Ref::borrow(bool_value(isatty(file_fd(f))));
}

Result<Ref> file_readable(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    TRY(check_open(f));
    return Ref::borrow(bool_value(f->readable));
}

Result<Ref> file_writable(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    TRY(check_open(f));
    return Ref::borrow(bool_value(f->writable));
}

Result<Ref> file_seekable(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    TRY(check_open(f));
    return Ref::borrow(bool_value(f->seekable));
}

Result<Ref> file_seek(const Value* args, size_t nargs) {
    FileObject* f = as_file(args[0]);
    int64_t offset = TRY(index_value(args[1]));
    int64_t whence = nargs > 2 ? TRY(index_value(args[2])) : 0;
    TRY(check_open(f));
    if (!f->seekable || !f->fp) return raise(UnsupportedOperation_type, "underlying stream is not seekable");
    if (whence < 0 || whence > 2) return raise_format(ValueError_type, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (std::fseek(f->fp, offset, static_cast<int>(whence)) != 0) return raise_os_error(errno);
    return make_int(std::ftell(f->fp));
}

Result<Ref> file_tell(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    TRY(check_open(f));
    if (!f->seekable || !f->fp) return raise(UnsupportedOperation_type, "underlying stream is not seekable");
    return make_int(std::ftell(f->fp));
}

Result<Ref> file_repr(const Value* args, size_t) {
    FileObject* f = as_file(args[0]);
    std::string text = "<" + std::string(f->type->module ? f->type->module.as<Str>()->view() : "_io") + "." +
                       std::string(f->type->name_view()) + " name=" + TRY(repr_text(f->name));
    if (is_text(f)) text += " mode=" + TRY(repr_text(f->mode)) + " encoding=" + TRY(repr_text(f->encoding_name));
    return make_str(text + ">").ref();
}

Result<Ref> file_get_closed(Value self) { return Ref::borrow(bool_value(as_file(self)->closed)); }
Result<Ref> file_get_name(Value self) { return as_file(self)->name; }
Result<Ref> file_get_mode(Value self) { return as_file(self)->mode; }
Result<Ref> file_get_encoding(Value self) { return as_file(self)->encoding_name; }
Result<Ref> file_get_errors(Value self) { return as_file(self)->errors_name; }
Result<Ref> file_get_false(Value) { return Ref::borrow(False()); }
Result<Ref> file_get_none(Value) { return none_ref(); }

const MethodDef file_methods[] = {
    {"read", file_read, nullptr, 1, 2},
    {"readline", file_readline, nullptr, 1, 2},
    {"readlines", file_readlines, nullptr, 1, 2},
    {"write", file_write, nullptr, 2, 2},
    {"writelines", file_writelines, nullptr, 2, 2},
    {"flush", file_flush, nullptr, 1, 1},
    {"close", file_close, nullptr, 1, 1},
    {"fileno", file_fileno, nullptr, 1, 1},
    {"isatty", file_isatty, nullptr, 1, 1},
    {"readable", file_readable, nullptr, 1, 1},
    {"writable", file_writable, nullptr, 1, 1},
    {"seekable", file_seekable, nullptr, 1, 1},
    {"seek", file_seek, nullptr, 2, 3},
    {"tell", file_tell, nullptr, 1, 1},
    {"__enter__", file_enter, nullptr, 1, 1},
    {"__exit__", file_exit, nullptr, 1, -1},
    {"__iter__", file_iter, nullptr, 1, 1},
    {"__next__", file_next, nullptr, 1, 1},
    {"__repr__", file_repr, nullptr, 1, 1},
    {nullptr},
};

const GetSetDef binary_getsets[] = {
    {"closed", file_get_closed},
    {"name", file_get_name},
    {"mode", file_get_mode},
    {nullptr},
};

// ---------------------------------------------------------------- open()

struct OpenMode {
    bool read = false, write = false, append = false, create = false, plus = false, binary = false, text = false;
};

Result<OpenMode> parse_mode(std::string_view mode) {
    OpenMode m;
    auto invalid = [&]() -> ErrorTag { return raise_format(ValueError_type, "invalid mode: '%s'", std::string(mode).c_str()); };
    for (char c : mode) {
        bool* flag = nullptr;
        switch (c) {
        case 'r': flag = &m.read; break;
        case 'w': flag = &m.write; break;
        case 'a': flag = &m.append; break;
        case 'x': flag = &m.create; break;
        case '+': flag = &m.plus; break;
        case 'b': flag = &m.binary; break;
        case 't': flag = &m.text; break;
        default: return invalid();
        }
        if (*flag) return invalid();
        *flag = true;
    }
    int kinds = m.read + m.write + m.append + m.create;
    if (m.text && m.binary) return raise(ValueError_type, "can't have text and binary mode at once");
    if (kinds > 1) return raise(ValueError_type, "must have exactly one of create/read/write/append mode");
    if (kinds == 0)
        return raise(ValueError_type, "Must have exactly one of create/read/write/append mode and at most one plus");
    return m;
}

Result<Newline> parse_newline(Value v) {
    if (!v || v.is(None())) return Newline::Universal;
    if (!is_str(v))
        return raise_format(TypeError_type, "open() argument 'newline' must be str or None, not %s", std::string(type_name(v)).c_str());
    std::string_view s = v.as<Str>()->view();
    if (s.empty()) return Newline::Untranslated;
    if (s == "\n") return Newline::LF;
    if (s == "\r") return Newline::CR;
    if (s == "\r\n") return Newline::CRLF;
    return raise_format(ValueError_type, "illegal newline value: %s", std::string(s).c_str());
}

ErrorMode parse_errors(std::string_view name) {
    if (name == "replace") return ErrorMode::Replace;
    if (name == "ignore") return ErrorMode::Ignore;
    return ErrorMode::Strict;
}

// open()'s parameters, in order.
enum OpenParam { kFile, kMode, kBuffering, kEncoding, kErrors, kNewline, kClosefd, kOpener, kOpenParams };
const char* const kOpenNames[kOpenParams] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

Status bind_open_args(CallArgs a, Value* out) {
    if (a.nargs > kOpenParams)
        return raise_format(TypeError_type, "open() takes at most 8 arguments (%zu given)", a.nargs);
    for (size_t i = 0; i < a.nargs; ++i) out[i] = a.args[i];
    for (size_t k = 0; k < a.nkw(); ++k) {
        std::string_view key = a.kwnames->items[k].as<Str>()->view();
        int i = 0;
        while (i < kOpenParams && key != kOpenNames[i]) ++i;
        if (i == kOpenParams)
            return raise_format(TypeError_type, "open() got an unexpected keyword argument '%s'", std::string(key).c_str());
        if (out[i])
            return raise_format(TypeError_type, "argument for open() given by name ('%s') and position (%d)", kOpenNames[i], i + 1);
        out[i] = a.args[a.nargs + k];
    }
    if (!out[kFile]) return raise(TypeError_type, "open() missing required argument 'file' (pos 1)");
    return ok_status();
}

// An optional str-or-None argument of open().
Result<std::string_view> optional_str(Value v, const char* param, std::string_view fallback) {
    if (!v || v.is(None())) return fallback;
    if (!is_str(v))
        return raise_format(TypeError_type, "open() argument '%s' must be str or None, not %s", param,
                            std::string(type_name(v)).c_str());
    return v.as<Str>()->view();
}

Result<int> open_fd(Value file, const OpenMode& m) {
    std::string path;
    if (is_str(file)) path = file.as<Str>()->view();
    else if (is_bytes(file)) path = file.as<Bytes>()->view();
    else
        return raise_format(TypeError_type, "expected str, bytes or os.PathLike object, not %s", std::string(type_name(file)).c_str());
    if (path.find('\0') != std::string::npos) return raise(ValueError_type, "embedded null byte");
    int flags = m.plus ? O_RDWR : m.read ? O_RDONLY : O_WRONLY;
    if (m.write) flags |= O_CREAT | O_TRUNC;
    if (m.append) flags |= O_CREAT | O_APPEND;
    if (m.create) flags |= O_CREAT | O_EXCL;
    int fd;
    do {
        fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return raise_os_error(errno, file);
    // open(2) happily opens a directory for reading; CPython refuses.
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return raise_os_error(EISDIR, file);
    }
    return fd;
}

TypeObject* file_type_for(const OpenMode& m) {
    if (!m.binary) return &textio_type;
    if (m.plus) return &buffered_random_type;
    return m.read ? &buffered_reader_type : &buffered_writer_type;
}

// What `.mode` reports: text files keep the string given to open(); binary
// files report FileIO's normalised spelling ('rb+', 'ab', …).
Ref mode_name(Value given, const OpenMode& m) {
    if (!m.binary) return Ref::borrow(given);
    std::string s = m.create ? "x" : m.append ? "a" : m.write ? "w" : "r";
    s += m.plus ? "b+" : "b";
    return make_str(s).ref();
}

Handle<FileObject> new_file(TypeObject* type, FILE* fp, int std_fd) {
    Handle<FileObject> f = Handle<FileObject>::steal(alloc<FileObject>(type));
    f->fp = fp;
    f->std_fd = std_fd;
    f->closefd = true;
    f->encoding = Encoding::Utf8;
    f->errors = ErrorMode::Strict;
    f->newline = Newline::Universal;
    return f;
}

// A text file's `.buffer`: the binary file object over the same stream, so
// sys.stdout.buffer.write(b"…") interleaves correctly with print().
Result<Ref> file_get_buffer(Value self) {
    FileObject* f = as_file(self);
    if (!f->buffer) {
        TypeObject* type = f->readable && f->writable ? &buffered_random_type
                           : f->readable              ? &buffered_reader_type
                                                      : &buffered_writer_type;
        Handle<FileObject> b = new_file(type, f->fp, f->std_fd);
        b->closed = f->closed;
        b->readable = f->readable;
        b->writable = f->writable;
        b->seekable = f->seekable;
        b->closefd = false;
        b->borrowed_fp = true;
        b->name = f->name;
        b->mode = make_str(f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb").ref();
        f->buffer = std::move(b).ref();
    }
    return f->buffer;
}

const GetSetDef text_getsets[] = {
    {"closed", file_get_closed}, {"name", file_get_name},           {"mode", file_get_mode},
    {"encoding", file_get_encoding}, {"errors", file_get_errors},   {"line_buffering", file_get_false},
    {"newlines", file_get_none}, {"buffer", file_get_buffer},       {nullptr},
};

} // namespace

Result<Ref> builtin_open(CallArgs a) {
    Value args[kOpenParams] = {};
    TRY(bind_open_args(a, args));
    Value mode_arg = args[kMode] ? args[kMode] : Value(intern("r"));
    if (!is_str(mode_arg))
        return raise_format(TypeError_type, "open() argument 'mode' must be str, not %s", std::string(type_name(mode_arg)).c_str());
    OpenMode m = TRY(parse_mode(mode_arg.as<Str>()->view()));
    int64_t buffering = args[kBuffering] ? TRY(index_value(args[kBuffering])) : -1;
    if (m.binary) {
        if (args[kEncoding] && !args[kEncoding].is(None())) return raise(ValueError_type, "binary mode doesn't take an encoding argument");
        if (args[kErrors] && !args[kErrors].is(None())) return raise(ValueError_type, "binary mode doesn't take an errors argument");
        if (args[kNewline] && !args[kNewline].is(None())) return raise(ValueError_type, "binary mode doesn't take a newline argument");
    } else if (buffering == 0) {
        return raise(ValueError_type, "can't have unbuffered text I/O");
    }
    std::string_view encoding_text = TRY(optional_str(args[kEncoding], "encoding", "UTF-8"));
    std::string_view errors_text = TRY(optional_str(args[kErrors], "errors", "strict"));
    Encoding encoding = TRY(parse_encoding(encoding_text));
    Newline newline = TRY(parse_newline(args[kNewline]));
    bool closefd = args[kClosefd] ? TRY(truthy(args[kClosefd])) : true;
    if (args[kOpener] && !args[kOpener].is(None()))
        return raise(NotImplementedError_type, "open(): the opener argument is not supported");

    int fd;
    if (is_int(args[kFile])) {
        fd = static_cast<int>(TRY(index_value(args[kFile])));
    } else {
        if (!closefd) return raise(ValueError_type, "Cannot use closefd=False with file name");
        fd = TRY(open_fd(args[kFile], m));
    }
    const char* fmode = m.plus ? (m.read ? "r+" : m.append ? "a+" : "w+") : m.read ? "r" : m.append ? "a" : "w";
    FILE* fp = fdopen(fd, fmode);
    if (!fp) {
        int err = errno;
        if (closefd) ::close(fd);
        return raise_os_error(err);
    }
    Handle<FileObject> f = new_file(file_type_for(m), fp, -1);
    f->readable = m.read || m.plus;
    f->writable = !m.read || m.plus;
    f->seekable = lseek(fd, 0, SEEK_CUR) >= 0;
    f->closefd = closefd;
    f->encoding = encoding;
    f->errors = parse_errors(errors_text);
    f->newline = newline;
    f->name = Ref::borrow(args[kFile]);
    f->mode = mode_name(mode_arg, m);
    if (!m.binary) {
        f->encoding_name = make_str(encoding_text).ref();
        f->errors_name = make_str(errors_text).ref();
    }
    return std::move(f).ref();
}

// ---------------------------------------------------------------- standard streams

namespace {

// Plain Values (owned, never released): no static destructor may run Python
// deallocation at exit.
Value g_std_streams[3];
Value g_sys_dict; // the sys module's namespace, once registered

Ref make_std_stream(int fd) {
    static const char* const names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    Handle<FileObject> f = new_file(&textio_type, fd == 0 ? stdin : nullptr, fd);
    f->readable = fd == 0;
    f->writable = fd != 0;
    f->closefd = false;
    f->name = make_str(names[fd]).ref();
    f->mode = make_str(fd == 0 ? "r" : "w").ref();
    f->encoding_name = make_str("utf-8").ref();
    f->errors_name = make_str("strict").ref();
    return std::move(f).ref();
}

} // namespace

Ref std_stream(int fd) {
    if (!g_std_streams[fd]) g_std_streams[fd] = make_std_stream(fd).release();
    return Ref::borrow(g_std_streams[fd]);
}

void register_sys_namespace(Dict* sys_dict) {
    incref(Value(sys_dict));
    decref(g_sys_dict);
    g_sys_dict = Value(sys_dict);
}

Value sys_attribute(const char* name) {
    if (!g_sys_dict) return Value();
    return dict_get_str(g_sys_dict.as<Dict>(), intern(name));
}

Ref sys_stream(int fd) {
    if (!g_sys_dict) return std_stream(fd);
    static const char* const names[3] = {"stdin", "stdout", "stderr"};
    return Ref::borrow(sys_attribute(names[fd]));
}

bool is_std_stream(Value file, int fd) { return g_std_streams[fd] && file.is(g_std_streams[fd]); }

void init_file_types() {
    auto init = [](TypeObject* type, const char* name, const GetSetDef* getsets) {
        NativeTypeSpec spec;
        spec.name = name;
        spec.module = "_io";
        spec.basicsize = sizeof(FileObject);
        spec.dealloc = file_dealloc;
        spec.iternext = file_iternext;
        spec.methods = file_methods;
        spec.getsets = getsets;
        init_native_type(type, spec);
    };
    init(&textio_type, "TextIOWrapper", text_getsets);
    init(&buffered_reader_type, "BufferedReader", binary_getsets);
    init(&buffered_writer_type, "BufferedWriter", binary_getsets);
    init(&buffered_random_type, "BufferedRandom", binary_getsets);
    init_exception_subtype(&UnsupportedOperation_type, "UnsupportedOperation", "io", &OSError_type, &ValueError_type);
}

} // namespace pyco

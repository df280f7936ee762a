// Internals shared by the str and bytes implementations (str.cpp,
// str_methods.cpp, str_format.cpp, bytes.cpp). Not an API for other layers:
// they use objects.h and unicode.h.
#pragma once

#include <cstdlib>
#include <initializer_list>
#include <string_view>

#include "runtime/objects.h"
#include "runtime/unicode.h"

namespace pyco {

// ---------------------------------------------------------------- construction

// A new exact str whose code-point length and ASCII-ness the caller knows
// (slices of an ASCII str, concatenations): no rescan of the text.
Handle<Str> make_str_known(std::string_view utf8, int64_t length, bool ascii);
// A str of `type` (str or a subclass) with the text of `utf8`: what
// str.__new__(cls, ...) returns for a subclass.
Result<Ref> make_str_of_type(TypeObject* type, std::string_view utf8);
// An exact str of `nbytes` bytes whose text the caller writes into `data`
// before calling str_finish(). Null with MemoryError set when too large.
Str* str_alloc_uninit(size_t nbytes);
// Records length and ASCII-ness of a str filled after str_alloc_uninit.
void str_finish(Str* s, int64_t length, bool ascii);
// A new reference to the str of one code point; ASCII ones are cached.
Ref str_from_code_point(uint32_t cp);
Str* empty_str(); // borrowed, immortal

// The growable buffer behind every str or bytes whose size is not known up
// front. Out-of-memory is sticky: appends after a failed growth are ignored
// and finish_*() raises MemoryError, so building code stays linear and a
// huge user-requested width ('{:1000000000000}') is an error, not a crash.
class TextWriter {
public:
    TextWriter() = default;
    TextWriter(const TextWriter&) = delete;
    TextWriter& operator=(const TextWriter&) = delete;
    ~TextWriter() { std::free(buf_); }

    void append(std::string_view text);
    void append(char c) { append(std::string_view(&c, 1)); }
    void append_code_point(uint32_t cp);
    void append_repeated(char c, size_t count);
    void append_repeated(std::string_view unit, size_t count);
    void reserve(size_t extra) { (void)ensure(extra); }

    size_t size() const { return len_; }
    std::string_view view() const { return std::string_view(buf_ ? buf_ : "", len_); }
    bool failed() const { return failed_; }

    Result<Ref> finish_str();   // an exact str of the text (must be valid UTF-8)
    Result<Ref> finish_bytes(); // a bytes object

private:
    bool ensure(size_t extra);

    char* buf_ = nullptr;
    size_t len_ = 0;
    size_t cap_ = 0;
    bool failed_ = false;
};

// ---------------------------------------------------------------- text helpers

// The byte offset of code point `index` (0 <= index <= length) in s.
size_t str_offset(const Str* s, int64_t index);
// Must be called before a non-ASCII str is freed or changed in place:
// str_offset() remembers its last position in one str.
void str_forget_offsets(const Str* s);
// The code points [start, stop) of s as bytes.
std::string_view str_substring(const Str* s, int64_t start, int64_t stop);

// hash() of bytes and of str text, equal to CPython's under
// PYTHONHASHSEED=0 (SipHash-1-3, zero key); never -1.
hash_t hash_bytes(std::string_view data);
hash_t hash_text(std::string_view utf8, bool ascii);

// repr() of a bytes-like buffer: b'...' with CPython's quoting and escapes.
std::string bytes_repr_text(std::string_view data, const char* prefix = "b");

// The C++ view of a str argument (borrowed).
inline Str* as_str(Value v) { return v.as<Str>(); }
inline Bytes* as_bytes(Value v) { return v.as<Bytes>(); }

// ---------------------------------------------------------------- arguments

// The optional argument i of a positional-only method (null if absent).
inline Value opt_arg(const Value* args, size_t nargs, size_t i) { return i < nargs ? args[i] : Value(); }


// A start/end argument of find(), count(), startswith(), ...: None means
// `dflt`, an index-like is clamped to int64 (CPython's _PyEval_SliceIndex).
Result<int64_t> slice_bound_arg(Value v, int64_t dflt);
// Clip [start, end) to a sequence of `length` elements, negative values
// counting from the end (CPython's ADJUST_INDICES). Afterwards
// 0 <= start, 0 <= end <= length; start may still exceed end or length.
void adjust_indices(int64_t* start, int64_t* end, int64_t length);
// A C `int` argument with __index__ (tabsize, keepends, bytes_per_sep):
// OverflowError "Python int too large to convert to C int" beyond it.
// (ssize_t arguments use ssize_arg from container_util.h.)
Result<int> c_int_arg(Value v);

// ---------------------------------------------------------------- shared algorithms
// Run on the bytes of str (UTF-8: a byte match of valid UTF-8 is always a
// code-point match) and of bytes. Offsets are byte offsets in `hay`.

// Which kind of text an algorithm runs on: str works on code points with
// Unicode whitespace, bytes on single bytes with ASCII whitespace.
enum class TextKind : uint8_t { Str, Bytes };
// A new str or bytes of `piece`.
Ref make_text(std::string_view piece, TextKind kind);

constexpr size_t kNotFound = static_cast<size_t>(-1);
size_t bytes_find(std::string_view hay, std::string_view needle);
size_t bytes_rfind(std::string_view hay, std::string_view needle);
// Non-overlapping occurrences, at most `limit`.
int64_t bytes_count(std::string_view hay, std::string_view needle, int64_t limit);
// hay with the first `count` (all if < 0) occurrences of `from` replaced. An
// empty `from` matches before every unit and at the end, as CPython's replace.
Result<Ref> replace_text(std::string_view hay, std::string_view from, std::string_view to, int64_t count, TextKind kind);
// split()/rsplit() into a list: on runs of whitespace (sep=None), or on
// `sep` ("empty separator" if it is empty). maxsplit < 0: no limit.
Result<Ref> split_whitespace(std::string_view text, int64_t maxsplit, TextKind kind, bool from_right);
// str.split() / split(None, n) of an ASCII str, the common case: whitespace
// is a byte class and every piece is ASCII. Like CPython, a str without
// whitespace to cut comes back as itself (an exact str) in the list.
Result<Ref> split_ascii_whitespace(Str* text, int64_t maxsplit);
Result<Ref> split_on(std::string_view text, std::string_view sep, int64_t maxsplit, TextKind kind, bool from_right);
// strip()/lstrip()/rstrip(): the part of `text` that remains.
std::string_view strip_whitespace(std::string_view text, TextKind kind, bool left, bool right);
std::string_view strip_chars(std::string_view text, std::string_view chars, TextKind kind, bool left, bool right);

// `self` itself when `part` is all of its text and self is an exact str or
// bytes (CPython returns such objects unchanged), else a new object of `part`.
Ref same_or_new_text(Value self, std::string_view part, TextKind kind);
// splitlines(): str breaks at every Unicode line boundary, bytes at \n, \r
// and \r\n only.
Result<Ref> split_lines(Value self, std::string_view text, bool keepends, TextKind kind);
// partition()/rpartition() ("empty separator" if sep is empty).
Result<Ref> partition_text(Value self, std::string_view text, std::string_view sep, TextKind kind, bool from_right);
// removeprefix()/removesuffix(): what remains of `text`.
std::string_view remove_affix(std::string_view text, std::string_view affix, bool suffix);
// ljust()/rjust()/center() of a text of `length` units to `width` units
// with `fill` (one unit); zfill() likewise with a sign kept in front.
enum class Justify : uint8_t { Left, Right, Center };
Result<Ref> justify_text(Value self, std::string_view text, int64_t length, int64_t width, std::string_view fill,
                         Justify how, TextKind kind);
Result<Ref> zfill_text(Value self, std::string_view text, int64_t length, int64_t width, TextKind kind);

// ---------------------------------------------------------------- codecs (bytes.cpp)

// The codecs pyco implements. Their names follow Python's normalisation and
// aliases ('UTF8', 'latin_1', 'us-ascii', ...).
enum class Codec : uint8_t { Utf8, Ascii, Latin1 };
// LookupError "unknown encoding: x" for anything else.
Result<Codec> lookup_codec(std::string_view encoding);
// Error handlers: strict, ignore, replace, backslashreplace, and for
// encoding xmlcharrefreplace; an unknown name is a LookupError only once an
// error actually needs handling, as in CPython.
Result<Ref> decode_bytes(std::string_view data, Codec codec, std::string_view errors); // -> str
Result<Ref> encode_str(Str* s, Codec codec, std::string_view errors);                   // -> bytes
// str(obj, encoding, errors) and friends: obj must be bytes ("decoding str is
// not supported", "decoding to str: need a bytes-like object, int found");
// encoding/errors may be null (defaults). `fname` names the caller in messages.
Result<Ref> decode_object(Value obj, Value encoding, Value errors, const char* fname);
// A str argument's text, `dflt` when v is null: "encode() argument
// 'encoding' must be str, not int".
Result<std::string_view> text_arg(Value v, const char* fname, const char* argname, std::string_view dflt);

// ---------------------------------------------------------------- method tables

// Parts of str's method table defined by the other str files; merged by
// init_str_type() (str.cpp).
extern const MethodDef str_text_methods[];   // str_methods.cpp
extern const MethodDef str_format_methods[]; // str_format.cpp

} // namespace pyco

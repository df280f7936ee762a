// `bytes` and the text codecs (UTF-8, ASCII, Latin-1) shared with str.
//
// bytes reuses the byte-level algorithms of str_impl.cpp (find, split,
// strip, replace) with TextKind::Bytes: single-byte units and ASCII
// whitespace, as CPython's bytes methods use.
#include <cctype>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/str_impl.h"

namespace pyco {

TypeObject bytes_type, bytes_iterator_type;

// ================================================================ codecs

namespace {

// Python's encodings.normalize_encoding after lower-casing: runs of
// punctuation become one '_' ('UTF-8' -> 'utf_8', 'latin-1' -> 'latin_1').
std::string normalize_encoding(std::string_view name) {
    std::string out;
    bool punct = false;
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '.') {
            if (punct && !out.empty()) out += '_';
            out += static_cast<char>(std::tolower(u));
            punct = false;
        } else {
            punct = true;
        }
    }
    return out;
}

const char* codec_name(Codec codec) {
    switch (codec) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    }
    return "?";
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace };

// Error handlers are looked up when the first error occurs, as CPython does.
Result<Handler> lookup_handler(std::string_view name, bool encoding) {
    if (name == "strict") return Handler::Strict;
    if (name == "ignore") return Handler::Ignore;
    if (name == "replace") return Handler::Replace;
    if (name == "backslashreplace") return Handler::BackslashReplace;
    if (encoding && name == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    // surrogateescape/surrogatepass would need lone surrogates in str, which
    // strict UTF-8 text cannot hold; namereplace needs the names database.
    return raise_format(LookupError_type, "unknown error handler name '%.*s'", static_cast<int>(name.size()), name.data());
}

void append_hex(TextWriter& out, char kind, uint32_t value, int digits) {
    static const char hex[] = "0123456789abcdef";
    out.append('\\');
    out.append(kind);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.append(hex[(value >> shift) & 0xF]);
}

// ---------------------------------------------------------------- decoding

// UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end,
// reason): the exception formats its own message from these, as in CPython.
ErrorTag raise_codec_error(TypeObject& type, Codec codec, Ref object, int64_t start, int64_t end, const char* reason) {
    Ref encoding = make_str(codec_name(codec)).ref();
    Ref first = make_int(start);
    Ref last = make_int(end);
    Ref why = make_str(reason).ref();
    Handle<Tuple> args = tuple_pack({encoding, object, first, last, why});
    Result<Ref> exc = make_exception_from_args(type, args.get());
    if (exc.failed()) return kError;
    return raise_object(exc.take());
}

// The next undecodable range at or after `from` (false: none).
bool next_decode_error(std::string_view data, size_t from, Codec codec, Utf8Error* err) {
    if (codec == Codec::Utf8) return !utf8_find_error(data, from, err);
    for (size_t i = from; i < data.size(); ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80) {
            *err = Utf8Error{i, i + 1, "ordinal not in range(128)"};
            return true;
        }
    }
    return false;
}

} // namespace

Result<Codec> lookup_codec(std::string_view encoding) {
    static const std::pair<const char*, Codec> aliases[] = {
        {"utf_8", Codec::Utf8}, {"utf8", Codec::Utf8}, {"u8", Codec::Utf8}, {"utf", Codec::Utf8},
        {"utf8_ucs2", Codec::Utf8}, {"utf8_ucs4", Codec::Utf8}, {"cp65001", Codec::Utf8},
        {"ascii", Codec::Ascii}, {"us_ascii", Codec::Ascii}, {"646", Codec::Ascii}, {"us", Codec::Ascii},
        {"ansi_x3.4_1968", Codec::Ascii}, {"ansi_x3_4_1968", Codec::Ascii}, {"ansi_x3.4_1986", Codec::Ascii},
        {"cp367", Codec::Ascii}, {"csascii", Codec::Ascii}, {"ibm367", Codec::Ascii}, {"iso646_us", Codec::Ascii},
        {"iso_646.irv_1991", Codec::Ascii}, {"iso_ir_6", Codec::Ascii},
        {"latin_1", Codec::Latin1}, {"latin1", Codec::Latin1}, {"latin", Codec::Latin1}, {"l1", Codec::Latin1},
        {"iso8859_1", Codec::Latin1}, {"iso_8859_1", Codec::Latin1}, {"iso8859", Codec::Latin1},
        {"8859", Codec::Latin1}, {"cp819", Codec::Latin1}, {"ibm819", Codec::Latin1},
        {"csisolatin1", Codec::Latin1}, {"iso_8859_1_1987", Codec::Latin1}, {"iso_ir_100", Codec::Latin1},
    };
    std::string key = normalize_encoding(encoding);
    for (const auto& [name, codec] : aliases)
        if (key == name) return codec;
    return raise_format(LookupError_type, "unknown encoding: %.*s", static_cast<int>(encoding.size()), encoding.data());
}

Result<Ref> decode_bytes(std::string_view data, Codec codec, std::string_view errors) {
    if (codec == Codec::Latin1) {
        TextWriter out;
        out.reserve(data.size());
        for (char c : data) out.append_code_point(static_cast<unsigned char>(c));
        return out.finish_str();
    }
    Utf8Error err;
    if (!next_decode_error(data, 0, codec, &err)) {
        Str* s = str_alloc_uninit(data.size());
        if (!s) return kError;
        std::memcpy(s->data, data.data(), data.size());
        bool ascii = codec == Codec::Ascii || is_ascii(data);
        str_finish(s, ascii ? static_cast<int64_t>(data.size()) : utf8_length(data), ascii);
        return Ref::steal(s);
    }
    Handler handler = TRY(lookup_handler(errors, false));
    TextWriter out;
    size_t pos = 0;
    do {
        if (handler == Handler::Strict) {
            return raise_codec_error(UnicodeDecodeError_type, codec, make_bytes(data).ref(), static_cast<int64_t>(err.start),
                                     static_cast<int64_t>(err.end), err.reason);
        }
        out.append(data.substr(pos, err.start - pos));
        if (handler == Handler::Replace) out.append_code_point(kReplacementChar);
        if (handler == Handler::BackslashReplace)
            for (size_t i = err.start; i < err.end; ++i) append_hex(out, 'x', static_cast<unsigned char>(data[i]), 2);
        pos = err.end;
    } while (next_decode_error(data, pos, codec, &err));
    out.append(data.substr(pos));
    return out.finish_str();
}

// ---------------------------------------------------------------- encoding

namespace {

void append_encode_replacement(TextWriter& out, Handler handler, uint32_t cp) {
    switch (handler) {
    case Handler::Replace: out.append('?'); break;
    case Handler::BackslashReplace:
        if (cp <= 0xFF) append_hex(out, 'x', cp, 2);
        else if (cp <= 0xFFFF) append_hex(out, 'u', cp, 4);
        else append_hex(out, 'U', cp, 8);
        break;
    case Handler::XmlCharRefReplace: out.append("&#" + std::to_string(cp) + ";"); break;
    case Handler::Strict:
    case Handler::Ignore: break;
    }
}

} // namespace

Result<Ref> encode_str(Str* s, Codec codec, std::string_view errors) {
    if (codec == Codec::Utf8 || s->ascii) return make_bytes(s->view()).ref();
    const uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    TextWriter out;
    out.reserve(static_cast<size_t>(s->length));
    Handler handler = Handler::Strict;
    bool handler_known = false;
    const char* end = s->data + s->size;
    int64_t index = 0;
    for (const char* p = s->data; p < end;) {
        uint32_t cp = utf8_decode(p);
        if (cp < limit) {
            out.append(static_cast<char>(static_cast<unsigned char>(cp)));
            ++index;
            continue;
        }
        if (!handler_known) {
            handler = TRY(lookup_handler(errors, true));
            handler_known = true;
        }
        if (handler == Handler::Strict) {
            // The error covers the whole run of unencodable characters.
            int64_t run_end = index + 1;
            for (const char* q = p; q < end && utf8_decode(q) >= limit;) ++run_end;
            return raise_codec_error(UnicodeEncodeError_type, codec, Ref::borrow(s), index, run_end,
                                     codec == Codec::Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)");
        }
        append_encode_replacement(out, handler, cp);
        ++index;
    }
    return out.finish_bytes();
}

Result<std::string_view> text_arg(Value v, const char* fname, const char* argname, std::string_view dflt) {
    if (!v) return dflt;
    if (!is_str(v)) {
        return raise_format(TypeError_type, "%s() argument '%s' must be str, not %s", fname, argname,
                            std::string(type_name(v)).c_str());
    }
    return as_str(v)->view();
}

Result<Ref> decode_object(Value obj, Value encoding, Value errors, const char* fname) {
    std::string_view enc = TRY(text_arg(encoding, fname, "encoding", "utf-8"));
    std::string_view err = TRY(text_arg(errors, fname, "errors", "strict"));
    if (!obj) return Ref::borrow(empty_str());
    if (is_str(obj)) return raise(TypeError_type, "decoding str is not supported");
    if (!is_bytes(obj)) {
        return raise_format(TypeError_type, "decoding to str: need a bytes-like object, %s found",
                            std::string(type_name(obj)).c_str());
    }
    Codec codec = TRY(lookup_codec(enc));
    return decode_bytes(as_bytes(obj)->view(), codec, err);
}

// ================================================================ bytes objects

namespace {

Bytes* alloc_bytes(TypeObject* type, size_t n) {
    Object* obj = type == &bytes_type ? alloc_checked(type, sizeof(Bytes) + n) : alloc_var_object(type, n, 1);
    if (!obj) return nullptr;
    auto* b = static_cast<Bytes*>(obj);
    b->size = static_cast<int64_t>(n);
    b->hash = -1;
    b->data[n] = '\0';
    return b;
}

// b'' and the 256 one-byte objects are shared, as in CPython; the caches
// keep a reference, so they are never freed.
Bytes* cached_bytes(std::string_view raw) {
    static Bytes* empty = nullptr;
    static Bytes* singles[256];
    Bytes*& slot = raw.empty() ? empty : singles[static_cast<unsigned char>(raw[0])];
    if (!slot) {
        slot = static_cast<Bytes*>(alloc_object(&bytes_type, sizeof(Bytes) + raw.size()));
        slot->size = static_cast<int64_t>(raw.size());
        slot->hash = -1;
        std::memcpy(slot->data, raw.data(), raw.size());
    }
    return slot;
}

} // namespace

Handle<Bytes> make_bytes(std::string_view raw) {
    if (raw.size() <= 1) return Handle<Bytes>::borrow(cached_bytes(raw));
    auto* b = static_cast<Bytes*>(alloc_object(&bytes_type, sizeof(Bytes) + raw.size()));
    b->size = static_cast<int64_t>(raw.size());
    b->hash = -1;
    std::memcpy(b->data, raw.data(), raw.size());
    return Handle<Bytes>::steal(b);
}

bool is_bytes(Value v) { return v.is_object() && (v.type() == &bytes_type || is_subtype(v.type(), &bytes_type)); }

std::string bytes_repr_text(std::string_view data, const char* prefix) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    std::string out = prefix;
    out += quote;
    for (char ch : data) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

namespace {

Bytes* self_bytes(const Value* args) { return as_bytes(args[0]); }
std::string_view self_view(const Value* args) { return self_bytes(args)->view(); }

// "a bytes-like object is required, not 'str'"
Result<std::string_view> need_bytes(Value v) {
    if (!is_bytes(v)) {
        return raise_format(TypeError_type, "a bytes-like object is required, not '%s'", std::string(type_name(v)).c_str());
    }
    return as_bytes(v)->view();
}

Result<uint8_t> byte_value(Value v, const char* message) {
    int64_t n = TRY(index_value(v, &OverflowError_type));
    if (n < 0 || n > 255) return raise(ValueError_type, message);
    return static_cast<uint8_t>(n);
}

// ---------------------------------------------------------------- construction

// bytes(iterable_of_ints), PyBytes_FromObject.
Result<Ref> bytes_from_iterable(Value source) {
    if (is_bytes(source)) return make_bytes(as_bytes(source)->view()).ref();
    Result<Ref> it = iter(source);
    if (it.failed()) {
        if (!error_matches(TypeError_type)) return kError;
        error_clear();
        return raise_format(TypeError_type, "cannot convert '%s' object to bytes", std::string(type_name(source)).c_str());
    }
    TextWriter out;
    for (;;) {
        Ref item = TRY(next(it.value()));
        if (!item) break;
        if (!is_index_like(item)) {
            return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer",
                                std::string(type_name(item)).c_str());
        }
        Ref n = TRY(index_object(item));
        int64_t v;
        if (!int_to_int64(n, &v) || v < 0 || v > 255) return raise(ValueError_type, "bytes must be in range(0, 256)");
        out.append(static_cast<char>(v));
    }
    return out.finish_bytes();
}

// bytes(x) for a single positional argument without encoding.
Result<Ref> bytes_from_object(Value x) {
    if (Value method = type_lookup(x.type(), intern("__bytes__"))) {
        Ref result = TRY(call(method, {x}));
        if (!is_bytes(result)) {
            return raise_format(TypeError_type, "__bytes__ returned non-bytes (type %s)", std::string(type_name(result)).c_str());
        }
        return result;
    }
    if (is_str(x)) return raise(TypeError_type, "string argument without an encoding");
    if (is_index_like(x)) {
        int64_t size = TRY(index_value(x, &OverflowError_type));
        if (size < 0) return raise(ValueError_type, "negative count");
        Bytes* b = alloc_bytes(&bytes_type, static_cast<size_t>(size)); // calloc: zero-filled
        if (!b) return kError;
        return Ref::steal(b);
    }
    return bytes_from_iterable(x);
}

// bytes(source=b'', encoding=None, errors=None)
Result<Ref> bytes_py_new(CallArgs args) {
    if (args.nargs == 0) return raise(TypeError_type, "bytes.__new__(): not enough arguments");
    TypeObject* cls = TRY(new_target(args[0], &bytes_type));
    Value p[3];
    TRY(parse_args(args, 1, {.fname = "bytes", .names = {"source", "encoding", "errors"}}, p));
    Value x = p[0], encoding = p[1], errors = p[2];
    Ref result;
    if (!x) {
        if (encoding || errors)
            return raise(TypeError_type, encoding ? "encoding without a string argument" : "errors without a string argument");
        result = make_bytes("").ref();
    } else if (encoding) {
        if (!is_str(x)) return raise(TypeError_type, "encoding without a string argument");
        std::string_view enc = TRY(text_arg(encoding, "bytes", "encoding", "utf-8"));
        std::string_view err = TRY(text_arg(errors, "bytes", "errors", "strict"));
        Codec codec = TRY(lookup_codec(enc));
        result = TRY(encode_str(as_str(x), codec, err));
    } else if (errors) {
        return raise(TypeError_type, is_str(x) ? "string argument without an encoding" : "errors without a string argument");
    } else {
        result = TRY(bytes_from_object(x));
    }
    if (cls == &bytes_type) return result;
    std::string_view raw = as_bytes(result)->view();
    Bytes* b = alloc_bytes(cls, raw.size());
    if (!b) return kError;
    std::memcpy(b->data, raw.data(), raw.size());
    return Ref::steal(b);
}

// ---------------------------------------------------------------- object protocol

Result<Ref> bytes_repr(const Value* args, size_t) { return make_str(bytes_repr_text(self_view(args))).ref(); }

Result<Ref> bytes_hash(const Value* args, size_t) {
    Bytes* b = self_bytes(args);
    if (b->hash == -1) b->hash = hash_bytes(b->view());
    return make_int(b->hash);
}

template <CompareOp op>
Result<Ref> bytes_richcompare(const Value* args, size_t) {
    if (!is_bytes(args[1])) return Ref::borrow(NotImplemented());
    std::string_view a = self_view(args), b = as_bytes(args[1])->view();
    int c = a.compare(b);
    bool r = false;
    switch (op) {
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
    }
    return Ref::borrow(bool_value(r));
}

int64_t bytes_size(Value self) { return self.as<Bytes>()->size; }
Result<Ref> bytes_len(const Value* args, size_t) { return make_int(self_bytes(args)->size); }

Result<Ref> bytes_getitem(const Value* args, size_t) {
    std::string_view data = self_view(args);
    Value key = args[1];
    if (isinstance(key, &slice_type)) {
        int64_t start, stop, step, n;
        TRY(slice_indices(key.as<Slice>(), static_cast<int64_t>(data.size()), &start, &stop, &step, &n));
        if (n <= 0) return make_bytes("").ref();
        if (step == 1) {
            if (n == static_cast<int64_t>(data.size()) && args[0].type() == &bytes_type) return Ref::borrow(args[0]);
            return make_bytes(data.substr(static_cast<size_t>(start), static_cast<size_t>(n))).ref();
        }
        TextWriter out;
        for (int64_t i = 0, k = start; i < n; ++i, k += step) out.append(data[static_cast<size_t>(k)]);
        return out.finish_bytes();
    }
    if (!is_index_like(key)) {
        return raise_format(TypeError_type, "byte indices must be integers or slices, not %s", std::string(type_name(key)).c_str());
    }
    int64_t i = TRY(index_value(key, &IndexError_type));
    if (!wrap_index(&i, static_cast<int64_t>(data.size()))) return raise(IndexError_type, "index out of range");
    return Ref::small_int(static_cast<unsigned char>(data[static_cast<size_t>(i)]));
}

Result<Ref> bytes_contains(const Value* args, size_t) {
    Value item = args[1];
    if (is_index_like(item)) {
        uint8_t b = TRY(byte_value(item, "byte must be in range(0, 256)"));
        return Ref::borrow(bool_value(self_view(args).find(static_cast<char>(b)) != std::string_view::npos));
    }
    std::string_view needle = TRY(need_bytes(item));
    return Ref::borrow(bool_value(bytes_find(self_view(args), needle) != kNotFound));
}

Result<Ref> bytes_add(const Value* args, size_t) {
    if (!is_bytes(args[1])) {
        return reject_operand(args[1], Special::radd, "can't concat " + std::string(type_name(args[1])) + " to bytes");
    }
    TextWriter out;
    out.append(self_view(args));
    out.append(as_bytes(args[1])->view());
    return out.finish_bytes();
}

Result<Ref> bytes_mul(const Value* args, size_t) {
    int64_t count;
    if (!TRY(repeat_count(args[1], &count))) {
        return reject_operand(args[1], Special::rmul,
                              "can't multiply sequence by non-int of type '" + std::string(type_name(args[1])) + "'");
    }
    std::string_view data = self_view(args);
    if (count == 1 && args[0].type() == &bytes_type) return Ref::borrow(args[0]);
    if (!data.empty() && count > INT64_MAX / static_cast<int64_t>(data.size()))
        return raise(OverflowError_type, "repeated bytes are too long");
    TextWriter out;
    out.append_repeated(data, static_cast<size_t>(count));
    return out.finish_bytes();
}

// ---------------------------------------------------------------- iterator

struct BytesIterator : Object {
    Ref bytes; // null once exhausted
    int64_t index;
};

void bytes_iter_dealloc(Object* self) {
    static_cast<BytesIterator*>(self)->bytes.reset();
    free_object(self);
}

Result<Ref> bytes_iter(const Value* args, size_t) {
    auto* it = static_cast<BytesIterator*>(alloc_object(&bytes_iterator_type, sizeof(BytesIterator)));
    it->bytes = Ref::borrow(args[0]);
    it->index = 0;
    return Ref::steal(it);
}

Result<Ref> bytes_iter_next(Value self) {
    auto* it = self.as<BytesIterator>();
    if (!it->bytes) return Ref();
    Bytes* b = it->bytes.as<Bytes>();
    if (it->index >= b->size) {
        it->bytes.reset();
        return Ref();
    }
    return Ref::small_int(static_cast<unsigned char>(b->data[it->index++]));
}

Result<Ref> bytes_iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<BytesIterator>();
    return make_int(it->bytes ? it->bytes.as<Bytes>()->size - it->index : 0);
}

// ---------------------------------------------------------------- methods

Result<Ref> bytes_decode(CallArgs args) {
    Value p[2];
    TRY(parse_args(args, 1, {.fname = "decode", .names = {"encoding", "errors"}}, p));
    std::string_view enc = TRY(text_arg(p[0], "decode", "encoding", "utf-8"));
    std::string_view err = TRY(text_arg(p[1], "decode", "errors", "strict"));
    Codec codec = TRY(lookup_codec(enc));
    return decode_bytes(as_bytes(args[0])->view(), codec, err);
}

Result<Ref> bytes_join(const Value* args, size_t) {
    std::string_view sep = self_view(args);
    Ref seq = TRY(sequence_fast(args[1], "can only join an iterable"));
    int64_t n;
    Value* items = fast_items(seq, &n);
    TextWriter out;
    for (int64_t i = 0; i < n; ++i) {
        if (!is_bytes(items[i])) {
            return raise_format(TypeError_type, "sequence item %lld: expected a bytes-like object, %s found",
                                static_cast<long long>(i), std::string(type_name(items[i])).c_str());
        }
        if (i > 0) out.append(sep);
        out.append(as_bytes(items[i])->view());
    }
    return out.finish_bytes();
}

Result<Ref> split_method(CallArgs args, bool from_right) {
    Value p[2];
    TRY(parse_args(args, 1, {.fname = from_right ? "rsplit" : "split", .names = {"sep", "maxsplit"}}, p));
    int64_t maxsplit = p[1] ? TRY(ssize_arg(p[1])) : -1;
    std::string_view text = as_bytes(args[0])->view();
    if (!p[0] || p[0].is(None())) return split_whitespace(text, maxsplit, TextKind::Bytes, from_right);
    std::string_view sep = TRY(need_bytes(p[0]));
    return split_on(text, sep, maxsplit, TextKind::Bytes, from_right);
}

Result<Ref> bytes_split(CallArgs args) { return split_method(args, false); }
Result<Ref> bytes_rsplit(CallArgs args) { return split_method(args, true); }

Result<Ref> strip_impl(const Value* args, size_t nargs, bool left, bool right) {
    Value chars = opt_arg(args, nargs, 1);
    std::string_view text = self_view(args);
    std::string_view kept;
    if (!chars || chars.is(None())) {
        kept = strip_whitespace(text, TextKind::Bytes, left, right);
    } else {
        std::string_view set = TRY(need_bytes(chars));
        kept = strip_chars(text, set, TextKind::Bytes, left, right);
    }
    if (kept.size() == text.size() && args[0].type() == &bytes_type) return Ref::borrow(args[0]);
    return make_bytes(kept).ref();
}

Result<Ref> bytes_strip(const Value* args, size_t nargs) { return strip_impl(args, nargs, true, true); }
Result<Ref> bytes_lstrip(const Value* args, size_t nargs) { return strip_impl(args, nargs, true, false); }
Result<Ref> bytes_rstrip(const Value* args, size_t nargs) { return strip_impl(args, nargs, false, true); }

// The subsequence argument of find/count/index: bytes, or an int for one byte.
Result<std::string> subsequence_arg(Value v) {
    if (is_bytes(v)) return std::string(as_bytes(v)->view());
    if (!is_index_like(v)) {
        return raise_format(TypeError_type, "argument should be integer or bytes-like object, not '%s'",
                            std::string(type_name(v)).c_str());
    }
    uint8_t b = TRY(byte_value(v, "byte must be in range(0, 256)"));
    return std::string(1, static_cast<char>(b));
}

// The part of self a find/count call searches: data[start:end] after
// ADJUST_INDICES, where start and end are args[2] and args[3]. `fits` is
// false when a needle of `needle_len` bytes cannot occur in it.
struct Window {
    std::string_view data;
    int64_t offset;
    bool fits;
};

Result<Window> search_window(const Value* args, size_t nargs, size_t needle_len) {
    std::string_view data = self_view(args);
    int64_t start = TRY(slice_bound_arg(opt_arg(args, nargs, 2), 0));
    int64_t end = TRY(slice_bound_arg(opt_arg(args, nargs, 3), INT64_MAX));
    adjust_indices(&start, &end, static_cast<int64_t>(data.size()));
    if (end - start < static_cast<int64_t>(needle_len)) return Window{std::string_view(), start, false};
    return Window{data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)), start, true};
}

Result<int64_t> find_impl(const Value* args, size_t nargs, bool reverse) {
    std::string sub = TRY(subsequence_arg(args[1]));
    Window w = TRY(search_window(args, nargs, sub.size()));
    if (!w.fits) return -1;
    size_t pos = reverse ? bytes_rfind(w.data, sub) : bytes_find(w.data, sub);
    return pos == kNotFound ? -1 : w.offset + static_cast<int64_t>(pos);
}

Result<Ref> bytes_find_m(const Value* args, size_t nargs) { return make_int(TRY(find_impl(args, nargs, false))); }
Result<Ref> bytes_rfind_m(const Value* args, size_t nargs) { return make_int(TRY(find_impl(args, nargs, true))); }

Result<Ref> found_or_raise(int64_t pos) {
    if (pos < 0) return raise(ValueError_type, "subsection not found");
    return make_int(pos);
}
Result<Ref> bytes_index_m(const Value* args, size_t nargs) { return found_or_raise(TRY(find_impl(args, nargs, false))); }
Result<Ref> bytes_rindex_m(const Value* args, size_t nargs) { return found_or_raise(TRY(find_impl(args, nargs, true))); }

Result<Ref> bytes_count_m(const Value* args, size_t nargs) {
    std::string sub = TRY(subsequence_arg(args[1]));
    Window w = TRY(search_window(args, nargs, sub.size()));
    if (!w.fits) return make_int(0);
    if (sub.empty()) return make_int(static_cast<int64_t>(w.data.size()) + 1); // every boundary
    return make_int(bytes_count(w.data, sub, INT64_MAX));
}

Result<Ref> affix_match(const Value* args, size_t nargs, bool at_end) {
    const char* name = at_end ? "endswith" : "startswith";
    std::string_view data = self_view(args);
    int64_t start0 = TRY(slice_bound_arg(opt_arg(args, nargs, 2), 0));
    int64_t end0 = TRY(slice_bound_arg(opt_arg(args, nargs, 3), INT64_MAX));
    auto matches = [&](std::string_view affix) {
        int64_t start = start0, end = end0;
        adjust_indices(&start, &end, static_cast<int64_t>(data.size()));
        if (end - static_cast<int64_t>(affix.size()) < start) return false;
        std::string_view window = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        return at_end ? window.substr(window.size() - affix.size()) == affix : window.substr(0, affix.size()) == affix;
    };
    Value what = args[1];
    if (is_tuple(what)) {
        Tuple* options = what.as<Tuple>();
        for (int64_t i = 0; i < options->size; ++i) {
            std::string_view affix = TRY(need_bytes(options->items[i]));
            if (matches(affix)) return Ref::borrow(True());
        }
        return Ref::borrow(False());
    }
    if (!is_bytes(what)) {
        return raise_format(TypeError_type, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                            std::string(type_name(what)).c_str());
    }
    return Ref::borrow(bool_value(matches(as_bytes(what)->view())));
}

Result<Ref> bytes_startswith(const Value* args, size_t nargs) { return affix_match(args, nargs, false); }
Result<Ref> bytes_endswith(const Value* args, size_t nargs) { return affix_match(args, nargs, true); }

Result<Ref> bytes_replace(const Value* args, size_t nargs) {
    std::string_view from = TRY(need_bytes(args[1]));
    std::string_view to = TRY(need_bytes(args[2]));
    int64_t count = nargs > 3 ? TRY(ssize_arg(args[3])) : -1;
    return replace_text(self_view(args), from, to, count, TextKind::Bytes);
}

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
char to_upper(char c) { return ascii_lower(c) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return ascii_upper(c) ? static_cast<char>(c + 32) : c; }

// bytes case methods: ASCII letters only, as CPython's Py_TOUPPER & co.
enum class CaseOp { Upper, Lower, SwapCase, Title, Capitalize };

Result<Ref> ascii_case(const Value* args, CaseOp op) {
    std::string text(self_view(args));
    bool previous_is_cased = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char& c = text[i];
        bool cased = ascii_upper(c) || ascii_lower(c);
        switch (op) {
        case CaseOp::Upper: c = to_upper(c); break;
        case CaseOp::Lower: c = to_lower(c); break;
        case CaseOp::SwapCase: c = ascii_upper(c) ? to_lower(c) : to_upper(c); break;
        case CaseOp::Title: c = previous_is_cased ? to_lower(c) : to_upper(c); break;
        case CaseOp::Capitalize: c = i == 0 ? to_upper(c) : to_lower(c); break;
        }
        previous_is_cased = cased;
    }
    return make_bytes(text).ref();
}

Result<Ref> bytes_upper(const Value* args, size_t) { return ascii_case(args, CaseOp::Upper); }
Result<Ref> bytes_lower(const Value* args, size_t) { return ascii_case(args, CaseOp::Lower); }
Result<Ref> bytes_swapcase(const Value* args, size_t) { return ascii_case(args, CaseOp::SwapCase); }
Result<Ref> bytes_title(const Value* args, size_t) { return ascii_case(args, CaseOp::Title); }
Result<Ref> bytes_capitalize(const Value* args, size_t) { return ascii_case(args, CaseOp::Capitalize); }

// Non-empty and every byte satisfies `pred`.
template <bool (*pred)(char)>
Result<Ref> all_bytes(const Value* args, size_t) {
    std::string_view data = self_view(args);
    bool all = !data.empty();
    for (char c : data) all = all && pred(c);
    return Ref::borrow(bool_value(all));
}

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(char c) { return ascii_upper(c) || ascii_lower(c); }
bool ascii_alnum(char c) { return ascii_alpha(c) || ascii_digit(c); }
bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Result<Ref> bytes_isascii(const Value* args, size_t) { return Ref::borrow(bool_value(is_ascii(self_view(args)))); }

// isupper()/islower(): some letter, none of the other case.
Result<Ref> cased_check(const Value* args, bool (*want)(char), bool (*opposite)(char)) {
    bool cased = false;
    for (char c : self_view(args)) {
        if (opposite(c)) return Ref::borrow(False());
        cased = cased || want(c);
    }
    return Ref::borrow(bool_value(cased));
}
Result<Ref> bytes_isupper(const Value* args, size_t) { return cased_check(args, ascii_upper, ascii_lower); }
Result<Ref> bytes_islower(const Value* args, size_t) { return cased_check(args, ascii_lower, ascii_upper); }

Result<Ref> bytes_istitle(const Value* args, size_t) {
    bool cased = false, previous_is_cased = false;
    for (char c : self_view(args)) {
        if (ascii_upper(c)) {
            if (previous_is_cased) return Ref::borrow(False());
            previous_is_cased = cased = true;
        } else if (ascii_lower(c)) {
            if (!previous_is_cased) return Ref::borrow(False());
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return Ref::borrow(bool_value(cased));
}

Result<Ref> bytes_splitlines(CallArgs args) {
    Value p[1];
    TRY(parse_args(args, 1, {.fname = "splitlines", .names = {"keepends"}}, p));
    bool keepends = p[0] && TRY(c_int_arg(p[0])) != 0;
    return split_lines(args[0], as_bytes(args[0])->view(), keepends, TextKind::Bytes);
}

Result<Ref> partition_impl(const Value* args, bool from_right) {
    std::string_view sep = TRY(need_bytes(args[1]));
    return partition_text(args[0], self_view(args), sep, TextKind::Bytes, from_right);
}
Result<Ref> bytes_partition(const Value* args, size_t) { return partition_impl(args, false); }
Result<Ref> bytes_rpartition(const Value* args, size_t) { return partition_impl(args, true); }

Result<Ref> affix_impl(const Value* args, bool suffix) {
    std::string_view affix = TRY(need_bytes(args[1]));
    return same_or_new_text(args[0], remove_affix(self_view(args), affix, suffix), TextKind::Bytes);
}
Result<Ref> bytes_removeprefix(const Value* args, size_t) { return affix_impl(args, false); }
Result<Ref> bytes_removesuffix(const Value* args, size_t) { return affix_impl(args, true); }

Result<Ref> justify(const Value* args, size_t nargs, Justify how, const char* name) {
    int64_t width = TRY(ssize_arg(args[1]));
    std::string_view fill = " ";
    if (nargs > 2) {
        if (!is_bytes(args[2]) || as_bytes(args[2])->size != 1) {
            return raise_format(TypeError_type, "%s() argument 2 must be a byte string of length 1, not %s", name,
                                std::string(type_name(args[2])).c_str());
        }
        fill = as_bytes(args[2])->view();
    }
    std::string_view data = self_view(args);
    return justify_text(args[0], data, static_cast<int64_t>(data.size()), width, fill, how, TextKind::Bytes);
}
Result<Ref> bytes_ljust(const Value* args, size_t nargs) { return justify(args, nargs, Justify::Left, "ljust"); }
Result<Ref> bytes_rjust(const Value* args, size_t nargs) { return justify(args, nargs, Justify::Right, "rjust"); }
Result<Ref> bytes_center(const Value* args, size_t nargs) { return justify(args, nargs, Justify::Center, "center"); }

Result<Ref> bytes_zfill(const Value* args, size_t) {
    int64_t width = TRY(ssize_arg(args[1]));
    std::string_view data = self_view(args);
    return zfill_text(args[0], data, static_cast<int64_t>(data.size()), width, TextKind::Bytes);
}

// hex(sep=None, bytes_per_sep=1): groups of |bytes_per_sep| bytes counted
// from the right (positive) or the left (negative).
Result<Ref> bytes_hex(CallArgs args) {
    Value p[2];
    TRY(parse_args(args, 1, {.fname = "hex", .names = {"sep", "bytes_per_sep"}}, p));
    std::string_view data = as_bytes(args[0])->view();
    char sep = 0;
    if (p[0] && !p[0].is(None())) {
        std::string_view s;
        if (is_str(p[0])) s = as_str(p[0])->view();
        else if (is_bytes(p[0])) s = as_bytes(p[0])->view();
        else return raise_format(TypeError_type, "object of type '%s' has no len()", std::string(type_name(p[0])).c_str());
        if ((is_str(p[0]) ? as_str(p[0])->length : static_cast<int64_t>(s.size())) != 1)
            return raise(ValueError_type, "sep must be length 1.");
        if (static_cast<unsigned char>(s[0]) >= 0x80) return raise(ValueError_type, "sep must be ASCII.");
        sep = s[0];
    }
    int64_t group = p[1] ? TRY(c_int_arg(p[1])) : 1;
    static const char hex[] = "0123456789abcdef";
    TextWriter out;
    const int64_t n = static_cast<int64_t>(data.size());
    const int64_t width = group < 0 ? -group : group;
    for (int64_t i = 0; i < n; ++i) {
        if (sep && width > 0 && i > 0) {
            bool boundary = group > 0 ? (n - i) % width == 0 : i % width == 0;
            if (boundary) out.append(sep);
        }
        auto c = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
        out.append(hex[c >> 4]);
        out.append(hex[c & 0xF]);
    }
    return out.finish_str();
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// bytes.fromhex(string): hex pairs, ASCII whitespace allowed between pairs.
Result<Ref> bytes_fromhex(const Value* args, size_t) {
    TypeObject* cls = args[0].as<TypeObject>();
    if (!is_str(args[1])) {
        return raise_format(TypeError_type, "fromhex() argument must be str, not %s", std::string(type_name(args[1])).c_str());
    }
    // Every character before the first error is ASCII, so the error's byte
    // offset is also its code-point position.
    std::string_view text = as_str(args[1])->view();
    TextWriter out;
    size_t i = 0;
    while (i < text.size()) {
        if (ascii_space(text[i])) {
            ++i;
            continue;
        }
        int top = hex_digit(text[i]);
        int bottom = i + 1 < text.size() ? hex_digit(text[i + 1]) : -1;
        if (top < 0 || bottom < 0) {
            return raise_format(ValueError_type, "non-hexadecimal number found in fromhex() arg at position %zu",
                                top < 0 ? i : i + 1);
        }
        out.append(static_cast<char>(top << 4 | bottom));
        i += 2;
    }
    Ref result = TRY(out.finish_bytes());
    if (cls == &bytes_type) return result;
    return call(Value(cls), {result});
}

Result<Ref> bytes_getnewargs(const Value* args, size_t) {
    Ref copy = make_bytes(self_view(args)).ref();
    return std::move(tuple_pack({copy})).ref();
}

void bytes_dealloc(Object* self) { free_object(self); }

const MethodDef bytes_methods[] = {
    {.name = "__new__", .kwfn = bytes_py_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = bytes_repr, .min_args = 1, .max_args = 1},
    {.name = "__hash__", .fn = bytes_hash, .min_args = 1, .max_args = 1},
    {.name = "__eq__", .fn = bytes_richcompare<CompareOp::Eq>, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = bytes_richcompare<CompareOp::Ne>, .min_args = 2, .max_args = 2},
    {.name = "__lt__", .fn = bytes_richcompare<CompareOp::Lt>, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = bytes_richcompare<CompareOp::Le>, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = bytes_richcompare<CompareOp::Gt>, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = bytes_richcompare<CompareOp::Ge>, .min_args = 2, .max_args = 2},
    {.name = "__len__", .fn = bytes_len, .min_args = 1, .max_args = 1},
    {.name = "__getitem__", .fn = bytes_getitem, .min_args = 2, .max_args = 2},
    {.name = "__contains__", .fn = bytes_contains, .min_args = 2, .max_args = 2},
    {.name = "__iter__", .fn = bytes_iter, .min_args = 1, .max_args = 1},
    {.name = "__add__", .fn = bytes_add, .min_args = 2, .max_args = 2},
    {.name = "__mul__", .fn = bytes_mul, .min_args = 2, .max_args = 2},
    {.name = "__rmul__", .fn = bytes_mul, .min_args = 2, .max_args = 2},
    {.name = "__getnewargs__", .fn = bytes_getnewargs, .min_args = 1, .max_args = 1},
    {.name = "decode", .kwfn = bytes_decode},
    {.name = "join", .fn = bytes_join, .min_args = 2, .max_args = 2},
    {.name = "split", .kwfn = bytes_split},
    {.name = "rsplit", .kwfn = bytes_rsplit},
    {.name = "strip", .fn = bytes_strip, .min_args = 1, .max_args = 2},
    {.name = "lstrip", .fn = bytes_lstrip, .min_args = 1, .max_args = 2},
    {.name = "rstrip", .fn = bytes_rstrip, .min_args = 1, .max_args = 2},
    {.name = "find", .fn = bytes_find_m, .min_args = 2, .max_args = 4},
    {.name = "rfind", .fn = bytes_rfind_m, .min_args = 2, .max_args = 4},
    {.name = "index", .fn = bytes_index_m, .min_args = 2, .max_args = 4},
    {.name = "rindex", .fn = bytes_rindex_m, .min_args = 2, .max_args = 4},
    {.name = "count", .fn = bytes_count_m, .min_args = 2, .max_args = 4},
    {.name = "startswith", .fn = bytes_startswith, .min_args = 2, .max_args = 4},
    {.name = "endswith", .fn = bytes_endswith, .min_args = 2, .max_args = 4},
    {.name = "replace", .fn = bytes_replace, .min_args = 3, .max_args = 4},
    {.name = "upper", .fn = bytes_upper, .min_args = 1, .max_args = 1},
    {.name = "lower", .fn = bytes_lower, .min_args = 1, .max_args = 1},
    {.name = "swapcase", .fn = bytes_swapcase, .min_args = 1, .max_args = 1},
    {.name = "title", .fn = bytes_title, .min_args = 1, .max_args = 1},
    {.name = "capitalize", .fn = bytes_capitalize, .min_args = 1, .max_args = 1},
    {.name = "isdigit", .fn = all_bytes<ascii_digit>, .min_args = 1, .max_args = 1},
    {.name = "isalpha", .fn = all_bytes<ascii_alpha>, .min_args = 1, .max_args = 1},
    {.name = "isalnum", .fn = all_bytes<ascii_alnum>, .min_args = 1, .max_args = 1},
    {.name = "isspace", .fn = all_bytes<ascii_space>, .min_args = 1, .max_args = 1},
    {.name = "isascii", .fn = bytes_isascii, .min_args = 1, .max_args = 1},
    {.name = "isupper", .fn = bytes_isupper, .min_args = 1, .max_args = 1},
    {.name = "islower", .fn = bytes_islower, .min_args = 1, .max_args = 1},
    {.name = "istitle", .fn = bytes_istitle, .min_args = 1, .max_args = 1},
    {.name = "splitlines", .kwfn = bytes_splitlines},
    {.name = "partition", .fn = bytes_partition, .min_args = 2, .max_args = 2},
    {.name = "rpartition", .fn = bytes_rpartition, .min_args = 2, .max_args = 2},
    {.name = "removeprefix", .fn = bytes_removeprefix, .min_args = 2, .max_args = 2},
    {.name = "removesuffix", .fn = bytes_removesuffix, .min_args = 2, .max_args = 2},
    {.name = "ljust", .fn = bytes_ljust, .min_args = 2, .max_args = 3},
    {.name = "rjust", .fn = bytes_rjust, .min_args = 2, .max_args = 3},
    {.name = "center", .fn = bytes_center, .min_args = 2, .max_args = 3},
    {.name = "zfill", .fn = bytes_zfill, .min_args = 2, .max_args = 2},
    {.name = "hex", .kwfn = bytes_hex},
    {.name = "fromhex", .fn = bytes_fromhex, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {nullptr},
};

const MethodDef bytes_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = bytes_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

} // namespace

void init_bytes_type() {
    init_native_type(&bytes_type, {.name = "bytes",
                                   .basicsize = sizeof(Bytes),
                                   .itemsize = 1,
                                   .flags = kTypeBaseType,
                                   .dealloc = bytes_dealloc,
                                   .len = bytes_size,
                                   .methods = bytes_methods,
                                   .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes"});
    init_native_type(&bytes_iterator_type, {.name = "bytes_iterator",
                                            .basicsize = sizeof(BytesIterator),
                                            .flags = kTypeAbstractNew,
                                            .dealloc = bytes_iter_dealloc,
                                            .iternext = bytes_iter_next,
                                            .methods = bytes_iterator_methods});
}

} // namespace pyco

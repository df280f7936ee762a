// The text methods of str: searching, splitting, stripping, case mapping,
// character-class predicates, padding, translation and encoding. Each
// follows CPython 3.11's unicodeobject.c, messages included. Positions in
// the Python API count code points; the algorithms run on UTF-8 bytes and
// convert at the edges (identity for ASCII strings).
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/str_impl.h"

namespace pyco {

namespace {

Str* self_str(const Value* args) { return as_str(args[0]); }

// `fmt` has one %s for the offending type name.
Result<Str*> need_str(Value v, const char* fmt) {
    if (!is_str(v)) return raise_format(TypeError_type, fmt, std::string(type_name(v)).c_str());
    return as_str(v);
}

Ref same_or_new(Value self, std::string_view text) { return same_or_new_text(self, text, TextKind::Str); }

// ---------------------------------------------------------------- searching

// The start/end arguments at args[first], args[first + 1], adjusted to s.
Status search_window(const Value* args, size_t nargs, size_t first, Str* s, int64_t* start, int64_t* end) {
    *start = TRY(slice_bound_arg(opt_arg(args, nargs, first), 0));
    *end = TRY(slice_bound_arg(opt_arg(args, nargs, first + 1), INT64_MAX));
    adjust_indices(start, end, s->length);
    return ok_status();
}

// find/rfind core: code-point index of sub in s[start:end], or -1.
Result<int64_t> find_impl(const Value* args, size_t nargs, bool reverse) {
    Str* s = self_str(args);
    Str* sub = TRY(need_str(args[1], "must be str, not %s"));
    int64_t start, end;
    TRY(search_window(args, nargs, 2, s, &start, &end));
    if (end - start < sub->length) return -1;
    std::string_view window = str_substring(s, start, end);
    size_t pos = reverse ? bytes_rfind(window, sub->view()) : bytes_find(window, sub->view());
    if (pos == kNotFound) return -1;
    return start + (s->ascii ? static_cast<int64_t>(pos) : utf8_length(window.substr(0, pos)));
}

Result<Ref> str_find(const Value* args, size_t nargs) { return make_int(TRY(find_impl(args, nargs, false))); }
Result<Ref> str_rfind(const Value* args, size_t nargs) { return make_int(TRY(find_impl(args, nargs, true))); }

Result<Ref> index_or_raise(int64_t found) {
    if (found < 0) return raise(ValueError_type, "substring not found");
    return make_int(found);
}
Result<Ref> str_index(const Value* args, size_t nargs) { return index_or_raise(TRY(find_impl(args, nargs, false))); }
Result<Ref> str_rindex(const Value* args, size_t nargs) { return index_or_raise(TRY(find_impl(args, nargs, true))); }

Result<Ref> str_count(const Value* args, size_t nargs) {
    Str* s = self_str(args);
    Str* sub = TRY(need_str(args[1], "must be str, not %s"));
    int64_t start, end;
    TRY(search_window(args, nargs, 2, s, &start, &end));
    if (end - start < sub->length) return make_int(0);
    if (sub->length == 0) return make_int(end - start + 1); // every boundary
    return make_int(bytes_count(str_substring(s, start, end), sub->view(), INT64_MAX));
}

// startswith/endswith with one candidate (CPython's tailmatch).
bool tail_match(Str* s, Str* sub, int64_t start, int64_t end, bool at_end) {
    adjust_indices(&start, &end, s->length);
    if (end - sub->length < start) return false;
    if (sub->length == 0) return true;
    std::string_view window = str_substring(s, start, end);
    std::string_view needle = sub->view();
    if (window.size() < needle.size()) return false;
    return at_end ? window.substr(window.size() - needle.size()) == needle : window.substr(0, needle.size()) == needle;
}

Result<Ref> starts_or_ends_with(const Value* args, size_t nargs, bool at_end) {
    const char* name = at_end ? "endswith" : "startswith";
    Str* s = self_str(args);
    int64_t start = TRY(slice_bound_arg(opt_arg(args, nargs, 2), 0));
    int64_t end = TRY(slice_bound_arg(opt_arg(args, nargs, 3), INT64_MAX));
    Value what = args[1];
    if (is_tuple(what)) {
        Tuple* options = what.as<Tuple>();
        for (int64_t i = 0; i < options->size; ++i) {
            Value option = options->items[i];
            if (!is_str(option)) {
                return raise_format(TypeError_type, "tuple for %s must only contain str, not %s", name,
                                    std::string(type_name(option)).c_str());
            }
            if (tail_match(s, as_str(option), start, end, at_end)) return Ref::borrow(True());
        }
        return Ref::borrow(False());
    }
    if (!is_str(what)) {
        return raise_format(TypeError_type, "%s first arg must be str or a tuple of str, not %s", name,
                            std::string(type_name(what)).c_str());
    }
    return Ref::borrow(bool_value(tail_match(s, as_str(what), start, end, at_end)));
}

Result<Ref> str_startswith(const Value* args, size_t nargs) { return starts_or_ends_with(args, nargs, false); }
Result<Ref> str_endswith(const Value* args, size_t nargs) { return starts_or_ends_with(args, nargs, true); }

// ---------------------------------------------------------------- split, partition, join

Result<int64_t> maxsplit_arg(Value v) { return v ? TRY(ssize_arg(v)) : -1; }

// split/rsplit(sep=None, maxsplit=-1)
Result<Ref> split_method(CallArgs args, bool from_right) {
    const char* name = from_right ? "rsplit" : "split";
    Value p[2];
    TRY(parse_args(args, 1, {.fname = name, .names = {"sep", "maxsplit"}}, p));
    Str* self = as_str(args[0]);
    std::string_view text = self->view();
    int64_t maxsplit = TRY(maxsplit_arg(p[1]));
    if (!p[0] || p[0].is(None())) {
        if (self->ascii && !from_right) return split_ascii_whitespace(self, maxsplit);
        return split_whitespace(text, maxsplit, TextKind::Str, from_right);
    }
    Str* sep = TRY(need_str(p[0], "must be str or None, not %s"));
    return split_on(text, sep->view(), maxsplit, TextKind::Str, from_right);
}

Result<Ref> str_split(CallArgs args) { return split_method(args, false); }
Result<Ref> str_rsplit(CallArgs args) { return split_method(args, true); }

Result<Ref> str_splitlines(CallArgs args) {
    Value p[1];
    TRY(parse_args(args, 1, {.fname = "splitlines", .names = {"keepends"}}, p));
    bool keepends = p[0] && TRY(c_int_arg(p[0])) != 0;
    return split_lines(args[0], as_str(args[0])->view(), keepends, TextKind::Str);
}

Result<Ref> partition_impl(const Value* args, bool from_right) {
    Str* sep = TRY(need_str(args[1], "must be str, not %s"));
    return partition_text(args[0], self_str(args)->view(), sep->view(), TextKind::Str, from_right);
}

Result<Ref> str_partition(const Value* args, size_t) { return partition_impl(args, false); }
Result<Ref> str_rpartition(const Value* args, size_t) { return partition_impl(args, true); }

Result<Ref> str_join(const Value* args, size_t) {
    Str* sep = self_str(args);
    Ref seq = TRY(sequence_fast(args[1], "can only join an iterable"));
    int64_t n;
    Value* items = fast_items(seq, &n);
    if (n == 0) return Ref::borrow(empty_str());
    if (n == 1 && items[0].type() == &str_type) return Ref::borrow(items[0]);
    // Check every item and size the result before copying anything.
    size_t total = static_cast<size_t>(sep->size) * static_cast<size_t>(n - 1);
    int64_t length = sep->length * (n - 1);
    bool ascii = sep->ascii;
    for (int64_t i = 0; i < n; ++i) {
        if (!is_str(items[i])) {
            return raise_format(TypeError_type, "sequence item %lld: expected str instance, %s found",
                                static_cast<long long>(i), std::string(type_name(items[i])).c_str());
        }
        Str* item = as_str(items[i]);
        total += static_cast<size_t>(item->size);
        length += item->length;
        ascii = ascii && item->ascii;
    }
    Str* out = str_alloc_uninit(total);
    if (!out) return kError;
    char* w = out->data;
    for (int64_t i = 0; i < n; ++i) {
        if (i > 0) {
            std::memcpy(w, sep->data, static_cast<size_t>(sep->size));
            w += sep->size;
        }
        Str* item = as_str(items[i]);
        std::memcpy(w, item->data, static_cast<size_t>(item->size));
        w += item->size;
    }
    str_finish(out, length, ascii);
    return Ref::steal(out);
}

// ---------------------------------------------------------------- strip, replace, affixes

// strip/lstrip/rstrip(chars=None)
Result<Ref> strip_impl(const Value* args, size_t nargs, bool left, bool right) {
    Value chars = opt_arg(args, nargs, 1);
    std::string_view text = self_str(args)->view();
    std::string_view kept;
    if (!chars || chars.is(None())) {
        kept = strip_whitespace(text, TextKind::Str, left, right);
    } else {
        const char* name = left && right ? "strip" : left ? "lstrip" : "rstrip";
        if (!is_str(chars)) return raise_format(TypeError_type, "%s arg must be None or str", name);
        kept = strip_chars(text, as_str(chars)->view(), TextKind::Str, left, right);
    }
    return same_or_new(args[0], kept);
}

Result<Ref> str_strip(const Value* args, size_t nargs) { return strip_impl(args, nargs, true, true); }
Result<Ref> str_lstrip(const Value* args, size_t nargs) { return strip_impl(args, nargs, true, false); }
Result<Ref> str_rstrip(const Value* args, size_t nargs) { return strip_impl(args, nargs, false, true); }

Result<Ref> str_replace(const Value* args, size_t nargs) {
    Str* s = self_str(args);
    Str* from = TRY(need_str(args[1], "replace() argument 1 must be str, not %s"));
    Str* to = TRY(need_str(args[2], "replace() argument 2 must be str, not %s"));
    int64_t count = nargs > 3 ? TRY(ssize_arg(args[3])) : -1;
    if (count == 0 || (from->size > 0 && bytes_find(s->view(), from->view()) == kNotFound))
        return same_or_new(args[0], s->view());
    return replace_text(s->view(), from->view(), to->view(), count, TextKind::Str);
}

Result<Ref> remove_affix_impl(const Value* args, bool suffix) {
    Str* affix = TRY(need_str(args[1], suffix ? "removesuffix() argument must be str, not %s"
                                              : "removeprefix() argument must be str, not %s"));
    return same_or_new(args[0], remove_affix(self_str(args)->view(), affix->view(), suffix));
}

Result<Ref> str_removeprefix(const Value* args, size_t) { return remove_affix_impl(args, false); }
Result<Ref> str_removesuffix(const Value* args, size_t) { return remove_affix_impl(args, true); }

// ---------------------------------------------------------------- padding

// The fill character argument of center/ljust/rjust (UTF-8 of one code point).
Result<std::string_view> fill_char_arg(Value v) {
    if (!v) return std::string_view(" ");
    if (!is_str(v)) {
        return raise_format(TypeError_type, "The fill character must be a unicode character, not %s",
                            std::string(type_name(v)).c_str());
    }
    if (as_str(v)->length != 1) return raise(TypeError_type, "The fill character must be exactly one character long");
    return as_str(v)->view();
}

Result<Ref> justify(const Value* args, size_t nargs, Justify how) {
    int64_t width = TRY(ssize_arg(args[1]));
    std::string_view fill = TRY(fill_char_arg(opt_arg(args, nargs, 2)));
    Str* s = self_str(args);
    return justify_text(args[0], s->view(), s->length, width, fill, how, TextKind::Str);
}

Result<Ref> str_ljust(const Value* args, size_t nargs) { return justify(args, nargs, Justify::Left); }
Result<Ref> str_rjust(const Value* args, size_t nargs) { return justify(args, nargs, Justify::Right); }
Result<Ref> str_center(const Value* args, size_t nargs) { return justify(args, nargs, Justify::Center); }

Result<Ref> str_zfill(const Value* args, size_t) {
    int64_t width = TRY(ssize_arg(args[1]));
    Str* s = self_str(args);
    return zfill_text(args[0], s->view(), s->length, width, TextKind::Str);
}

Result<Ref> str_expandtabs(CallArgs args) {
    Value p[1];
    TRY(parse_args(args, 1, {.fname = "expandtabs", .names = {"tabsize"}}, p));
    int64_t tabsize = 8;
    if (p[0]) {
        tabsize = TRY(c_int_arg(p[0]));
    }
    Str* s = as_str(args[0]);
    TextWriter out;
    int64_t column = 0;
    for (const char* p = s->data; p < s->data + s->size;) {
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                out.append_repeated(' ', static_cast<size_t>(spaces));
                column += spaces;
            }
            continue;
        }
        out.append(std::string_view(start, static_cast<size_t>(p - start)));
        column = (cp == '\n' || cp == '\r') ? 0 : column + 1;
    }
    return out.finish_str();
}

// ---------------------------------------------------------------- case mapping

// CPython's final-sigma context: U+03A3 lowers to U+03C2 when a cased
// letter precedes it and none follows (case-ignorable characters skipped).
bool is_final_sigma(const std::vector<uint32_t>& cps, size_t i) {
    size_t j = i;
    while (j > 0 && unicode_iscaseignorable(cps[j - 1])) --j;
    if (j == 0 || !unicode_iscased(cps[j - 1])) return false;
    size_t k = i + 1;
    while (k < cps.size() && unicode_iscaseignorable(cps[k])) ++k;
    return k == cps.size() || !unicode_iscased(cps[k]);
}

void append_mapped(TextWriter& out, uint32_t cp, CaseMapping mapping) {
    uint32_t mapped[3];
    int n = unicode_case_map(cp, mapping, mapped);
    for (int i = 0; i < n; ++i) out.append_code_point(mapped[i]);
}

void append_lower(TextWriter& out, const std::vector<uint32_t>& cps, size_t i) {
    if (cps[i] == 0x3A3) return out.append_code_point(is_final_sigma(cps, i) ? 0x3C2 : 0x3C3);
    append_mapped(out, cps[i], CaseMapping::Lower);
}

enum class CaseOp { Lower, Upper, Fold, SwapCase, Title, Capitalize };

// lower()/upper() of ASCII text: a byte map, the common case.
Result<Ref> ascii_case(Str* s, bool upper) {
    Str* out = str_alloc_uninit(static_cast<size_t>(s->size));
    if (!out) return kError;
    // Branch-free, so the compiler vectorizes it: the letters of the other
    // case differ from ours by bit 5.
    const unsigned char first = upper ? 'a' : 'A';
    const auto* from = reinterpret_cast<const unsigned char*>(s->data);
    auto* to = reinterpret_cast<unsigned char*>(out->data);
    for (int64_t i = 0; i < s->size; ++i) {
        unsigned char c = from[i];
        to[i] = static_cast<unsigned char>(c ^ (static_cast<unsigned char>(c - first) < 26 ? 0x20 : 0));
    }
    str_finish(out, s->length, true);
    return Ref::steal(out);
}

Result<Ref> convert_case(const Value* args, CaseOp op) {
    Str* s = self_str(args);
    if (s->ascii && (op == CaseOp::Lower || op == CaseOp::Fold)) return ascii_case(s, false);
    if (s->ascii && op == CaseOp::Upper) return ascii_case(s, true);
    std::vector<uint32_t> cps;
    cps.reserve(static_cast<size_t>(s->length));
    for (const char* p = s->data; p < s->data + s->size;) cps.push_back(utf8_decode(p));
    TextWriter out;
    out.reserve(static_cast<size_t>(s->size));
    bool previous_is_cased = false;
    for (size_t i = 0; i < cps.size(); ++i) {
        uint32_t c = cps[i];
        switch (op) {
        case CaseOp::Lower: append_lower(out, cps, i); break;
        case CaseOp::Upper: append_mapped(out, c, CaseMapping::Upper); break;
        case CaseOp::Fold: append_mapped(out, c, CaseMapping::Fold); break;
        case CaseOp::SwapCase:
            if (unicode_isupper(c)) append_lower(out, cps, i);
            else if (unicode_islower(c)) append_mapped(out, c, CaseMapping::Upper);
            else out.append_code_point(c);
            break;
        case CaseOp::Title:
            if (previous_is_cased) append_lower(out, cps, i);
            else append_mapped(out, c, CaseMapping::Title);
            previous_is_cased = unicode_iscased(c);
            break;
        case CaseOp::Capitalize:
            if (i == 0) append_mapped(out, c, CaseMapping::Title);
            else append_lower(out, cps, i);
            break;
        }
    }
    return out.finish_str();
}

Result<Ref> str_lower(const Value* args, size_t) { return convert_case(args, CaseOp::Lower); }
Result<Ref> str_upper(const Value* args, size_t) { return convert_case(args, CaseOp::Upper); }
Result<Ref> str_casefold(const Value* args, size_t) { return convert_case(args, CaseOp::Fold); }
Result<Ref> str_swapcase(const Value* args, size_t) { return convert_case(args, CaseOp::SwapCase); }
Result<Ref> str_title(const Value* args, size_t) { return convert_case(args, CaseOp::Title); }
Result<Ref> str_capitalize(const Value* args, size_t) { return convert_case(args, CaseOp::Capitalize); }

// ---------------------------------------------------------------- predicates

// True if s is non-empty and every code point satisfies `pred`.
template <bool (*pred)(uint32_t)>
Result<Ref> all_chars(const Value* args, size_t) {
    Str* s = self_str(args);
    if (s->size == 0) return Ref::borrow(False());
    for (const char* p = s->data; p < s->data + s->size;)
        if (!pred(utf8_decode(p))) return Ref::borrow(False());
    return Ref::borrow(True());
}

Result<Ref> str_isprintable(const Value* args, size_t) {
    Str* s = self_str(args);
    for (const char* p = s->data; p < s->data + s->size;)
        if (!unicode_isprintable(utf8_decode(p))) return Ref::borrow(False());
    return Ref::borrow(True()); // vacuously true for ''
}

Result<Ref> str_isascii(const Value* args, size_t) { return Ref::borrow(bool_value(self_str(args)->ascii)); }

Result<Ref> str_isidentifier(const Value* args, size_t) {
    Str* s = self_str(args);
    if (s->size == 0) return Ref::borrow(False());
    const char* p = s->data;
    if (!unicode_is_xid_start(utf8_decode(p))) return Ref::borrow(False());
    while (p < s->data + s->size)
        if (!unicode_is_xid_continue(utf8_decode(p))) return Ref::borrow(False());
    return Ref::borrow(True());
}

// isupper()/islower(): some cased character and none of the opposite case
// (nor titlecase). CPython answers one-character strings from the flag alone.
Result<Ref> cased_check(const Value* args, bool (*want)(uint32_t), bool (*opposite)(uint32_t)) {
    Str* s = self_str(args);
    if (s->length == 1) {
        const char* p = s->data;
        return Ref::borrow(bool_value(want(utf8_decode(p))));
    }
    bool cased = false;
    for (const char* p = s->data; p < s->data + s->size;) {
        uint32_t c = utf8_decode(p);
        if (opposite(c) || unicode_istitle(c)) return Ref::borrow(False());
        cased = cased || want(c);
    }
    return Ref::borrow(bool_value(cased));
}

Result<Ref> str_isupper(const Value* args, size_t) { return cased_check(args, unicode_isupper, unicode_islower); }
Result<Ref> str_islower(const Value* args, size_t) { return cased_check(args, unicode_islower, unicode_isupper); }

// Uppercase/titlecase only after uncased characters, lowercase only after cased ones.
Result<Ref> str_istitle(const Value* args, size_t) {
    Str* s = self_str(args);
    bool cased = false, previous_is_cased = false;
    for (const char* p = s->data; p < s->data + s->size;) {
        uint32_t c = utf8_decode(p);
        if (unicode_isupper(c) || unicode_istitle(c)) {
            if (previous_is_cased) return Ref::borrow(False());
            previous_is_cased = cased = true;
        } else if (unicode_islower(c)) {
            if (!previous_is_cased) return Ref::borrow(False());
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return Ref::borrow(bool_value(cased));
}

// ---------------------------------------------------------------- translate

// str.maketrans(x[, y[, z]])
Result<Ref> str_maketrans(const Value* args, size_t nargs) {
    Handle<Dict> table = dict_new();
    if (nargs == 1) {
        if (!is_dict(args[0])) return raise(TypeError_type, "if you give only one argument to maketrans it must be a dict");
        Value key, value;
        for (int64_t pos = 0; dict_next(args[0].as<Dict>(), &pos, &key, &value);) {
            Ref code;
            if (is_str(key)) {
                Str* k = as_str(key);
                if (k->length != 1) return raise(ValueError_type, "string keys in translate table must be of length 1");
                const char* p = k->data;
                code = make_int(utf8_decode(p));
            } else if (is_int(key)) {
                code = Ref::borrow(key);
            } else {
                return raise(TypeError_type, "keys in translate table must be strings or integers");
            }
            TRY(dict_set(table.get(), code, value));
        }
        return std::move(table).ref();
    }
    if (!is_str(args[0])) return raise(TypeError_type, "first maketrans argument must be a string if there is a second argument");
    Str* x = as_str(args[0]);
    Str* y = TRY(need_str(args[1], "maketrans() argument 2 must be str, not %s"));
    if (x->length != y->length) return raise(ValueError_type, "the first two maketrans arguments must have equal length");
    for (const char *p = x->data, *q = y->data; p < x->data + x->size;) {
        Ref from = make_int(utf8_decode(p));
        Ref to = make_int(utf8_decode(q));
        TRY(dict_set(table.get(), from, to));
    }
    if (nargs > 2) {
        Str* z = TRY(need_str(args[2], "maketrans() argument 3 must be str, not %s"));
        for (const char* p = z->data; p < z->data + z->size;) {
            Ref gone = make_int(utf8_decode(p));
            TRY(dict_set(table.get(), gone, None()));
        }
    }
    return std::move(table).ref();
}

// One code point through the table: appended mapping, or kept when the
// table raises LookupError for it.
Status translate_one(TextWriter& out, Value table, uint32_t cp, const char* raw, size_t raw_len) {
    Ref key = make_int(cp);
    Result<Ref> mapped = getitem(table, key);
    if (mapped.failed()) {
        if (!error_matches(LookupError_type)) return kError;
        error_clear();
        out.append(std::string_view(raw, raw_len));
        return ok_status();
    }
    Value m = mapped.value();
    if (m.is(None())) return ok_status();
    if (is_str(m)) {
        out.append(as_str(m)->view());
        return ok_status();
    }
    if (!is_int(m)) return raise(TypeError_type, "character mapping must return integer, None or str");
    int64_t code;
    if (!int_to_int64(m, &code) || code < 0 || code > kMaxCodePoint)
        return raise(ValueError_type, "character mapping must be in range(0x110000)");
    if (is_surrogate(static_cast<uint32_t>(code)))
        return raise(ValueError_type, "character mapping to a surrogate is not supported"); // no lone surrogates in UTF-8
    out.append_code_point(static_cast<uint32_t>(code));
    return ok_status();
}

Result<Ref> str_translate(const Value* args, size_t) {
    Str* s = self_str(args);
    TextWriter out;
    for (const char* p = s->data; p < s->data + s->size;) {
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        TRY(translate_one(out, args[1], cp, start, static_cast<size_t>(p - start)));
    }
    return out.finish_str();
}

// ---------------------------------------------------------------- encode

Result<Ref> str_encode(CallArgs args) {
    Value p[2];
    TRY(parse_args(args, 1, {.fname = "encode", .names = {"encoding", "errors"}}, p));
    std::string_view encoding = TRY(text_arg(p[0], "encode", "encoding", "utf-8"));
    std::string_view errors = TRY(text_arg(p[1], "encode", "errors", "strict"));
    Codec codec = TRY(lookup_codec(encoding));
    return encode_str(as_str(args[0]), codec, errors);
}

} // namespace

const MethodDef str_text_methods[] = {
    {.name = "find", .fn = str_find, .min_args = 2, .max_args = 4},
    {.name = "rfind", .fn = str_rfind, .min_args = 2, .max_args = 4},
    {.name = "index", .fn = str_index, .min_args = 2, .max_args = 4},
    {.name = "rindex", .fn = str_rindex, .min_args = 2, .max_args = 4},
    {.name = "count", .fn = str_count, .min_args = 2, .max_args = 4},
    {.name = "startswith", .fn = str_startswith, .min_args = 2, .max_args = 4},
    {.name = "endswith", .fn = str_endswith, .min_args = 2, .max_args = 4},
    {.name = "split", .kwfn = str_split},
    {.name = "rsplit", .kwfn = str_rsplit},
    {.name = "splitlines", .kwfn = str_splitlines},
    {.name = "partition", .fn = str_partition, .min_args = 2, .max_args = 2},
    {.name = "rpartition", .fn = str_rpartition, .min_args = 2, .max_args = 2},
    {.name = "join", .fn = str_join, .min_args = 2, .max_args = 2},
    {.name = "strip", .fn = str_strip, .min_args = 1, .max_args = 2},
    {.name = "lstrip", .fn = str_lstrip, .min_args = 1, .max_args = 2},
    {.name = "rstrip", .fn = str_rstrip, .min_args = 1, .max_args = 2},
    {.name = "replace", .fn = str_replace, .min_args = 3, .max_args = 4},
    {.name = "removeprefix", .fn = str_removeprefix, .min_args = 2, .max_args = 2},
    {.name = "removesuffix", .fn = str_removesuffix, .min_args = 2, .max_args = 2},
    {.name = "ljust", .fn = str_ljust, .min_args = 2, .max_args = 3},
    {.name = "rjust", .fn = str_rjust, .min_args = 2, .max_args = 3},
    {.name = "center", .fn = str_center, .min_args = 2, .max_args = 3},
    {.name = "zfill", .fn = str_zfill, .min_args = 2, .max_args = 2},
    {.name = "expandtabs", .kwfn = str_expandtabs},
    {.name = "lower", .fn = str_lower, .min_args = 1, .max_args = 1},
    {.name = "upper", .fn = str_upper, .min_args = 1, .max_args = 1},
    {.name = "casefold", .fn = str_casefold, .min_args = 1, .max_args = 1},
    {.name = "swapcase", .fn = str_swapcase, .min_args = 1, .max_args = 1},
    {.name = "title", .fn = str_title, .min_args = 1, .max_args = 1},
    {.name = "capitalize", .fn = str_capitalize, .min_args = 1, .max_args = 1},
    {.name = "isalpha", .fn = all_chars<unicode_isalpha>, .min_args = 1, .max_args = 1},
    {.name = "isalnum", .fn = all_chars<unicode_isalnum>, .min_args = 1, .max_args = 1},
    {.name = "isdecimal", .fn = all_chars<unicode_isdecimal>, .min_args = 1, .max_args = 1},
    {.name = "isdigit", .fn = all_chars<unicode_isdigit>, .min_args = 1, .max_args = 1},
    {.name = "isnumeric", .fn = all_chars<unicode_isnumeric>, .min_args = 1, .max_args = 1},
    {.name = "isspace", .fn = all_chars<unicode_isspace>, .min_args = 1, .max_args = 1},
    {.name = "isprintable", .fn = str_isprintable, .min_args = 1, .max_args = 1},
    {.name = "isascii", .fn = str_isascii, .min_args = 1, .max_args = 1},
    {.name = "isidentifier", .fn = str_isidentifier, .min_args = 1, .max_args = 1},
    {.name = "isupper", .fn = str_isupper, .min_args = 1, .max_args = 1},
    {.name = "islower", .fn = str_islower, .min_args = 1, .max_args = 1},
    {.name = "istitle", .fn = str_istitle, .min_args = 1, .max_args = 1},
    {.name = "maketrans", .fn = str_maketrans, .min_args = 1, .max_args = 3, .kind = MethodKind::Static},
    {.name = "translate", .fn = str_translate, .min_args = 2, .max_args = 2},
    {.name = "encode", .kwfn = str_encode},
    {nullptr},
};

} // namespace pyco

// `str`: immutable UTF-8 text with a cached code-point length.
//
// This file holds the object itself: allocation (with cached empty and
// one-character ASCII strings), the intern table, hashing, equality,
// concatenation, repr, the sequence and comparison dunders, str() itself
// and the iterator. The text methods live in str_methods.cpp, formatting
// (%, str.format, __format__) in str_format.cpp.
//
// Indexing is O(1) for ASCII text (code point == byte) and walks the UTF-8
// otherwise; CPython's fixed-width representations would avoid the walk at
// the cost of converting at every boundary with the rest of pyco.
#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <cstring>
#include <new>
#include <unordered_map>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/str_impl.h"

namespace pyco {

TypeObject str_type, str_iterator_type;

namespace {

// CPython 3.11 names the iterator of an ASCII str differently; same code.
TypeObject str_ascii_iterator_type;

// ---------------------------------------------------------------- allocation

// A str of `type` with room for `nbytes` bytes plus the NUL, hash unknown.
// Exact strs may be created before init_str_type() (type names are strs),
// so their size does not depend on str_type.basicsize being set yet.
Str* alloc_str(TypeObject* type, size_t nbytes, bool checked) {
    Object* obj;
    if (type == &str_type) {
        size_t size = sizeof(Str) + nbytes; // sizeof(Str) counts data[1]: the NUL
        obj = checked ? alloc_checked(type, size) : alloc_object(type, size);
    } else {
        obj = alloc_var_object(type, nbytes, 1);
    }
    if (!obj) return nullptr;
    auto* s = static_cast<Str*>(obj);
    s->size = static_cast<int64_t>(nbytes);
    s->hash = -1;
    s->data[nbytes] = '\0';
    return s;
}

Str* new_exact(std::string_view utf8, int64_t length, bool ascii) {
    Str* s = alloc_str(&str_type, utf8.size(), false);
    std::memcpy(s->data, utf8.data(), utf8.size());
    str_finish(s, length, ascii);
    return s;
}

// ---------------------------------------------------------------- interning

// Interned strs are keyed by their own text, which lives as long as they do:
// the table keeps a reference to each, so they are immortal. The table
// itself is never destroyed (constructed in static storage, no destructor
// run at exit), so the strs stay reachable until the process ends, as
// immortal objects should, and nothing is freed while exit handlers run.
using InternTable = std::unordered_map<std::string_view, Str*>;
InternTable& intern_table() {
    alignas(InternTable) static unsigned char storage[sizeof(InternTable)];
    static InternTable* table = new (storage) InternTable();
    return *table;
}

Str* add_interned(Str* s) {
    incref(s);
    s->interned = true;
    intern_table().emplace(s->view(), s);
    return s;
}

Str* ascii_char(unsigned char c) {
    static Str* chars[128];
    if (!chars[c]) {
        char text = static_cast<char>(c);
        Handle<Str> s = Handle<Str>::steal(new_exact(std::string_view(&text, 1), 1, true));
        chars[c] = add_interned(s.get());
    }
    return chars[c];
}

} // namespace

Str* empty_str() {
    static Str* empty = nullptr;
    if (!empty) {
        Handle<Str> s = Handle<Str>::steal(new_exact("", 0, true));
        empty = add_interned(s.get());
    }
    return empty;
}

Str* str_alloc_uninit(size_t nbytes) { return alloc_str(&str_type, nbytes, true); }

void str_finish(Str* s, int64_t length, bool ascii) {
    s->length = length;
    s->ascii = ascii;
}

Handle<Str> make_str_known(std::string_view utf8, int64_t length, bool ascii) {
    if (utf8.empty()) return Handle<Str>::borrow(empty_str());
    if (utf8.size() == 1 && ascii) return Handle<Str>::borrow(ascii_char(static_cast<unsigned char>(utf8[0])));
    return Handle<Str>::steal(new_exact(utf8, length, ascii));
}

Handle<Str> make_str(std::string_view utf8) {
    assert(utf8_valid(utf8));
    bool ascii = is_ascii(utf8);
    return make_str_known(utf8, ascii ? static_cast<int64_t>(utf8.size()) : utf8_length(utf8), ascii);
}

Result<Ref> make_str_of_type(TypeObject* type, std::string_view utf8) {
    if (type == &str_type) return make_str(utf8).ref();
    Str* s = alloc_str(type, utf8.size(), true);
    if (!s) return kError;
    std::memcpy(s->data, utf8.data(), utf8.size());
    bool ascii = is_ascii(utf8);
    str_finish(s, ascii ? static_cast<int64_t>(utf8.size()) : utf8_length(utf8), ascii);
    return Ref::steal(s);
}

Ref str_from_code_point(uint32_t cp) {
    if (cp < 0x80) return Ref::borrow(ascii_char(static_cast<unsigned char>(cp)));
    char buf[4];
    int n = utf8_encode(cp, buf);
    return make_str_known(std::string_view(buf, static_cast<size_t>(n)), 1, false).ref();
}

Str* intern(std::string_view utf8) {
    auto& table = intern_table();
    if (auto it = table.find(utf8); it != table.end()) return it->second;
    Handle<Str> s = make_str(utf8);
    if (s->interned) return s.get(); // a cached singleton: interned at creation
    return add_interned(s.get());
}

Str* intern_str(Str* s) {
    if (s->interned) return s;
    auto& table = intern_table();
    if (auto it = table.find(s->view()); it != table.end()) return it->second;
    // Only an exact str can stand for its text; a subclass instance gets an
    // exact twin.
    if (s->type != &str_type) return intern(s->view());
    return add_interned(s);
}

// ---------------------------------------------------------------- identity

bool is_str(Value v) { return v.is_object() && (v.type() == &str_type || is_subtype(v.type(), &str_type)); }

hash_t str_hash_compute(Str* s) {
    s->hash = hash_text(s->view(), s->ascii);
    return s->hash;
}

bool str_equal(Str* a, Str* b) {
    if (a == b) return true;
    if (a->size != b->size) return false;
    if (a->interned && b->interned) return false; // one interned object per text
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return std::memcmp(a->data, b->data, static_cast<size_t>(a->size)) == 0;
}

namespace {

// a + b, null with MemoryError set when `checked` and the result is too big.
Str* concat(Str* a, Str* b, bool checked) {
    if (b->size == 0 && a->type == &str_type) return Handle<Str>::borrow(a).release();
    if (a->size == 0 && b->type == &str_type) return Handle<Str>::borrow(b).release();
    size_t n = static_cast<size_t>(a->size) + static_cast<size_t>(b->size);
    Str* s = alloc_str(&str_type, n, checked);
    if (!s) return nullptr;
    std::memcpy(s->data, a->data, static_cast<size_t>(a->size));
    std::memcpy(s->data + a->size, b->data, static_cast<size_t>(b->size));
    str_finish(s, a->length + b->length, a->ascii && b->ascii);
    return s;
}

} // namespace

Handle<Str> str_concat(Str* a, Str* b) { return Handle<Str>::steal(concat(a, b, false)); }

// Growing in place is only safe for an exact, uniquely referenced,
// non-interned str: nobody else can observe the change. Exact strs are not
// GC types, so (gc.h) the object is the whole block the allocator obtained
// from the C heap, and realloc may grow it.
Status str_append(Ref* left, Str* right) {
    Str* a = left->as<Str>();
    if (right->size == 0 && a->type == &str_type) return ok_status();
    if (a->type != &str_type || a->refcount != 1 || a->interned || a->size == 0 || a == right) {
        Str* joined = concat(a, right, true);
        if (!joined) return kError;
        *left = Ref::steal(joined);
        return ok_status();
    }
    size_t old_size = static_cast<size_t>(a->size);
    size_t add = static_cast<size_t>(right->size);
    if (add > (size_t(1) << 40)) return raise_no_memory();
    str_forget_offsets(a);
    auto* grown = static_cast<Str*>(std::realloc(a, sizeof(Str) + old_size + add));
    if (!grown) return raise_no_memory(); // *left is untouched
    (void)left->release();                // the block moved: adopt the new address
    std::memcpy(grown->data + old_size, right->data, add);
    grown->size = static_cast<int64_t>(old_size + add);
    grown->data[grown->size] = '\0';
    grown->hash = -1;
    str_finish(grown, grown->length + right->length, grown->ascii && right->ascii);
    *left = Ref::steal(grown);
    return ok_status();
}

// ---------------------------------------------------------------- repr

namespace {

void append_hex_escape(std::string& out, char kind, uint32_t cp, int digits) {
    static const char hex[] = "0123456789abcdef";
    out += '\\';
    out += kind;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 0xF];
}

} // namespace

// CPython's unicode_repr: single quotes unless the text has ' and no ";
// backslash escapes for the quote, \\, \t, \n, \r, other control characters
// and non-printable code points (\xhh, \uhhhh or \Uhhhhhhhh by magnitude).
std::string str_repr_text(std::string_view utf8) {
    bool has_single = utf8.find('\'') != std::string_view::npos;
    bool has_double = utf8.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(utf8.size() + 2);
    out += quote;
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) {
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            append_hex_escape(out, 'x', cp, 2);
        } else if (cp < 0x7F || unicode_isprintable(cp)) {
            out.append(start, static_cast<size_t>(p - start));
        } else if (cp <= 0xFF) {
            append_hex_escape(out, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            append_hex_escape(out, 'u', cp, 4);
        } else {
            append_hex_escape(out, 'U', cp, 8);
        }
    }
    out += quote;
    return out;
}

// ---------------------------------------------------------------- dunders

namespace {

Str* self_str(const Value* args) { return as_str(args[0]); }

Result<Ref> new_ref(Handle<Str> s) { return std::move(s).ref(); }

// str(object='', encoding='utf-8', errors='strict')
Result<Ref> str_py_new(CallArgs args) {
    if (args.nargs == 0) return raise(TypeError_type, "str.__new__(): not enough arguments");
    TypeObject* cls = TRY(new_target(args[0], &str_type));
    Value p[3];
    TRY(parse_args(args, 1, {.fname = "str", .names = {"object", "encoding", "errors"}}, p));
    Ref text;
    if (!p[1] && !p[2]) {
        text = p[0] ? TRY(str(p[0])) : Ref::borrow(empty_str());
    } else {
        text = TRY(decode_object(p[0], p[1], p[2], "str"));
    }
    if (cls == &str_type) return text;
    return make_str_of_type(cls, as_str(text)->view());
}

Result<Ref> str_repr(const Value* args, size_t) { return new_ref(make_str(str_repr_text(self_str(args)->view()))); }

Result<Ref> str_str(const Value* args, size_t) {
    if (args[0].type() == &str_type) return Ref::borrow(args[0]);
    return new_ref(make_str(self_str(args)->view()));
}

Result<Ref> str_py_hash(const Value* args, size_t) { return make_int(str_hash(self_str(args))); }

Result<Ref> str_len(const Value* args, size_t) { return make_int(self_str(args)->length); }

// Code-point order is UTF-8 byte order, so memcmp decides.
int compare_text(Str* a, Str* b) {
    size_t n = static_cast<size_t>(std::min(a->size, b->size));
    int c = std::memcmp(a->data, b->data, n);
    if (c != 0) return c;
    return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

template <CompareOp op>
Result<Ref> str_richcompare(const Value* args, size_t) {
    if (!is_str(args[1])) return Ref::borrow(NotImplemented());
    Str* a = self_str(args);
    Str* b = as_str(args[1]);
    switch (op) {
    case CompareOp::Eq: return Ref::borrow(bool_value(str_equal(a, b)));
    case CompareOp::Ne: return Ref::borrow(bool_value(!str_equal(a, b)));
    case CompareOp::Lt: return Ref::borrow(bool_value(compare_text(a, b) < 0));
    case CompareOp::Le: return Ref::borrow(bool_value(compare_text(a, b) <= 0));
    case CompareOp::Gt: return Ref::borrow(bool_value(compare_text(a, b) > 0));
    case CompareOp::Ge: return Ref::borrow(bool_value(compare_text(a, b) >= 0));
    }
    return Ref::borrow(NotImplemented());
}

Ref char_at(Str* s, int64_t index) {
    if (s->ascii) return Ref::borrow(ascii_char(static_cast<unsigned char>(s->data[index])));
    const char* p = s->data + str_offset(s, index);
    return str_from_code_point(utf8_decode(p));
}

Result<Ref> str_slice(Value self, Slice* slice) {
    Str* s = as_str(self);
    int64_t start, stop, step, n;
    TRY(slice_indices(slice, s->length, &start, &stop, &step, &n));
    if (n <= 0) return Ref::borrow(empty_str());
    if (step == 1) {
        if (n == s->length && self.type() == &str_type) return Ref::borrow(self);
        if (s->ascii) return new_ref(make_str_known(s->view().substr(static_cast<size_t>(start), static_cast<size_t>(n)), n, true));
        return new_ref(make_str(str_substring(s, start, stop)));
    }
    TextWriter out;
    if (s->ascii) {
        out.reserve(static_cast<size_t>(n));
        for (int64_t i = 0, k = start; i < n; ++i, k += step) out.append(s->data[k]);
        return out.finish_str();
    }
    // Offsets of every code point once, then pick: O(len) instead of a walk per item.
    std::vector<uint32_t> cps;
    cps.reserve(static_cast<size_t>(s->length));
    for (const char* p = s->data; p < s->data + s->size;) cps.push_back(utf8_decode(p));
    for (int64_t i = 0, k = start; i < n; ++i, k += step) out.append_code_point(cps[static_cast<size_t>(k)]);
    return out.finish_str();
}

Result<Ref> str_getitem(const Value* args, size_t) {
    Value key = args[1];
    if (isinstance(key, &slice_type)) return str_slice(args[0], key.as<Slice>());
    if (!is_index_like(key)) {
        return raise_format(TypeError_type, "string indices must be integers, not '%s'", std::string(type_name(key)).c_str());
    }
    Str* s = self_str(args);
    int64_t i = TRY(index_value(key, &IndexError_type));
    if (!wrap_index(&i, s->length)) return raise(IndexError_type, "string index out of range");
    return char_at(s, i);
}

Result<Ref> str_contains(const Value* args, size_t) {
    if (!is_str(args[1])) {
        return raise_format(TypeError_type, "'in <string>' requires string as left operand, not %s",
                            std::string(type_name(args[1])).c_str());
    }
    return Ref::borrow(bool_value(bytes_find(self_str(args)->view(), as_str(args[1])->view()) != kNotFound));
}

Result<Ref> str_add(const Value* args, size_t) {
    if (!is_str(args[1])) {
        return reject_operand(args[1], Special::radd,
                              "can only concatenate str (not \"" + std::string(type_name(args[1])) + "\") to str");
    }
    Str* s = concat(self_str(args), as_str(args[1]), true);
    if (!s) return kError;
    return Ref::steal(s);
}

Result<Ref> str_repeat(Value self, Value n) {
    int64_t count;
    if (!TRY(repeat_count(n, &count))) {
        return reject_operand(n, Special::rmul,
                              "can't multiply sequence by non-int of type '" + std::string(type_name(n)) + "'");
    }
    Str* s = as_str(self);
    if (count == 0 || s->size == 0) return Ref::borrow(empty_str());
    if (count == 1 && self.type() == &str_type) return Ref::borrow(self);
    if (count > INT64_MAX / s->size) return raise(OverflowError_type, "repeated string is too long");
    size_t unit = static_cast<size_t>(s->size);
    size_t total = unit * static_cast<size_t>(count);
    Str* r = str_alloc_uninit(total);
    if (!r) return kError;
    // Copy doubling chunks: log(count) memcpy calls.
    std::memcpy(r->data, s->data, unit);
    for (size_t done = unit; done < total;) {
        size_t chunk = std::min(done, total - done);
        std::memcpy(r->data + done, r->data, chunk);
        done += chunk;
    }
    str_finish(r, s->length * count, s->ascii);
    return Ref::steal(r);
}

Result<Ref> str_mul(const Value* args, size_t) { return str_repeat(args[0], args[1]); }

Result<Ref> str_getnewargs(const Value* args, size_t) {
    Ref copy = new_ref(make_str(self_str(args)->view())).take();
    return std::move(tuple_pack({copy})).ref();
}

// ---------------------------------------------------------------- iterator

struct StrIterator : Object {
    Ref str;       // null once exhausted
    size_t offset; // byte offset of the next code point
    int64_t index; // its code-point index (for __length_hint__)
};

void str_iter_dealloc(Object* self) {
    static_cast<StrIterator*>(self)->str.reset();
    free_object(self);
}

Result<Ref> str_iter(const Value* args, size_t) {
    Str* s = self_str(args);
    auto* it = static_cast<StrIterator*>(
        alloc_object(s->ascii ? &str_ascii_iterator_type : &str_iterator_type, sizeof(StrIterator)));
    it->str = Ref::borrow(args[0]);
    it->offset = 0;
    it->index = 0;
    return Ref::steal(it);
}

Result<Ref> str_iter_next(Value self) {
    auto* it = self.as<StrIterator>();
    if (!it->str) return Ref();
    Str* s = it->str.as<Str>();
    if (it->offset >= static_cast<size_t>(s->size)) {
        it->str.reset();
        return Ref();
    }
    const char* p = s->data + it->offset;
    uint32_t cp = utf8_decode(p);
    it->offset = static_cast<size_t>(p - s->data);
    ++it->index;
    return str_from_code_point(cp);
}

Result<Ref> str_iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<StrIterator>();
    if (!it->str) return make_int(0);
    return make_int(it->str.as<Str>()->length - it->index);
}

void str_dealloc(Object* self) {
    str_forget_offsets(static_cast<Str*>(self));
    free_object(self);
}

const MethodDef str_core_methods[] = {
    {.name = "__new__", .kwfn = str_py_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = str_repr, .min_args = 1, .max_args = 1},
    {.name = "__str__", .fn = str_str, .min_args = 1, .max_args = 1},
    {.name = "__hash__", .fn = str_py_hash, .min_args = 1, .max_args = 1},
    {.name = "__eq__", .fn = str_richcompare<CompareOp::Eq>, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = str_richcompare<CompareOp::Ne>, .min_args = 2, .max_args = 2},
    {.name = "__lt__", .fn = str_richcompare<CompareOp::Lt>, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = str_richcompare<CompareOp::Le>, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = str_richcompare<CompareOp::Gt>, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = str_richcompare<CompareOp::Ge>, .min_args = 2, .max_args = 2},
    {.name = "__len__", .fn = str_len, .min_args = 1, .max_args = 1},
    {.name = "__getitem__", .fn = str_getitem, .min_args = 2, .max_args = 2},
    {.name = "__contains__", .fn = str_contains, .min_args = 2, .max_args = 2},
    {.name = "__iter__", .fn = str_iter, .min_args = 1, .max_args = 1},
    {.name = "__add__", .fn = str_add, .min_args = 2, .max_args = 2},
    {.name = "__mul__", .fn = str_mul, .min_args = 2, .max_args = 2},
    {.name = "__rmul__", .fn = str_mul, .min_args = 2, .max_args = 2},
    {.name = "__getnewargs__", .fn = str_getnewargs, .min_args = 1, .max_args = 1},
    {nullptr},
};

const MethodDef str_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = str_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

// One table for the type from the three files' parts.
const MethodDef* all_str_methods() {
    static std::vector<MethodDef> table = [] {
        std::vector<MethodDef> all;
        for (const MethodDef* part : {str_core_methods, str_text_methods, str_format_methods})
            for (const MethodDef* m = part; m->name; ++m) all.push_back(*m);
        all.push_back(MethodDef{nullptr});
        return all;
    }();
    return table.data();
}

} // namespace

void init_str_type() {
    init_native_type(&str_type, {.name = "str",
                                 .basicsize = sizeof(Str),
                                 .itemsize = 1,
                                 .flags = kTypeBaseType,
                                 .dealloc = str_dealloc,
                                 .methods = all_str_methods(),
                                 .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"});
    for (auto [type, name] : {std::pair{&str_iterator_type, "str_iterator"}, {&str_ascii_iterator_type, "str_ascii_iterator"}}) {
        init_native_type(type, {.name = name,
                                .basicsize = sizeof(StrIterator),
                                .flags = kTypeAbstractNew,
                                .dealloc = str_iter_dealloc,
                                .iternext = str_iter_next,
                                .methods = str_iterator_methods});
    }
}

} // namespace pyco

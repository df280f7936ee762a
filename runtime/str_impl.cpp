// Infrastructure shared by str and bytes: the text writer, code-point
// offsets, hashing, argument binding and the byte-level search algorithms.
#include "runtime/str_impl.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/container_util.h"
#include "runtime/error.h"

namespace pyco {

// ---------------------------------------------------------------- TextWriter

bool TextWriter::ensure(size_t extra) {
    if (failed_) return false;
    if (extra <= cap_ - len_) return true;
    // Geometric growth keeps appends amortised O(1); the cap mirrors the
    // allocator's bound on object sizes, so larger requests fail early.
    constexpr size_t kMaxBuffer = size_t(1) << 40;
    if (extra > kMaxBuffer - len_) {
        failed_ = true;
        return false;
    }
    size_t want = len_ + extra;
    size_t cap = cap_ < 64 ? 64 : cap_;
    while (cap < want) cap = cap > kMaxBuffer / 2 ? want : cap * 2;
    char* grown = static_cast<char*>(std::realloc(buf_, cap));
    if (!grown) {
        failed_ = true;
        return false;
    }
    buf_ = grown;
    cap_ = cap;
    return true;
}

void TextWriter::append(std::string_view text) {
    if (text.empty() || !ensure(text.size())) return;
    std::memcpy(buf_ + len_, text.data(), text.size());
    len_ += text.size();
}

void TextWriter::append_code_point(uint32_t cp) {
    if (!ensure(4)) return;
    len_ += static_cast<size_t>(utf8_encode(cp, buf_ + len_));
}

void TextWriter::append_repeated(char c, size_t count) {
    if (count == 0 || !ensure(count)) return;
    std::memset(buf_ + len_, c, count);
    len_ += count;
}

void TextWriter::append_repeated(std::string_view unit, size_t count) {
    if (unit.size() == 1) return append_repeated(unit[0], count);
    if (count == 0 || unit.empty()) return;
    if (count > (size_t(1) << 40) / unit.size()) {
        failed_ = true;
        return;
    }
    if (!ensure(unit.size() * count)) return;
    for (size_t i = 0; i < count; ++i) append(unit);
}

Result<Ref> TextWriter::finish_str() {
    if (failed_) return raise_no_memory();
    std::string_view text = view();
    if (text.size() <= 1) return make_str(text).ref();
    Str* s = str_alloc_uninit(text.size());
    if (!s) return kError;
    std::memcpy(s->data, text.data(), text.size());
    bool ascii = is_ascii(text);
    str_finish(s, ascii ? static_cast<int64_t>(text.size()) : utf8_length(text), ascii);
    return Ref::steal(s);
}

Result<Ref> TextWriter::finish_bytes() {
    if (failed_) return raise_no_memory();
    return make_bytes(view()).ref();
}

// ---------------------------------------------------------------- offsets

namespace {

// Where the last lookup in a non-ASCII str landed. Walks start from the
// nearest known point (the start, the end, or this one), so loops indexing
// consecutive positions (s[i], s[i:j]) cost O(1) per step instead of O(i).
// str_forget_offsets() drops it before its str is freed or changed.
struct OffsetCache {
    const Str* str = nullptr;
    int64_t index = 0;
    size_t offset = 0;
};
OffsetCache offset_cache;

} // namespace

void str_forget_offsets(const Str* s) {
    if (offset_cache.str == s) offset_cache.str = nullptr;
}

size_t str_offset(const Str* s, int64_t index) {
    if (s->ascii) return static_cast<size_t>(index);
    int64_t from_index = 0;
    size_t from_offset = 0;
    if (s->length - index < index) {
        from_index = s->length;
        from_offset = static_cast<size_t>(s->size);
    }
    if (offset_cache.str == s && std::abs(offset_cache.index - index) < std::abs(from_index - index)) {
        from_index = offset_cache.index;
        from_offset = offset_cache.offset;
    }
    const char* p = s->data + from_offset;
    for (; from_index < index; ++from_index) p += utf8_sequence_length(static_cast<unsigned char>(*p));
    for (; from_index > index; --from_index) utf8_decode_backward(p);
    offset_cache = OffsetCache{s, index, static_cast<size_t>(p - s->data)};
    return offset_cache.offset;
}

std::string_view str_substring(const Str* s, int64_t start, int64_t stop) {
    size_t begin = str_offset(s, start);
    size_t end = s->ascii ? static_cast<size_t>(stop) : begin + utf8_offset(s->view().substr(begin), stop - start);
    return std::string_view(s->data + begin, end - begin);
}

// ---------------------------------------------------------------- hashing

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// SipHash-1-3 (CPython's string hash since 3.11) fed one byte at a time or
// in runs, with the key CPython uses under PYTHONHASHSEED=0: all zeros. A
// fixed key keeps runs deterministic, and this one makes pyco's str/bytes
// hashes, and so the iteration order of sets of strings, equal to CPython's
// whenever CPython runs with hash randomization off (as the tests do).
class SipHasher {
public:
    void add(uint8_t byte) {
        pending_ |= static_cast<uint64_t>(byte) << (8 * (total_ % 8));
        if (++total_ % 8 == 0) {
            absorb(pending_);
            pending_ = 0;
        }
    }
    void add(std::string_view bytes) {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
        size_t n = bytes.size();
        for (; n > 0 && total_ % 8 != 0; --n) add(*p++);
        for (; n >= 8; n -= 8, p += 8) { // whole little-endian words
            uint64_t word = 0;
            for (int i = 0; i < 8; ++i) word |= static_cast<uint64_t>(p[i]) << (8 * i);
            absorb(word);
            total_ += 8;
        }
        for (; n > 0; --n) add(*p++);
    }
    hash_t finish() {
        absorb(pending_ | static_cast<uint64_t>(total_) << 56);
        v2_ ^= 0xff;
        for (int i = 0; i < 3; ++i) round();
        auto h = static_cast<hash_t>(v0_ ^ v1_ ^ v2_ ^ v3_);
        return h == -1 ? -2 : h;
    }

private:
    void round() {
        v0_ += v1_; v1_ = rotl(v1_, 13); v1_ ^= v0_; v0_ = rotl(v0_, 32);
        v2_ += v3_; v3_ = rotl(v3_, 16); v3_ ^= v2_;
        v0_ += v3_; v3_ = rotl(v3_, 21); v3_ ^= v0_;
        v2_ += v1_; v1_ = rotl(v1_, 17); v1_ ^= v2_; v2_ = rotl(v2_, 32);
    }
    void absorb(uint64_t m) {
        v3_ ^= m;
        round(); // SipHash-1-3: one compression round per word
        v0_ ^= m;
    }

    // k0 = k1 = 0, xored into the initialisation constants.
    uint64_t v0_ = 0x736f6d6570736575ull, v1_ = 0x646f72616e646f6dull;
    uint64_t v2_ = 0x6c7967656e657261ull, v3_ = 0x7465646279746573ull;
    uint64_t pending_ = 0;
    size_t total_ = 0;
};

} // namespace

hash_t hash_bytes(std::string_view data) {
    if (data.empty()) return 0; // as CPython: hash('') == hash(b'') == 0
    SipHasher h;
    h.add(data);
    return h.finish();
}

// CPython hashes a str's internal representation: one, two or four bytes
// per code point (little-endian), by the widest code point in the text.
hash_t hash_text(std::string_view utf8, bool ascii) {
    if (ascii) return hash_bytes(utf8);
    uint32_t widest = 0;
    for (const char* p = utf8.data(); p < utf8.data() + utf8.size();) widest = std::max(widest, utf8_decode(p));
    const int width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
    SipHasher h;
    for (const char* p = utf8.data(); p < utf8.data() + utf8.size();) {
        uint32_t cp = utf8_decode(p);
        for (int i = 0; i < width; ++i) h.add(static_cast<uint8_t>(cp >> (8 * i)));
    }
    return h.finish();
}

Result<int64_t> slice_bound_arg(Value v, int64_t dflt) {
    if (!v || v.is(None())) return dflt;
    return clamped_index(v, "slice indices must be integers or None or have an __index__ method");
}

void adjust_indices(int64_t* start, int64_t* end, int64_t length) {
    if (*end > length) {
        *end = length;
    } else if (*end < 0) {
        *end += length;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = 0;
    }
}

Result<int> c_int_arg(Value v) {
    Ref as_int = TRY(index_object(v));
    int64_t n;
    if (!int_to_int64(as_int, &n) || n < INT32_MIN || n > INT32_MAX)
        return raise(OverflowError_type, "Python int too large to convert to C int");
    return static_cast<int>(n);
}

// ---------------------------------------------------------------- byte algorithms

size_t bytes_find(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return 0;
    // glibc's memmem is the two-way algorithm: linear even for pathological input.
    const void* hit = memmem(hay.data(), hay.size(), needle.data(), needle.size());
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - hay.data()) : kNotFound;
}

size_t bytes_rfind(std::string_view hay, std::string_view needle) {
    size_t pos = hay.rfind(needle);
    return pos == std::string_view::npos ? kNotFound : pos;
}

int64_t bytes_count(std::string_view hay, std::string_view needle, int64_t limit) {
    int64_t count = 0;
    size_t pos = 0;
    while (count < limit) {
        size_t hit = bytes_find(hay.substr(pos), needle);
        if (hit == kNotFound) break;
        ++count;
        pos += hit + needle.size();
    }
    return count;
}

Result<Ref> replace_text(std::string_view hay, std::string_view from, std::string_view to, int64_t count, TextKind kind) {
    if (count < 0) count = INT64_MAX;
    TextWriter out;
    if (from.empty()) {
        // 'ab'.replace('', '-') == '-a-b-': `to` before every unit and at the end.
        size_t pos = 0;
        for (; count > 0 && pos < hay.size(); --count) {
            out.append(to);
            size_t unit = kind == TextKind::Str ? static_cast<size_t>(utf8_sequence_length(static_cast<unsigned char>(hay[pos]))) : 1;
            out.append(hay.substr(pos, unit));
            pos += unit;
        }
        if (count > 0) out.append(to);
        out.append(hay.substr(pos));
    } else {
        size_t pos = 0;
        for (; count > 0; --count) {
            size_t hit = bytes_find(hay.substr(pos), from);
            if (hit == kNotFound) break;
            out.append(hay.substr(pos, hit));
            out.append(to);
            pos += hit + from.size();
        }
        out.append(hay.substr(pos));
    }
    return kind == TextKind::Str ? out.finish_str() : out.finish_bytes();
}

// ---------------------------------------------------------------- split and strip

Ref make_text(std::string_view piece, TextKind kind) {
    return kind == TextKind::Str ? make_str(piece).ref() : make_bytes(piece).ref();
}

namespace {

// Cursor over the units of a text: code points of UTF-8 for str, bytes for bytes.
struct Units {
    const char* begin;
    const char* end;
    TextKind kind;

    uint32_t peek(const char* p) const {
        return kind == TextKind::Str ? utf8_decode(p) : static_cast<unsigned char>(*p);
    }
    const char* next(const char* p) const {
        return kind == TextKind::Str ? p + utf8_sequence_length(static_cast<unsigned char>(*p)) : p + 1;
    }
    // The start of the unit that ends at p.
    const char* prev(const char* p) const {
        if (kind == TextKind::Str) utf8_decode_backward(p);
        else --p;
        return p;
    }
    bool is_space(uint32_t u) const {
        if (kind == TextKind::Str) return unicode_isspace(u);
        return u == ' ' || (u >= '\t' && u <= '\r'); // bytes: ASCII whitespace only
    }
    bool space_at(const char* p) const { return is_space(peek(p)); }
    bool space_before(const char* p) const { return is_space(peek(prev(p))); }
};

Status append_piece(List* list, const char* from, const char* to, TextKind kind) {
    Ref piece = make_text(std::string_view(from, static_cast<size_t>(to - from)), kind);
    return list_append(list, piece);
}

void reverse_list(List* list) {
    for (int64_t i = 0, j = list->size - 1; i < j; ++i, --j) std::swap(list->items[i], list->items[j]);
}

} // namespace

// CPython's stringlib split_whitespace / rsplit_whitespace: once maxsplit
// pieces are cut, the rest (less the whitespace next to the cut) is one piece.
Result<Ref> split_whitespace(std::string_view text, int64_t maxsplit, TextKind kind, bool from_right) {
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Units u{text.data(), text.data() + text.size(), kind};
    Handle<List> list = list_new();
    if (!from_right) {
        const char* p = u.begin;
        for (; maxsplit > 0; --maxsplit) {
            while (p < u.end && u.space_at(p)) p = u.next(p);
            if (p == u.end) break;
            const char* word = p;
            while (p < u.end && !u.space_at(p)) p = u.next(p);
            TRY(append_piece(list.get(), word, p, kind));
        }
        while (p < u.end && u.space_at(p)) p = u.next(p);
        if (p < u.end) TRY(append_piece(list.get(), p, u.end, kind));
    } else {
        const char* p = u.end;
        for (; maxsplit > 0; --maxsplit) {
            while (p > u.begin && u.space_before(p)) p = u.prev(p);
            if (p == u.begin) break;
            const char* word_end = p;
            while (p > u.begin && !u.space_before(p)) p = u.prev(p);
            TRY(append_piece(list.get(), p, word_end, kind));
        }
        while (p > u.begin && u.space_before(p)) p = u.prev(p);
        if (p > u.begin) TRY(append_piece(list.get(), u.begin, p, kind));
        reverse_list(list.get());
    }
    return std::move(list).ref();
}

Result<Ref> split_ascii_whitespace(Str* text, int64_t maxsplit) {
    // Python's whitespace below 128: \t-\r, \x1c-\x1f and space.
    static constexpr auto kSpace = [] {
        std::array<bool, 128> t{};
        for (int c = '\t'; c <= '\r'; ++c) t[static_cast<size_t>(c)] = true;
        for (int c = 0x1c; c <= 0x20; ++c) t[static_cast<size_t>(c)] = true;
        return t;
    }();
    auto space_at = [](const char* q) { return kSpace[static_cast<unsigned char>(*q)]; };
    auto piece = [](const char* from, const char* to) {
        auto n = static_cast<size_t>(to - from);
        return make_str_known(std::string_view(from, n), static_cast<int64_t>(n), true).ref();
    };
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const char* begin = text->data;
    const char* end = begin + text->size;
    const char* p = begin;
    Handle<List> list = list_new();
    for (; maxsplit > 0; --maxsplit) {
        while (p < end && space_at(p)) ++p;
        if (p == end) break;
        const char* word = p;
        while (p < end && !space_at(p)) ++p;
        if (word == begin && p == end && Value(text).type() == &str_type) {
            TRY(list_append(list.get(), Value(text)));
            return std::move(list).ref();
        }
        TRY(list_append(list.get(), piece(word, p)));
    }
    while (p < end && space_at(p)) ++p;
    if (p < end) TRY(list_append(list.get(), piece(p, end)));
    return std::move(list).ref();
}

Result<Ref> split_on(std::string_view text, std::string_view sep, int64_t maxsplit, TextKind kind, bool from_right) {
    if (sep.empty()) return raise(ValueError_type, "empty separator");
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Handle<List> list = list_new();
    const char* base = text.data();
    if (!from_right) {
        size_t pos = 0;
        for (; maxsplit > 0; --maxsplit) {
            size_t hit = bytes_find(text.substr(pos), sep);
            if (hit == kNotFound) break;
            TRY(append_piece(list.get(), base + pos, base + pos + hit, kind));
            pos += hit + sep.size();
        }
        TRY(append_piece(list.get(), base + pos, base + text.size(), kind));
    } else {
        size_t end = text.size();
        for (; maxsplit > 0; --maxsplit) {
            size_t hit = bytes_rfind(text.substr(0, end), sep);
            if (hit == kNotFound) break;
            TRY(append_piece(list.get(), base + hit + sep.size(), base + end, kind));
            end = hit;
        }
        TRY(append_piece(list.get(), base, base + end, kind));
        reverse_list(list.get());
    }
    return std::move(list).ref();
}

namespace {

template <typename Pred>
std::string_view strip_if(std::string_view text, TextKind kind, bool left, bool right, Pred strip_unit) {
    Units u{text.data(), text.data() + text.size(), kind};
    const char* b = u.begin;
    const char* e = u.end;
    if (left)
        while (b < e && strip_unit(u.peek(b))) b = u.next(b);
    if (right)
        while (e > b && strip_unit(u.peek(u.prev(e)))) e = u.prev(e);
    return std::string_view(b, static_cast<size_t>(e - b));
}

} // namespace

std::string_view strip_whitespace(std::string_view text, TextKind kind, bool left, bool right) {
    Units u{nullptr, nullptr, kind};
    return strip_if(text, kind, left, right, [&](uint32_t c) { return u.is_space(c); });
}

std::string_view strip_chars(std::string_view text, std::string_view chars, TextKind kind, bool left, bool right) {
    std::vector<uint32_t> set;
    Units cu{chars.data(), chars.data() + chars.size(), kind};
    for (const char* p = cu.begin; p < cu.end; p = cu.next(p)) set.push_back(cu.peek(p));
    return strip_if(text, kind, left, right,
                    [&](uint32_t c) { return std::find(set.begin(), set.end(), c) != set.end(); });
}

// ---------------------------------------------------------------- lines, partition, padding

Ref same_or_new_text(Value self, std::string_view part, TextKind kind) {
    TypeObject* exact = kind == TextKind::Str ? &str_type : &bytes_type;
    std::string_view whole = kind == TextKind::Str ? as_str(self)->view() : as_bytes(self)->view();
    if (self.type() == exact && part.data() == whole.data() && part.size() == whole.size()) return Ref::borrow(self);
    return make_text(part, kind);
}

Result<Ref> split_lines(Value self, std::string_view text, bool keepends, TextKind kind) {
    Units u{text.data(), text.data() + text.size(), kind};
    Handle<List> lines = list_new();
    const char* line = u.begin;
    for (const char* p = u.begin; p < u.end;) {
        const char* brk = p;
        uint32_t c = u.peek(p);
        p = u.next(p);
        bool is_break = kind == TextKind::Str ? unicode_islinebreak(c) : (c == '\n' || c == '\r');
        if (!is_break) continue;
        if (c == '\r' && p < u.end && *p == '\n') ++p; // \r\n is one boundary
        TRY(append_piece(lines.get(), line, keepends ? p : brk, kind));
        line = p;
    }
    if (line < u.end) {
        Ref last = same_or_new_text(self, std::string_view(line, static_cast<size_t>(u.end - line)), kind);
        TRY(list_append(lines.get(), last));
    }
    return std::move(lines).ref();
}

Result<Ref> partition_text(Value self, std::string_view text, std::string_view sep, TextKind kind, bool from_right) {
    if (sep.empty()) return raise(ValueError_type, "empty separator");
    size_t pos = from_right ? bytes_rfind(text, sep) : bytes_find(text, sep);
    Ref empty = make_text("", kind);
    if (pos == kNotFound) {
        Ref whole = same_or_new_text(self, text, kind);
        return (from_right ? tuple_pack({empty, empty, whole}) : tuple_pack({whole, empty, empty})).ref();
    }
    Ref before = make_text(text.substr(0, pos), kind);
    Ref separator = make_text(sep, kind);
    Ref after = make_text(text.substr(pos + sep.size()), kind);
    return tuple_pack({before, separator, after}).ref();
}

std::string_view remove_affix(std::string_view text, std::string_view affix, bool suffix) {
    if (affix.empty() || text.size() < affix.size()) return text;
    if (!suffix && text.substr(0, affix.size()) == affix) text.remove_prefix(affix.size());
    if (suffix && text.substr(text.size() - affix.size()) == affix) text.remove_suffix(affix.size());
    return text;
}

namespace {

Result<Ref> finish_text(TextWriter& out, TextKind kind) {
    return kind == TextKind::Str ? out.finish_str() : out.finish_bytes();
}

} // namespace

Result<Ref> justify_text(Value self, std::string_view text, int64_t length, int64_t width, std::string_view fill,
                         Justify how, TextKind kind) {
    int64_t margin = width - length;
    if (margin <= 0) return same_or_new_text(self, text, kind);
    int64_t left = 0;
    switch (how) {
    case Justify::Left: left = 0; break;
    case Justify::Right: left = margin; break;
    // CPython's rounding: the odd cell goes left only when width is odd too.
    case Justify::Center: left = margin / 2 + (margin & width & 1); break;
    }
    TextWriter out;
    out.append_repeated(fill, static_cast<size_t>(left));
    out.append(text);
    out.append_repeated(fill, static_cast<size_t>(margin - left));
    return finish_text(out, kind);
}

Result<Ref> zfill_text(Value self, std::string_view text, int64_t length, int64_t width, TextKind kind) {
    if (width <= length) return same_or_new_text(self, text, kind);
    TextWriter out;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) { // the sign stays in front
        out.append(text[0]);
        text.remove_prefix(1);
    }
    out.append_repeated('0', static_cast<size_t>(width - length));
    out.append(text);
    return finish_text(out, kind);
}

} // namespace pyco

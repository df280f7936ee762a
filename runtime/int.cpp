// int and bool.
//
// Ints in the small range (|v| < 2**62) are tagged Values and cost nothing;
// everything else (and every bool, and every instance of an int subclass)
// is an `Int` holding a GMP mpz. Each operation first tries the small-int
// path with overflow-checked machine arithmetic and falls back to GMP, whose
// results are normalised back to small ints. Semantics and messages follow
// CPython 3.11's Objects/longobject.c and boolobject.c.
#include <algorithm>
#include <charconv>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/number_format.h"
#include "runtime/numbers.h"
#include "runtime/runtime.h"
#include "runtime/unicode.h"

namespace pyco {

TypeObject int_type, bool_type;
Int True_object, False_object;

namespace {

std::string tname(Value v) { return std::string(type_name(v)); }

int64_t g_max_str_digits = kIntMaxStrDigitsDefault;

// The value of z when it lies in the small-int range.
inline bool mpz_small_value(mpz_srcptr z, int64_t* out) {
    if (mpz_size(z) > 1 || !mpz_fits_slong_p(z)) return false;
    int64_t i = mpz_get_si(z);
    if (!Value::fits_small_int(i)) return false;
    *out = i;
    return true;
}

// The value of an int-like when it lies in the small-int range: the
// condition for every fast path (bools and subclass instances included).
inline bool small_value(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    return mpz_small_value(v.as<Int>()->value, out);
}

Int* new_int_object(TypeObject* type) {
    auto* obj = static_cast<Int*>(alloc_object(type, type->basicsize));
    mpz_init(obj->value);
    return obj;
}

uint64_t bit_length(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2); }

} // namespace

// ================================================================ core API (objects.h)

Ref make_int(int64_t v) {
    if (Value::fits_small_int(v)) return Ref::small_int(v);
    Int* obj = new_int_object(&int_type);
    mpz_set_si(obj->value, v);
    return Ref::steal(Value(obj));
}

Ref make_int_u64(uint64_t v) {
    if (v <= static_cast<uint64_t>(Value::kSmallIntMax)) return Ref::small_int(static_cast<int64_t>(v));
    Int* obj = new_int_object(&int_type);
    mpz_set_ui(obj->value, v);
    return Ref::steal(Value(obj));
}

Ref make_int_from_mpz(const mpz_t v) {
    int64_t i;
    if (mpz_small_value(v, &i)) return Ref::small_int(i);
    Int* obj = new_int_object(&int_type);
    mpz_set(obj->value, v);
    return Ref::steal(Value(obj));
}

Ref int_from_mpz_move(mpz_ptr v) {
    int64_t i;
    if (mpz_small_value(v, &i)) return Ref::small_int(i);
    Int* obj = new_int_object(&int_type);
    mpz_swap(obj->value, v);
    return Ref::steal(Value(obj));
}

bool is_int(Value v) {
    if (v.is_small_int()) return true;
    TypeObject* t = v.type();
    return t == &int_type || t == &bool_type || is_subtype(t, &int_type);
}

void int_to_mpz(Value v, mpz_t out) {
    if (v.is_small_int()) mpz_set_si(out, v.as_small_int());
    else mpz_set(out, v.as<Int>()->value);
}

bool int_to_int64(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    mpz_srcptr z = v.as<Int>()->value;
    if (!mpz_fits_slong_p(z)) return false;
    *out = mpz_get_si(z);
    return true;
}

IntView::IntView(Value v) {
    if (v.is_small_int()) {
        int64_t i = v.as_small_int();
        limb_ = i < 0 ? uint64_t(0) - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
        mpz_roinit_n(image_, &limb_, i < 0 ? -1 : i > 0 ? 1 : 0);
        ptr_ = image_;
    } else {
        ptr_ = v.as<Int>()->value;
    }
}

Ref int_exact(Value v) {
    if (v.is_small_int() || v.type() == &int_type) return Ref::borrow(v);
    return make_int_from_mpz(v.as<Int>()->value);
}

int int_sign(Value v) {
    if (v.is_small_int()) {
        int64_t i = v.as_small_int();
        return (i > 0) - (i < 0);
    }
    return mpz_sgn(v.as<Int>()->value);
}

int int_compare(Value a, Value b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return (x > y) - (x < y);
    int c = mpz_cmp(IntView(a), IntView(b));
    return (c > 0) - (c < 0);
}

Status check_int_bits(double bits) {
    if (bits > static_cast<double>(kMaxIntBits)) return raise_no_memory();
    return ok_status();
}

// ================================================================ hashing

hash_t int_hash(Value v) {
    uint64_t magnitude;
    bool negative;
    if (v.is_small_int()) {
        int64_t i = v.as_small_int();
        negative = i < 0;
        magnitude = (negative ? uint64_t(0) - static_cast<uint64_t>(i) : static_cast<uint64_t>(i)) % kHashModulus;
    } else {
        mpz_srcptr z = v.as<Int>()->value;
        negative = mpz_sgn(z) < 0;
        magnitude = mpz_tdiv_ui(z, kHashModulus); // of |z|
    }
    hash_t h = negative ? -static_cast<hash_t>(magnitude) : static_cast<hash_t>(magnitude);
    return h == -1 ? -2 : h;
}

// ================================================================ int <-> float

namespace {

// The double nearest to (q + f) * 2**exp2, ties to even, where 0 <= f < 1 is
// a fraction known only to be non-zero when `sticky`. Callers keep at least
// two bits beyond the 53 that survive (or pass an exact q), so the sticky bit
// only ever breaks ties. False when the result overflows.
bool round_to_double(uint64_t q, bool sticky, int64_t exp2, double* out) {
    int qbits = 64 - __builtin_clzll(q);
    int64_t e = qbits + exp2; // q * 2**exp2 lies in [2**(e-1), 2**e)
    if (e > DBL_MAX_EXP) return false;
    // Bits that survive: 53, fewer for subnormal results (the last one is 2**-1074).
    int64_t keep = std::min<int64_t>(DBL_MANT_DIG, e - (DBL_MIN_EXP - DBL_MANT_DIG));
    int64_t drop = std::max<int64_t>(0, qbits - keep);
    uint64_t mant = q;
    if (drop >= 64) {
        mant = 0; // below half of the smallest subnormal
    } else if (drop > 0) {
        uint64_t rem = q & ((uint64_t(1) << drop) - 1);
        uint64_t half = uint64_t(1) << (drop - 1);
        mant = q >> drop;
        if (rem > half || (rem == half && (sticky || (mant & 1)))) ++mant;
    }
    *out = std::ldexp(static_cast<double>(mant), static_cast<int>(exp2 + drop));
    return !std::isinf(*out);
}

// 55 bits: 53 kept plus a rounding bit and a guard bit.
constexpr int kRoundingBits = DBL_MANT_DIG + 2;

} // namespace

bool mpz_ratio_to_double(mpz_srcptr n, mpz_srcptr d, double* out) {
    bool negative = (mpz_sgn(n) < 0) != (mpz_sgn(d) < 0);
    if (mpz_sgn(n) == 0) {
        *out = negative ? -0.0 : 0.0;
        return true;
    }
    int64_t diff = static_cast<int64_t>(bit_length(n)) - static_cast<int64_t>(bit_length(d));
    // |n/d| lies in (2**(diff-1), 2**(diff+1)).
    if (diff > DBL_MAX_EXP + 1) return false;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
        *out = negative ? -0.0 : 0.0; // below half of the smallest subnormal
        return true;
    }
    // q = floor(|n| * 2**shift / |d|) has 55 or 56 bits; the remainder is the sticky bit.
    int64_t shift = kRoundingBits - diff;
    Mpz a, b;
    mpz_abs(a.v, n);
    mpz_abs(b.v, d);
    if (shift > 0) mpz_mul_2exp(a.v, a.v, static_cast<mp_bitcnt_t>(shift));
    else mpz_mul_2exp(b.v, b.v, static_cast<mp_bitcnt_t>(-shift));
    mpz_tdiv_qr(a.v, b.v, a.v, b.v);
    double r;
    if (!round_to_double(mpz_get_ui(a.v), mpz_sgn(b.v) != 0, -shift, &r)) return false;
    *out = negative ? -r : r;
    return true;
}

Result<double> int_to_double(Value v) {
    int64_t i;
    if (small_value(v, &i)) return static_cast<double>(i); // the conversion rounds to nearest even
    IntView z(v);
    uint64_t bits = bit_length(z);
    int64_t shift = static_cast<int64_t>(bits) - kRoundingBits;
    Mpz top;
    mpz_tdiv_q_2exp(top.v, z, static_cast<mp_bitcnt_t>(shift));
    bool sticky = mpz_scan1(z, 0) < static_cast<mp_bitcnt_t>(shift);
    double r;
    if (!round_to_double(mpz_getlimbn(top.v, 0), sticky, shift, &r))
        return raise(OverflowError_type, "int too large to convert to float");
    return mpz_sgn(z.get()) < 0 ? -r : r;
}

Result<Ref> int_from_double(double d) {
    if (std::isnan(d)) return raise(ValueError_type, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(OverflowError_type, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (std::fabs(t) < 0x1p62) return Ref::small_int(static_cast<int64_t>(t));
    Mpz z;
    mpz_set_d(z.v, t); // exact: t is integral
    return int_from_mpz_move(z.v);
}

int compare_int_double(Value i, double d) {
    int64_t x;
    if (small_value(i, &x) && x >= -(int64_t(1) << 53) && x <= (int64_t(1) << 53)) {
        double xd = static_cast<double>(x); // exact
        return (xd > d) - (xd < d);
    }
    int c = mpz_cmp_d(IntView(i), d); // exact, infinities included
    return (c > 0) - (c < 0);
}

// ================================================================ int <-> text

int64_t int_max_str_digits() { return g_max_str_digits; }

Status set_int_max_str_digits(int64_t limit) {
    if (limit != 0 && limit < kIntStrDigitsCheckThreshold)
        return raise_format(ValueError_type, "maxdigits must be 0 or larger than %lld", static_cast<long long>(kIntStrDigitsCheckThreshold));
    g_max_str_digits = limit;
    return ok_status();
}

namespace {

// mpz_get_str into a std::string (with a '-' for negative values).
std::string mpz_to_text(mpz_srcptr z, int base) {
    std::string out(mpz_sizeinbase(z, base < 0 ? -base : base) + 2, '\0');
    mpz_get_str(out.data(), base, z);
    out.resize(std::strlen(out.c_str()));
    return out;
}

} // namespace

std::string int_abs_digits(Value v, int base) {
    int64_t i;
    if (small_value(v, &i)) {
        // Small ints are 63-bit: the magnitude fits. A negative base asks
        // for upper-case letters, as mpz_get_str's does.
        char buf[72];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<uint64_t>(i < 0 ? -i : i), base < 0 ? -base : base);
        (void)ec;
        if (base < 0) std::transform(buf, end, buf, [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
        return std::string(buf, end);
    }
    std::string out = mpz_to_text(IntView(v), base);
    if (out[0] == '-') out.erase(0, 1);
    return out;
}

std::string int_to_decimal(Value v) {
    int64_t i;
    if (small_value(v, &i)) return std::to_string(i);
    return mpz_to_text(IntView(v), 10);
}

Result<std::string> int_to_decimal_checked(Value v) {
    int64_t i;
    if (small_value(v, &i)) return std::to_string(i);
    auto too_long = [] {
        return raise_format(ValueError_type,
                            "Exceeds the limit (%lld digits) for integer string conversion; use "
                            "sys.set_int_max_str_digits() to increase the limit",
                            static_cast<long long>(g_max_str_digits));
    };
    // mpz_sizeinbase may overestimate by one: reject early only when surely too long.
    if (g_max_str_digits > 0 && mpz_sizeinbase(IntView(v), 10) > static_cast<size_t>(g_max_str_digits) + 1) return too_long();
    std::string text = int_to_decimal(v);
    int64_t digits = static_cast<int64_t>(text.size()) - (text[0] == '-');
    if (g_max_str_digits > 0 && digits > g_max_str_digits) return too_long();
    return text;
}

std::string numeric_text_to_ascii(std::string_view utf8) {
    if (is_ascii(utf8)) return std::string(utf8);
    std::string out;
    for (const char* p = utf8.data(); p < utf8.data() + utf8.size();) {
        uint32_t cp = utf8_decode(p);
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (unicode_isspace(cp)) {
            out += ' ';
        } else {
            int digit = unicode_decimal_value(cp);
            out += digit >= 0 ? static_cast<char>('0' + digit) : '?';
        }
    }
    return out;
}

namespace {

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

bool has_prefix_for(std::string_view s, size_t i, int base) {
    if (i + 1 >= s.size() || s[i] != '0') return false;
    char c = static_cast<char>(s[i + 1] | 0x20);
    return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

enum class Parsed { Ok, Invalid, Error };

// CPython's PyLong_FromString on ASCII text: whitespace around, a sign, for
// base 0 a 0x/0o/0b prefix (a leading 0 allows only zero), single
// underscores between digits. Invalid text is reported to the caller, which
// words the ValueError with the original object; Error means a ValueError
// (the digit limit) is already set.
Parsed parse_int_text(std::string_view s, int base, Ref* out) {
    size_t i = 0, n = s.size();
    while (i < n && is_ascii_space(s[i])) ++i;
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    bool only_zero = false;
    if (base == 0) {
        char c = i + 1 < n ? static_cast<char>(s[i + 1] | 0x20) : 0;
        if (i >= n || s[i] != '0') base = 10;
        else if (c == 'x') base = 16;
        else if (c == 'o') base = 8;
        else if (c == 'b') base = 2;
        else {
            // "010": C-style octal is an error, but "00" is zero.
            only_zero = true;
            base = 10;
        }
    }
    if (has_prefix_for(s, i, base)) {
        i += 2;
        if (i < n && s[i] == '_') ++i; // "0x_1f"
    }
    if (i < n && s[i] == '_') return Parsed::Invalid;
    std::string digits;
    char prev = 0;
    for (; i < n && (digit_value(s[i]) < base || s[i] == '_'); prev = s[i++]) {
        if (s[i] != '_') digits += s[i];
        else if (prev == '_') return Parsed::Invalid;
    }
    if (prev == '_') return Parsed::Invalid;
    const int64_t ndigits = static_cast<int64_t>(digits.size());
    bool power_of_two = (base & (base - 1)) == 0;
    if (!power_of_two && ndigits > kIntStrDigitsCheckThreshold && g_max_str_digits > 0 && ndigits > g_max_str_digits) {
        raise_format(ValueError_type,
                     "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     static_cast<long long>(g_max_str_digits), static_cast<long long>(ndigits));
        return Parsed::Error;
    }
    while (i < n && is_ascii_space(s[i])) ++i;
    if (i != n || digits.empty()) return Parsed::Invalid;
    // Up to 12 digits of any base fit in 63 bits (36**12 < 2**63).
    if (ndigits <= 12) {
        int64_t value = 0;
        for (char c : digits) value = value * base + digit_value(c);
        if (only_zero && value != 0) return Parsed::Invalid;
        *out = make_int(negative ? -value : value);
        return Parsed::Ok;
    }
    Mpz z;
    mpz_set_str(z.v, digits.c_str(), base);
    if (only_zero && mpz_sgn(z.v) != 0) return Parsed::Invalid;
    if (negative) mpz_neg(z.v, z.v);
    *out = int_from_mpz_move(z.v);
    return Parsed::Ok;
}

// "invalid literal for int() with base 10: 'x'", the repr cut to 200
// characters as CPython's %.200R.
ErrorTag invalid_literal(int base, const std::string& repr_text) {
    size_t cut = utf8_offset(repr_text, std::min<int64_t>(200, utf8_length(repr_text)));
    return raise_format(ValueError_type, "invalid literal for int() with base %d: %.*s", base, static_cast<int>(cut),
                        repr_text.data());
}

// Parses `text`; text that is not a literal raises the ValueError naming
// the repr of what the caller passed (`original_repr()`).
template <typename ReprFn>
Result<Ref> parse_int_or_raise(std::string_view text, int base, ReprFn original_repr) {
    Ref out;
    switch (parse_int_text(text, base, &out)) {
    case Parsed::Ok: return out;
    case Parsed::Error: return kError;
    case Parsed::Invalid: break;
    }
    std::string repr = TRY(original_repr());
    return invalid_literal(base, repr);
}

Result<Ref> int_from_str_object(Value s, int base) {
    return parse_int_or_raise(numeric_text_to_ascii(s.as<Str>()->view()), base, [&] { return repr_text(s); });
}

Result<Ref> int_from_bytes_object(Value b, int base) {
    std::string_view text = b.as<Bytes>()->view();
    return parse_int_or_raise(text, base, [&] {
        Ref head = make_bytes(text.substr(0, 200)).ref(); // CPython shows at most 200 bytes
        return repr_text(head);
    });
}

} // namespace

Result<Ref> int_from_string(std::string_view text, int base) {
    return parse_int_or_raise(text, base, [&] { return Result<std::string>(str_repr_text(text)); });
}

// ================================================================ arithmetic

namespace {

// Python's floor division and modulo for small operands (no overflow:
// |x|, |y| < 2**62).
inline void floor_divmod(int64_t x, int64_t y, int64_t* q, int64_t* r) {
    *q = x / y;
    *r = x % y;
    if (*r != 0 && ((*r < 0) != (y < 0))) {
        *q -= 1;
        *r += y;
    }
}

using MpzBinary = void (*)(mpz_ptr, mpz_srcptr, mpz_srcptr);

Result<Ref> mpz_binary(Value a, Value b, MpzBinary fn) {
    Mpz r;
    fn(r.v, IntView(a), IntView(b));
    return int_from_mpz_move(r.v);
}

Result<Ref> int_add(Value a, Value b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return make_int(x + y);
    return mpz_binary(a, b, mpz_add);
}

Result<Ref> int_sub(Value a, Value b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return make_int(x - y);
    return mpz_binary(a, b, mpz_sub);
}

Result<Ref> int_mul(Value a, Value b) {
    int64_t x, y, z;
    if (small_value(a, &x) && small_value(b, &y) && !__builtin_mul_overflow(x, y, &z)) return make_int(z);
    TRY(check_int_bits(static_cast<double>(bit_length(IntView(a))) + static_cast<double>(bit_length(IntView(b)))));
    return mpz_binary(a, b, mpz_mul);
}

Status check_divisor(Value b, const char* message) {
    if (int_sign(b) == 0) return raise(ZeroDivisionError_type, message);
    return ok_status();
}

Result<Ref> int_floordiv(Value a, Value b) {
    TRY(check_divisor(b, "integer division or modulo by zero"));
    int64_t x, y, q, r;
    if (small_value(a, &x) && small_value(b, &y)) {
        floor_divmod(x, y, &q, &r);
        return make_int(q);
    }
    return mpz_binary(a, b, mpz_fdiv_q);
}

Result<Ref> int_mod(Value a, Value b) {
    TRY(check_divisor(b, "integer modulo by zero"));
    int64_t x, y, q, r;
    if (small_value(a, &x) && small_value(b, &y)) {
        floor_divmod(x, y, &q, &r);
        return make_int(r);
    }
    return mpz_binary(a, b, mpz_fdiv_r);
}

Result<Ref> int_divmod(Value a, Value b) {
    TRY(check_divisor(b, "integer division or modulo by zero"));
    int64_t x, y, q, r;
    if (small_value(a, &x) && small_value(b, &y)) {
        floor_divmod(x, y, &q, &r);
        return tuple_pack({make_int(q), make_int(r)}).ref();
    }
    Mpz mq, mr;
    mpz_fdiv_qr(mq.v, mr.v, IntView(a), IntView(b));
    Ref qv = int_from_mpz_move(mq.v), rv = int_from_mpz_move(mr.v);
    return tuple_pack({qv, rv}).ref();
}

// Correctly rounded, as CPython's long_true_divide: 10**400 / 10**399 == 10.0.
Result<Ref> int_truediv(Value a, Value b) {
    TRY(check_divisor(b, "division by zero"));
    int64_t x, y;
    constexpr int64_t kExact = int64_t(1) << DBL_MANT_DIG;
    if (small_value(a, &x) && small_value(b, &y) && x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
        return make_float(static_cast<double>(x) / static_cast<double>(y)); // both exact: one rounding
    double r;
    if (!mpz_ratio_to_double(IntView(a), IntView(b), &r))
        return raise(OverflowError_type, "integer division result too large for a float");
    return make_float(r);
}

Result<Ref> int_lshift(Value a, Value b) {
    if (int_sign(b) < 0) return raise(ValueError_type, "negative shift count");
    if (int_sign(a) == 0) return Ref::small_int(0);
    int64_t x, s, z;
    if (!int_to_int64(b, &s)) return raise_no_memory();
    if (small_value(a, &x) && s < 63 && !__builtin_mul_overflow(x, int64_t(1) << s, &z)) return make_int(z);
    TRY(check_int_bits(static_cast<double>(bit_length(IntView(a))) + static_cast<double>(s)));
    Mpz r;
    mpz_mul_2exp(r.v, IntView(a), static_cast<mp_bitcnt_t>(s));
    return int_from_mpz_move(r.v);
}

Result<Ref> int_rshift(Value a, Value b) {
    if (int_sign(b) < 0) return raise(ValueError_type, "negative shift count");
    int64_t x, s;
    if (!int_to_int64(b, &s)) s = INT64_MAX;
    if (small_value(a, &x)) return make_int(x >> std::min<int64_t>(s, 63)); // arithmetic: floors
    IntView z(a);
    Mpz r;
    mpz_fdiv_q_2exp(r.v, z, static_cast<mp_bitcnt_t>(std::min<uint64_t>(static_cast<uint64_t>(s), bit_length(z) + 1)));
    return int_from_mpz_move(r.v);
}

// Bitwise operators: two's complement semantics on both representations.
Result<Ref> int_and(Value a, Value b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return make_int(x & y);
    return mpz_binary(a, b, mpz_and);
}

Result<Ref> int_or(Value a, Value b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return make_int(x | y);
    return mpz_binary(a, b, mpz_ior);
}

Result<Ref> int_xor(Value a, Value b) {
    int64_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return make_int(x ^ y);
    return mpz_binary(a, b, mpz_xor);
}

// x**e by squaring in machine words; false on overflow.
bool small_pow(int64_t x, uint64_t e, int64_t* out) {
    int64_t result = 1;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(result, x, &result)) return false;
        e >>= 1;
        if (!e) break;
        if (__builtin_mul_overflow(x, x, &x)) return false;
    }
    *out = result;
    return true;
}

Result<Ref> int_pow_modular(Value base, Value exp, Value mod) {
    if (int_sign(mod) == 0) return raise(ValueError_type, "pow() 3rd argument cannot be 0");
    Mpz m, b, e, r;
    mpz_abs(m.v, IntView(mod));
    mpz_set(b.v, IntView(base));
    mpz_set(e.v, IntView(exp));
    if (mpz_sgn(e.v) < 0) {
        // base**-e == (base**-1)**e for the modular inverse.
        if (!mpz_invert(b.v, b.v, m.v)) return raise(ValueError_type, "base is not invertible for the given modulus");
        mpz_neg(e.v, e.v);
    }
    mpz_powm(r.v, b.v, e.v, m.v); // in [0, |mod|)
    if (mpz_cmp_ui(m.v, 1) == 0) mpz_set_ui(r.v, 0);
    if (int_sign(mod) < 0 && mpz_sgn(r.v) != 0) mpz_sub(r.v, r.v, m.v); // the sign of the modulus
    return int_from_mpz_move(r.v);
}

} // namespace

Result<Ref> int_pow(Value base, Value exp, Value mod) {
    if (mod && !mod.is(None())) return int_pow_modular(base, exp, mod);
    if (int_sign(exp) < 0) {
        double x = TRY(int_to_double(base)), y = TRY(int_to_double(exp));
        return float_pow_values(x, y);
    }
    int64_t x;
    bool small_base = small_value(base, &x);
    if (small_base && (x == 0 || x == 1 || x == -1)) {
        if (x == 0) return Ref::small_int(int_sign(exp) == 0 ? 1 : 0);
        if (x == 1) return Ref::small_int(1);
        return Ref::small_int(mpz_odd_p(IntView(exp).get()) ? -1 : 1);
    }
    int64_t e;
    if (!int_to_int64(exp, &e)) return raise_no_memory();
    int64_t z;
    if (small_base && small_pow(x, static_cast<uint64_t>(e), &z)) return make_int(z);
    TRY(check_int_bits(static_cast<double>(bit_length(IntView(base))) * static_cast<double>(e)));
    Mpz r;
    mpz_pow_ui(r.v, IntView(base), static_cast<unsigned long>(e));
    return int_from_mpz_move(r.v);
}

void mpz_div_round_half_even(mpz_ptr q, mpz_srcptr n, mpz_srcptr d) {
    Mpz r;
    mpz_fdiv_qr(q, r.v, n, d);
    mpz_mul_2exp(r.v, r.v, 1);
    int c = mpz_cmp(r.v, d);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
}

Result<Ref> int_binary_op(Value a, Value b, Special op) {
    if (!is_int(a) || !is_int(b)) return Ref::borrow(NotImplemented());
    switch (op) {
    case Special::add: case Special::iadd: return int_add(a, b);
    case Special::sub: case Special::isub: return int_sub(a, b);
    case Special::mul: case Special::imul: return int_mul(a, b);
    case Special::truediv: case Special::itruediv: return int_truediv(a, b);
    case Special::floordiv: case Special::ifloordiv: return int_floordiv(a, b);
    case Special::mod: case Special::imod: return int_mod(a, b);
    case Special::divmod: return int_divmod(a, b);
    case Special::pow: case Special::ipow: return int_pow(a, b, Value());
    case Special::lshift: case Special::ilshift: return int_lshift(a, b);
    case Special::rshift: case Special::irshift: return int_rshift(a, b);
    case Special::and_: case Special::iand:
        if (a.type() == &bool_type && b.type() == &bool_type) return Ref::borrow(bool_value(a.is(True()) && b.is(True())));
        return int_and(a, b);
    case Special::or_: case Special::ior:
        if (a.type() == &bool_type && b.type() == &bool_type) return Ref::borrow(bool_value(a.is(True()) || b.is(True())));
        return int_or(a, b);
    case Special::xor_: case Special::ixor:
        if (a.type() == &bool_type && b.type() == &bool_type) return Ref::borrow(bool_value(a.is(True()) != b.is(True())));
        return int_xor(a, b);
    default: return Ref::borrow(NotImplemented());
    }
}

// ================================================================ Python methods

namespace {

using IntBinary = Result<Ref> (*)(Value, Value);

Ref not_implemented() { return Ref::borrow(NotImplemented()); }

// __op__(self, other) and __rop__(self, other) from one implementation.
template <IntBinary op>
Result<Ref> forward(const Value* args, size_t) {
    if (!is_int(args[1])) return not_implemented();
    return op(args[0], args[1]);
}
template <IntBinary op>
Result<Ref> reflected(const Value* args, size_t) {
    if (!is_int(args[1])) return not_implemented();
    return op(args[1], args[0]);
}

// __pow__(self, exp, mod=None) / __rpow__(self, base, mod=None)
Result<Ref> int_pow_method(const Value* args, size_t nargs) {
    Value mod = nargs > 2 ? args[2] : None();
    if (!is_int(args[1]) || (!mod.is(None()) && !is_int(mod))) return not_implemented();
    return int_pow(args[0], args[1], mod);
}
Result<Ref> int_rpow_method(const Value* args, size_t nargs) {
    Value mod = nargs > 2 ? args[2] : None();
    if (!is_int(args[1]) || (!mod.is(None()) && !is_int(mod))) return not_implemented();
    return int_pow(args[1], args[0], mod);
}

// Ints compare with ints only; int == float is decided by float's reflected method.
template <CompareOp op>
Result<Ref> int_richcompare(const Value* args, size_t) {
    if (!is_int(args[1])) return not_implemented();
    return Ref::borrow(bool_value(compare_outcome(int_compare(args[0], args[1]), op)));
}

Result<Ref> int_repr(const Value* args, size_t) {
    std::string text = TRY(int_to_decimal_checked(args[0]));
    return make_str(text).ref();
}

Result<Ref> int_hash_method(const Value* args, size_t) { return make_int(int_hash(args[0])); }
Result<Ref> int_bool(const Value* args, size_t) { return Ref::borrow(bool_value(int_sign(args[0]) != 0)); }
// __int__, __index__, __trunc__, __floor__, __ceil__, __pos__, conjugate, real, numerator
Result<Ref> int_self(const Value* args, size_t) { return int_exact(args[0]); }
Result<Ref> int_self_getter(Value self) { return int_exact(self); }
Result<Ref> int_zero_getter(Value) { return Ref::small_int(0); }
Result<Ref> int_one_getter(Value) { return Ref::small_int(1); }

Result<Ref> int_float(const Value* args, size_t) { return make_float(TRY(int_to_double(args[0]))); }

Result<Ref> int_neg(const Value* args, size_t) {
    int64_t x;
    if (small_value(args[0], &x)) return make_int(-x);
    Mpz r;
    mpz_neg(r.v, IntView(args[0]));
    return int_from_mpz_move(r.v);
}

Result<Ref> int_abs(const Value* args, size_t) {
    if (int_sign(args[0]) < 0) return int_neg(args, 1);
    return int_exact(args[0]);
}

Result<Ref> int_invert(const Value* args, size_t) {
    int64_t x;
    if (small_value(args[0], &x)) return make_int(~x);
    Mpz r;
    mpz_com(r.v, IntView(args[0]));
    return int_from_mpz_move(r.v);
}

Result<Ref> int_format_method(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "__format__() argument must be str, not %s", tname(args[1]).c_str());
    std::string_view spec = args[1].as<Str>()->view();
    if (spec.empty()) return str(args[0]);
    return format_int(args[0], spec);
}

// round(n, ndigits): n itself for ndigits >= 0, else rounded half-even to a
// multiple of 10**-ndigits.
Result<Ref> int_round(const Value* args, size_t nargs) {
    if (nargs < 2) return int_exact(args[0]); // round(n, None) calls __round__()
    Ref ndigits = TRY(index_object(args[1]));
    if (int_sign(ndigits) >= 0) return int_exact(args[0]);
    IntView n(args[0]);
    int64_t k;
    // |n| < 10**k / 2 rounds to 0: no need to build a huge power of ten.
    if (!int_to_int64(ndigits, &k) || -k > static_cast<int64_t>(mpz_sizeinbase(n, 10)) + 1) return Ref::small_int(0);
    Mpz p, q;
    mpz_ui_pow_ui(p.v, 10, static_cast<unsigned long>(-k));
    mpz_div_round_half_even(q.v, n, p.v);
    mpz_mul(q.v, q.v, p.v);
    return int_from_mpz_move(q.v);
}

Result<Ref> int_getnewargs(const Value* args, size_t) { return tuple_pack({int_exact(args[0])}).ref(); }

// CPython's size: a 24-byte header and 30-bit digits, at least one.
Result<Ref> int_sizeof(const Value* args, size_t) {
    uint64_t bits = bit_length(IntView(args[0]));
    uint64_t digits = std::max<uint64_t>(1, (bits + 29) / 30);
    return make_int(static_cast<int64_t>(24 + 4 * digits));
}

Result<Ref> int_bit_length(const Value* args, size_t) { return make_int(static_cast<int64_t>(bit_length(IntView(args[0])))); }

Result<Ref> int_bit_count(const Value* args, size_t) {
    Mpz a;
    mpz_abs(a.v, IntView(args[0]));
    return make_int(static_cast<int64_t>(mpz_popcount(a.v)));
}

Result<Ref> int_as_integer_ratio(const Value* args, size_t) {
    return tuple_pack({int_exact(args[0]), Value::small_int(1)}).ref();
}

// The byteorder argument of to_bytes / from_bytes: true for little-endian.
Result<bool> little_endian(Value byteorder, const char* fname) {
    if (!byteorder) return false;
    if (!is_str(byteorder))
        return raise_format(TypeError_type, "%s() argument 'byteorder' must be str, not %s", fname, tname(byteorder).c_str());
    std::string_view s = byteorder.as<Str>()->view();
    if (s == "little") return true;
    if (s == "big") return false;
    return raise(ValueError_type, "byteorder must be either 'little' or 'big'");
}

// to_bytes(length=1, byteorder='big', *, signed=False)
Result<Ref> int_to_bytes(CallArgs args) {
    enum { kLength, kByteorder, kSigned };
    Value p[3] = {};
    TRY(parse_args(args, 1, {.fname = "to_bytes", .names = {"length", "byteorder", "signed"}, .maxpos = 2}, p));
    int64_t length = 1;
    if (p[kLength]) {
        length = TRY(index_value(p[kLength], &OverflowError_type));
        if (length < 0) return raise(ValueError_type, "length argument must be non-negative");
    }
    bool little = TRY(little_endian(p[kByteorder], "to_bytes"));
    bool is_signed = p[kSigned] ? TRY(truthy(p[kSigned])) : false;
    IntView z(args[0]);
    if (!is_signed && mpz_sgn(z.get()) < 0) return raise(OverflowError_type, "can't convert negative int to unsigned");
    const uint64_t nbits = static_cast<uint64_t>(length) * 8;
    // Magnitude bits needed: a signed n >= 0 also needs a zero sign bit, and
    // a negative n fits when -n - 1 does (two's complement).
    Mpz magnitude;
    if (mpz_sgn(z.get()) < 0) mpz_com(magnitude.v, z); // -n - 1
    else mpz_set(magnitude.v, z);
    uint64_t needed = bit_length(magnitude.v);
    if (is_signed && (needed > 0 || mpz_sgn(z.get()) < 0)) ++needed;
    if (needed > nbits) return raise(OverflowError_type, "int too big to convert");
    TRY(check_int_bits(static_cast<double>(nbits)));
    // A negative n is stored as 256**length + n.
    Mpz v;
    mpz_set(v.v, z);
    if (mpz_sgn(z.get()) < 0) {
        Mpz wrap;
        mpz_setbit(wrap.v, static_cast<mp_bitcnt_t>(nbits));
        mpz_add(v.v, v.v, wrap.v);
    }
    std::string out(static_cast<size_t>(length), '\0');
    size_t used = (bit_length(v.v) + 7) / 8;
    mpz_export(out.data() + (static_cast<size_t>(length) - used), nullptr, 1, 1, 1, 0, v.v);
    if (little) std::reverse(out.begin(), out.end());
    return make_bytes(out).ref();
}

// The bytes of from_bytes' argument: bytes itself, else what bytes(x) makes
// of an iterable of ints or an object with __bytes__ (PyObject_Bytes).
Result<Ref> bytes_argument(Value v) {
    if (is_bytes(v)) return Ref::borrow(v);
    if (is_str(v) || is_int(v)) return raise_format(TypeError_type, "cannot convert '%s' object to bytes", tname(v).c_str());
    return call(Value(&bytes_type), {v});
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a class method.
Result<Ref> int_from_bytes(CallArgs args) {
    enum { kBytes, kByteorder, kSigned };
    Value p[3] = {};
    TRY(parse_args(args, 1, {.fname = "from_bytes", .names = {"bytes", "byteorder", "signed"}, .minpos = 1, .maxpos = 2}, p));
    bool little = TRY(little_endian(p[kByteorder], "from_bytes"));
    bool is_signed = p[kSigned] ? TRY(truthy(p[kSigned])) : false;
    Ref data = TRY(bytes_argument(p[kBytes]));
    std::string_view raw = data.as<Bytes>()->view();
    Mpz v;
    if (!raw.empty()) mpz_import(v.v, raw.size(), little ? -1 : 1, 1, 1, 0, raw.data());
    if (is_signed && !raw.empty() && mpz_tstbit(v.v, raw.size() * 8 - 1)) {
        Mpz wrap;
        mpz_set_ui(wrap.v, 1);
        mpz_mul_2exp(wrap.v, wrap.v, raw.size() * 8);
        mpz_sub(v.v, v.v, wrap.v);
    }
    Ref result = int_from_mpz_move(v.v);
    Value cls = args[0];
    if (cls.is(Value(&int_type))) return result;
    return call(cls, {result.get()});
}

// The value int(x) / int(x, base) produces (CPython's long_new_impl for int itself).
Result<Ref> number_to_int(Value x) {
    if (x.is_small_int() || x.type() == &int_type) return Ref::borrow(x);
    TypeObject* t = x.type();
    if (lookup_special(t, Special::int_)) {
        Ref r = TRY(call_special(x, Special::int_, {}));
        if (!is_int(r)) return raise_format(TypeError_type, "__int__ returned non-int (type %s)", tname(r).c_str());
        return int_exact(r);
    }
    if (lookup_special(t, Special::index)) return int_exact(TRY(index_object(x)));
    if (lookup_special(t, Special::trunc)) {
        Ref r = TRY(call_special(x, Special::trunc, {}));
        if (is_int(r)) return int_exact(r);
        if (!lookup_special(r.get().type(), Special::index))
            return raise_format(TypeError_type, "__trunc__ returned non-Integral (type %s)", tname(r).c_str());
        return int_exact(TRY(index_object(r)));
    }
    if (is_str(x)) return int_from_str_object(x, 10);
    if (is_bytes(x)) return int_from_bytes_object(x, 10);
    return raise_format(TypeError_type, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                        tname(x).c_str());
}

Result<Ref> int_value_of(Value x, Value base_arg) {
    if (!x) {
        if (base_arg) return raise(TypeError_type, "int() missing string argument");
        return Ref::small_int(0);
    }
    if (!base_arg) return number_to_int(x);
    int64_t base = TRY(index_value(base_arg, nullptr));
    if ((base != 0 && base < 2) || base > 36) return raise(ValueError_type, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) return int_from_str_object(x, static_cast<int>(base));
    if (is_bytes(x)) return int_from_bytes_object(x, static_cast<int>(base));
    return raise(TypeError_type, "int() can't convert non-string with explicit base");
}

// int.__new__(cls, x=0, /, base=10)
Result<Ref> int_new(CallArgs args) {
    TypeObject* cls = TRY(new_target(args, &int_type));
    if (cls == &bool_type) return raise(TypeError_type, "int.__new__(bool) is not safe, use bool.__new__()");
    enum { kX, kBase };
    Value p[2] = {};
    TRY(parse_args(args, 1, {.fname = "int", .names = {"x", "base"}, .posonly = 1}, p));
    Ref value = TRY(int_value_of(p[kX], p[kBase]));
    if (cls == &int_type) return value;
    Int* obj = new_int_object(cls);
    int_to_mpz(value, obj->value);
    return Ref::steal(Value(obj));
}

void int_dealloc(Object* self) {
    mpz_clear(static_cast<Int*>(self)->value);
    free_object(self);
}

const MethodDef int_methods[] = {
    {.name = "__new__", .kwfn = int_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = int_repr, .min_args = 1, .max_args = 1},
    {.name = "__hash__", .fn = int_hash_method, .min_args = 1, .max_args = 1},
    {.name = "__bool__", .fn = int_bool, .min_args = 1, .max_args = 1},
    {.name = "__int__", .fn = int_self, .min_args = 1, .max_args = 1},
    {.name = "__index__", .fn = int_self, .min_args = 1, .max_args = 1},
    {.name = "__float__", .fn = int_float, .min_args = 1, .max_args = 1},
    {.name = "__trunc__", .fn = int_self, .min_args = 1, .max_args = 1},
    {.name = "__floor__", .fn = int_self, .min_args = 1, .max_args = 1},
    {.name = "__ceil__", .fn = int_self, .min_args = 1, .max_args = 1},
    {.name = "__round__", .fn = int_round, .min_args = 1, .max_args = 2},
    {.name = "__neg__", .fn = int_neg, .min_args = 1, .max_args = 1},
    {.name = "__pos__", .fn = int_self, .min_args = 1, .max_args = 1},
    {.name = "__abs__", .fn = int_abs, .min_args = 1, .max_args = 1},
    {.name = "__invert__", .fn = int_invert, .min_args = 1, .max_args = 1},
    {.name = "__add__", .fn = forward<int_add>, .min_args = 2, .max_args = 2},
    {.name = "__radd__", .fn = reflected<int_add>, .min_args = 2, .max_args = 2},
    {.name = "__sub__", .fn = forward<int_sub>, .min_args = 2, .max_args = 2},
    {.name = "__rsub__", .fn = reflected<int_sub>, .min_args = 2, .max_args = 2},
    {.name = "__mul__", .fn = forward<int_mul>, .min_args = 2, .max_args = 2},
    {.name = "__rmul__", .fn = reflected<int_mul>, .min_args = 2, .max_args = 2},
    {.name = "__truediv__", .fn = forward<int_truediv>, .min_args = 2, .max_args = 2},
    {.name = "__rtruediv__", .fn = reflected<int_truediv>, .min_args = 2, .max_args = 2},
    {.name = "__floordiv__", .fn = forward<int_floordiv>, .min_args = 2, .max_args = 2},
    {.name = "__rfloordiv__", .fn = reflected<int_floordiv>, .min_args = 2, .max_args = 2},
    {.name = "__mod__", .fn = forward<int_mod>, .min_args = 2, .max_args = 2},
    {.name = "__rmod__", .fn = reflected<int_mod>, .min_args = 2, .max_args = 2},
    {.name = "__divmod__", .fn = forward<int_divmod>, .min_args = 2, .max_args = 2},
    {.name = "__rdivmod__", .fn = reflected<int_divmod>, .min_args = 2, .max_args = 2},
    {.name = "__pow__", .fn = int_pow_method, .min_args = 2, .max_args = 3},
    {.name = "__rpow__", .fn = int_rpow_method, .min_args = 2, .max_args = 3},
    {.name = "__lshift__", .fn = forward<int_lshift>, .min_args = 2, .max_args = 2},
    {.name = "__rlshift__", .fn = reflected<int_lshift>, .min_args = 2, .max_args = 2},
    {.name = "__rshift__", .fn = forward<int_rshift>, .min_args = 2, .max_args = 2},
    {.name = "__rrshift__", .fn = reflected<int_rshift>, .min_args = 2, .max_args = 2},
    {.name = "__and__", .fn = forward<int_and>, .min_args = 2, .max_args = 2},
    {.name = "__rand__", .fn = reflected<int_and>, .min_args = 2, .max_args = 2},
    {.name = "__or__", .fn = forward<int_or>, .min_args = 2, .max_args = 2},
    {.name = "__ror__", .fn = reflected<int_or>, .min_args = 2, .max_args = 2},
    {.name = "__xor__", .fn = forward<int_xor>, .min_args = 2, .max_args = 2},
    {.name = "__rxor__", .fn = reflected<int_xor>, .min_args = 2, .max_args = 2},
    {.name = "__eq__", .fn = int_richcompare<CompareOp::Eq>, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = int_richcompare<CompareOp::Ne>, .min_args = 2, .max_args = 2},
    {.name = "__lt__", .fn = int_richcompare<CompareOp::Lt>, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = int_richcompare<CompareOp::Le>, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = int_richcompare<CompareOp::Gt>, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = int_richcompare<CompareOp::Ge>, .min_args = 2, .max_args = 2},
    {.name = "__format__", .fn = int_format_method, .min_args = 2, .max_args = 2},
    {.name = "__getnewargs__", .fn = int_getnewargs, .min_args = 1, .max_args = 1},
    {.name = "__sizeof__", .fn = int_sizeof, .min_args = 1, .max_args = 1},
    {.name = "conjugate", .fn = int_self, .min_args = 1, .max_args = 1},
    {.name = "bit_length", .fn = int_bit_length, .min_args = 1, .max_args = 1},
    {.name = "bit_count", .fn = int_bit_count, .min_args = 1, .max_args = 1},
    {.name = "as_integer_ratio", .fn = int_as_integer_ratio, .min_args = 1, .max_args = 1},
    {.name = "to_bytes", .kwfn = int_to_bytes},
    {.name = "from_bytes", .kwfn = int_from_bytes, .kind = MethodKind::Class},
    {nullptr},
};

const GetSetDef int_getsets[] = {
    {.name = "real", .get = int_self_getter},
    {.name = "imag", .get = int_zero_getter},
    {.name = "numerator", .get = int_self_getter},
    {.name = "denominator", .get = int_one_getter},
    {nullptr},
};

// ---------------------------------------------------------------- bool

Result<Ref> bool_repr(const Value* args, size_t) { return Ref::borrow(Value(intern(args[0].is(True()) ? "True" : "False"))); }

// bool.__new__(cls, x=False, /)
Result<Ref> bool_new(CallArgs args) {
    TRY(new_target(args, &bool_type));
    TRY(no_keywords(args, "bool"));
    TRY(check_positional("bool", args.nargs - 1, 0, 1));
    if (args.nargs == 1) return Ref::borrow(False());
    return Ref::borrow(bool_value(TRY(truthy(args[1]))));
}

// &, | and ^ of two bools stay bools; anything else is int arithmetic.
template <Special op>
Result<Ref> bool_bitwise(const Value* args, size_t) {
    if (!is_int(args[1])) return not_implemented();
    return int_binary_op(args[0], args[1], op);
}
template <Special op>
Result<Ref> bool_bitwise_reflected(const Value* args, size_t) {
    if (!is_int(args[1])) return not_implemented();
    return int_binary_op(args[1], args[0], op);
}

const MethodDef bool_methods[] = {
    {.name = "__new__", .kwfn = bool_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = bool_repr, .min_args = 1, .max_args = 1},
    {.name = "__and__", .fn = bool_bitwise<Special::and_>, .min_args = 2, .max_args = 2},
    {.name = "__rand__", .fn = bool_bitwise_reflected<Special::and_>, .min_args = 2, .max_args = 2},
    {.name = "__or__", .fn = bool_bitwise<Special::or_>, .min_args = 2, .max_args = 2},
    {.name = "__ror__", .fn = bool_bitwise_reflected<Special::or_>, .min_args = 2, .max_args = 2},
    {.name = "__xor__", .fn = bool_bitwise<Special::xor_>, .min_args = 2, .max_args = 2},
    {.name = "__rxor__", .fn = bool_bitwise_reflected<Special::xor_>, .min_args = 2, .max_args = 2},
    {nullptr},
};

void init_bool_object(Int* obj, long value) {
    constexpr intptr_t kImmortal = intptr_t(1) << 60;
    obj->refcount = kImmortal;
    obj->type = &bool_type;
    mpz_init_set_si(obj->value, value);
}

} // namespace

void init_int_types() {
    init_native_type(&int_type, {.name = "int",
                                 .basicsize = sizeof(Int),
                                 .dealloc = int_dealloc,
                                 .methods = int_methods,
                                 .getsets = int_getsets,
                                 .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
                                        "integer, or return 0 if no arguments\nare given."});
    init_native_type(&bool_type, {.name = "bool",
                                  .base = &int_type,
                                  .basicsize = sizeof(Int),
                                  .flags = 0, // bool cannot be subclassed
                                  .dealloc = int_dealloc,
                                  .methods = bool_methods,
                                  .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise."});
    init_bool_object(&True_object, 1);
    init_bool_object(&False_object, 0);
}

} // namespace pyco

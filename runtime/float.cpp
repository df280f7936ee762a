// float: IEEE-754 doubles, boxed, with a free list because arithmetic
// allocates one per result. Semantics and messages follow CPython 3.11's
// Objects/floatobject.c: Python's sign rules for // and %, exact comparison
// with ints, the numeric hash shared with int, correctly rounded round().
#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/number_format.h"
#include "runtime/numbers.h"
#include "runtime/runtime.h"

namespace pyco {

TypeObject float_type;

namespace {

std::string tname(Value v) { return std::string(type_name(v)); }

// ---------------------------------------------------------------- allocation

// Recently freed exact floats, reused by make_float.
constexpr int kFreeListMax = 256;
Float* free_list[kFreeListMax];
int free_count = 0;

void float_dealloc(Object* self) {
    if (self->type == &float_type && free_count < kFreeListMax) {
        free_list[free_count++] = static_cast<Float*>(self);
        return;
    }
    free_object(self);
}

} // namespace

Ref make_float(double d) {
    Float* f;
    if (free_count > 0) {
        f = free_list[--free_count];
        f->refcount = 1;
    } else {
        f = alloc<Float>(&float_type);
    }
    f->value = d;
    return Ref::steal(Value(f));
}

Result<Ref> make_float_of_type(TypeObject* type, double d) {
    if (type == &float_type) return make_float(d);
    auto* f = static_cast<Float*>(alloc_object(type, type->basicsize));
    f->value = d;
    return Ref::steal(Value(f));
}

bool is_float(Value v) { return v.is_object() && (v.type() == &float_type || is_subtype(v.type(), &float_type)); }

double float_value(Value v) { return v.as<Float>()->value; }

// ---------------------------------------------------------------- hashing

hash_t float_hash(double d, Value obj) {
    if (std::isinf(d)) return d > 0 ? kHashInf : -kHashInf;
    if (std::isnan(d)) {
        // By identity, as object.__hash__ (CPython 3.10+): NaNs are never equal.
        uintptr_t p = obj.bits();
        auto h = static_cast<hash_t>((p >> 4) | (p << (8 * sizeof(p) - 4)));
        return h == -1 ? -2 : h;
    }
    // The value reduced modulo 2**61-1, taking the mantissa 28 bits at a
    // time (CPython's _Py_HashDouble), so integral floats hash as ints.
    int e;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        auto y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    auto h = static_cast<hash_t>(x) * sign;
    return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- conversions

Result<double> as_double(Value v) {
    if (is_float(v)) return float_value(v);
    if (is_int(v)) return int_to_double(v);
    TypeObject* t = v.type();
    if (lookup_special(t, Special::float_)) {
        Ref r = TRY(call_special(v, Special::float_, {}));
        if (!is_float(r))
            return raise_format(TypeError_type, "%s.__float__ returned non-float (type %s)", tname(v).c_str(), tname(r).c_str());
        return float_value(r);
    }
    if (lookup_special(t, Special::index)) {
        Ref i = TRY(index_object(v));
        return int_to_double(i);
    }
    return raise_format(TypeError_type, "must be real number, not %s", tname(v).c_str());
}

namespace {

bool equals_ignoring_case(std::string_view text, std::string_view word) {
    if (text.size() != word.size()) return false;
    for (size_t i = 0; i < text.size(); ++i)
        if ((text[i] | 0x20) != word[i]) return false;
    return true;
}

// Digits with single underscores between them, starting at text[*i]: the
// digits (underscores removed) are appended to `out`. False if an
// underscore is misplaced; no digits at all is fine here.
bool scan_digits(std::string_view text, size_t* i, std::string* out) {
    size_t start = *i;
    while (*i < text.size()) {
        char c = text[*i];
        if (c >= '0' && c <= '9') {
            *out += c;
        } else if (c == '_') {
            bool between = *i > start && text[*i - 1] != '_' && *i + 1 < text.size() && text[*i + 1] >= '0' && text[*i + 1] <= '9';
            if (!between) return false;
        } else {
            break;
        }
        ++*i;
    }
    return true;
}

// The decimal exponent of the leading significant digit of a literal in
// the form from_chars reads ("0.012e5" -> 3), saturated far beyond the
// range of doubles.
long long leading_exponent(const std::string& clean) {
    size_t e = clean.find('e');
    size_t mantissa_end = e == std::string::npos ? clean.size() : e;
    long long exp10 = 0;
    if (e != std::string::npos) {
        size_t i = e + 1;
        bool negative = clean[i] == '-';
        if (clean[i] == '+' || clean[i] == '-') ++i;
        for (; i < clean.size(); ++i) exp10 = std::min(exp10 * 10 + (clean[i] - '0'), 1LL << 40);
        if (negative) exp10 = -exp10;
    }
    size_t point = std::min(clean.find('.'), mantissa_end);
    size_t first = clean.find_first_of("123456789");
    auto pos = [](size_t p) { return static_cast<long long>(p); };
    // A digit left of the point at index i stands for 10**(point-i-1); right of it, 10**(point-i).
    return exp10 + (first < point ? pos(point) - pos(first) - 1 : pos(point) - pos(first));
}

// Python's float literal grammar after whitespace stripping:
// [sign] (digits [. [digits]] | . digits) [e [sign] digits] | [sign] inf | infinity | nan.
// Returns false for anything else.
bool parse_float_ascii(std::string_view text, double* out) {
    bool negative = false;
    size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    std::string_view rest = text.substr(i);
    if (equals_ignoring_case(rest, "inf") || equals_ignoring_case(rest, "infinity")) {
        *out = negative ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (equals_ignoring_case(rest, "nan")) {
        *out = negative ? -NAN : NAN;
        return true;
    }
    // Rebuild a clean literal for from_chars: digits, '.', 'e', exponent.
    std::string clean;
    if (!scan_digits(text, &i, &clean)) return false;
    size_t int_digits = clean.size();
    size_t frac_digits = 0;
    if (i < text.size() && text[i] == '.') {
        clean += '.';
        ++i;
        if (i < text.size() && text[i] == '_') return false;
        size_t before = clean.size();
        if (!scan_digits(text, &i, &clean)) return false;
        frac_digits = clean.size() - before;
    }
    if (int_digits + frac_digits == 0) return false;
    if (i < text.size() && (text[i] | 0x20) == 'e') {
        clean += 'e';
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) clean += text[i++];
        size_t before = clean.size();
        if (i < text.size() && text[i] == '_') return false;
        if (!scan_digits(text, &i, &clean) || clean.size() == before) return false;
    }
    if (i != text.size()) return false;
    double value = 0;
    auto r = std::from_chars(clean.data(), clean.data() + clean.size(), value);
    // Out of range: overflow gives inf, underflow zero.
    if (r.ec == std::errc::result_out_of_range) value = leading_exponent(clean) > 0 ? HUGE_VAL : 0.0;
    *out = negative ? -value : value;
    return true;
}

} // namespace

Result<double> parse_float_text(std::string_view text, Value original) {
    std::string_view s = text;
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    double d;
    if (!parse_float_ascii(s, &d)) {
        std::string r = TRY(repr_text(original));
        return raise_format(ValueError_type, "could not convert string to float: %s", r.c_str());
    }
    return d;
}

namespace {

// float(x): CPython's PyNumber_Float.
Result<double> number_to_double(Value x) {
    if (isinstance_exact(x, &float_type)) return float_value(x);
    TypeObject* t = x.type();
    if (lookup_special(t, Special::float_)) {
        Ref r = TRY(call_special(x, Special::float_, {}));
        if (!is_float(r))
            return raise_format(TypeError_type, "%s.__float__ returned non-float (type %s)", tname(x).c_str(), tname(r).c_str());
        return float_value(r);
    }
    if (lookup_special(t, Special::index)) {
        Ref i = TRY(index_object(x));
        return int_to_double(i);
    }
    if (is_float(x)) return float_value(x);
    // Unicode digits and spaces count in a str; bytes are taken as they are.
    if (is_str(x)) return parse_float_text(numeric_text_to_ascii(x.as<Str>()->view()), x);
    if (is_bytes(x)) return parse_float_text(x.as<Bytes>()->view(), x);
    return raise_format(TypeError_type, "float() argument must be a string or a real number, not '%s'", tname(x).c_str());
}

// float.__new__(cls, x=0.0, /)
Result<Ref> float_new(CallArgs args) {
    TypeObject* cls = TRY(new_target(args, &float_type));
    TRY(no_keywords(args, "float"));
    TRY(check_positional("float", args.nargs - 1, 0, 1));
    double d = args.nargs > 1 ? TRY(number_to_double(args[1])) : 0.0;
    return make_float_of_type(cls, d);
}

// ---------------------------------------------------------------- arithmetic

// The operand as a double if it is a float or an int (OverflowError for
// huge ints); false for other types (the operator returns NotImplemented).
Result<bool> operand_double(Value v, double* out) {
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        *out = TRY(int_to_double(v));
        return true;
    }
    return false;
}

double float_mod(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y; // the sign of the divisor
    } else {
        mod = std::copysign(0.0, y);
    }
    return mod;
}

// CPython's float_divmod: the quotient snapped to the nearest integral value
// consistent with the remainder.
void float_divmod_values(double x, double y, double* floordiv, double* mod) {
    *mod = std::fmod(x, y);
    double div = (x - *mod) / y;
    if (*mod) {
        if ((y < 0) != (*mod < 0)) {
            *mod += y;
            div -= 1.0;
        }
    } else {
        *mod = std::copysign(0.0, y);
    }
    if (div) {
        *floordiv = std::floor(div);
        if (div - *floordiv > 0.5) *floordiv += 1.0;
    } else {
        *floordiv = std::copysign(0.0, x / y);
    }
}

bool is_odd_integer(double d) { return std::fmod(std::fabs(d), 2.0) == 1.0; }

// OverflowError(errno, strerror(errno)), what PyErr_SetFromErrno makes.
ErrorTag raise_errno(TypeObject& type, int err) {
    Ref args[2] = {make_int(err), make_str(std::strerror(err)).ref()};
    Ref exc = TRY(call(Value(&type), {args[0].get(), args[1].get()}));
    return raise_object(std::move(exc));
}

} // namespace

Result<Ref> float_pow_values(double x, double y) {
    if (y == 0) return make_float(1.0); // x**0 is 1, even 0**0 and nan**0
    if (std::isnan(x)) return make_float(x);
    if (std::isnan(y)) return make_float(x == 1.0 ? 1.0 : y);
    if (std::isinf(y)) {
        double ax = std::fabs(x);
        if (ax == 1.0) return make_float(1.0);
        if ((y > 0) == (ax > 1.0)) return make_float(HUGE_VAL);
        return make_float(0.0);
    }
    if (std::isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return make_float(odd ? x : std::fabs(x));
        return make_float(odd ? std::copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0) return raise(ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
        return make_float(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        // CPython returns a complex here ((-8) ** (1/3)); pyco has no complex
        // type, so this is the one float operation that deviates.
        if (y != std::floor(y)) return raise(NotImplementedError_type, "complex numbers are not supported");
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return make_float(negate ? -1.0 : 1.0); // (-1)**huge_int is exact
    double r = std::pow(x, y);
    if (std::isinf(r)) return raise_errno(OverflowError_type, ERANGE);
    return make_float(negate ? -r : r);
}

Result<Ref> float_binary_op(Value a, Value b, Special op) {
    double x, y;
    if (!TRY(operand_double(a, &x)) || !TRY(operand_double(b, &y))) return Ref::borrow(NotImplemented());
    switch (op) {
    case Special::add: case Special::iadd: return make_float(x + y);
    case Special::sub: case Special::isub: return make_float(x - y);
    case Special::mul: case Special::imul: return make_float(x * y);
    case Special::truediv: case Special::itruediv:
        if (y == 0) return raise(ZeroDivisionError_type, "float division by zero");
        return make_float(x / y);
    case Special::floordiv: case Special::ifloordiv: {
        if (y == 0) return raise(ZeroDivisionError_type, "float floor division by zero");
        double q, r;
        float_divmod_values(x, y, &q, &r);
        return make_float(q);
    }
    case Special::mod: case Special::imod:
        if (y == 0) return raise(ZeroDivisionError_type, "float modulo");
        return make_float(float_mod(x, y));
    case Special::divmod: {
        if (y == 0) return raise(ZeroDivisionError_type, "float divmod()");
        double q, r;
        float_divmod_values(x, y, &q, &r);
        return tuple_pack({make_float(q), make_float(r)}).ref();
    }
    case Special::pow: case Special::ipow: return float_pow_values(x, y);
    default: return Ref::borrow(NotImplemented());
    }
}

// Exact, also between floats and ints beyond 2**53: 2**53 + 1 > float(2**53).
Value number_compare(Value a, Value b, CompareOp op) {
    int c;
    if (is_float(a) && is_float(b)) {
        double x = float_value(a), y = float_value(b);
        if (std::isnan(x) || std::isnan(y)) return bool_value(op == CompareOp::Ne);
        c = (x > y) - (x < y);
    } else if (is_float(a) && is_int(b)) {
        if (std::isnan(float_value(a))) return bool_value(op == CompareOp::Ne);
        c = -compare_int_double(b, float_value(a));
    } else if (is_int(a) && is_float(b)) {
        if (std::isnan(float_value(b))) return bool_value(op == CompareOp::Ne);
        c = compare_int_double(a, float_value(b));
    } else if (is_int(a) && is_int(b)) {
        c = int_compare(a, b);
    } else {
        return Value();
    }
    return bool_value(compare_outcome(c, op));
}

namespace {

template <Special op>
Result<Ref> forward(const Value* args, size_t) {
    return float_binary_op(args[0], args[1], op);
}
template <Special op>
Result<Ref> reflected(const Value* args, size_t) {
    return float_binary_op(args[1], args[0], op);
}

Status check_no_modulus(const Value* args, size_t nargs) {
    if (nargs > 2 && !args[2].is(None()))
        return raise(TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
    return ok_status();
}

Result<Ref> float_pow_method(const Value* args, size_t nargs) {
    TRY(check_no_modulus(args, nargs));
    return float_binary_op(args[0], args[1], Special::pow);
}
Result<Ref> float_rpow_method(const Value* args, size_t nargs) {
    TRY(check_no_modulus(args, nargs));
    return float_binary_op(args[1], args[0], Special::pow);
}

// ---------------------------------------------------------------- comparison

template <CompareOp op>
Result<Ref> float_richcompare(const Value* args, size_t) {
    Value r = number_compare(args[0], args[1], op);
    return Ref::borrow(r ? r : NotImplemented());
}

// ---------------------------------------------------------------- methods

double self_value(const Value* args) { return float_value(args[0]); }

Result<Ref> float_repr_method(const Value* args, size_t) { return make_str(float_repr(self_value(args))).ref(); }
Result<Ref> float_hash_method(const Value* args, size_t) { return make_int(float_hash(self_value(args), args[0])); }
Result<Ref> float_bool(const Value* args, size_t) { return Ref::borrow(bool_value(self_value(args) != 0)); }
Result<Ref> float_self(const Value* args, size_t) {
    if (isinstance_exact(args[0], &float_type)) return Ref::borrow(args[0]);
    return make_float(self_value(args));
}
Result<Ref> float_self_getter(Value self) {
    if (isinstance_exact(self, &float_type)) return Ref::borrow(self);
    return make_float(float_value(self));
}
Result<Ref> float_zero_getter(Value) { return make_float(0.0); }
Result<Ref> float_neg(const Value* args, size_t) { return make_float(-self_value(args)); }
Result<Ref> float_abs(const Value* args, size_t) { return make_float(std::fabs(self_value(args))); }
Result<Ref> float_trunc(const Value* args, size_t) { return int_from_double(self_value(args)); }
Result<Ref> float_floor(const Value* args, size_t) { return int_from_double(std::floor(self_value(args))); }
Result<Ref> float_ceil(const Value* args, size_t) { return int_from_double(std::ceil(self_value(args))); }
Result<Ref> float_is_integer(const Value* args, size_t) {
    double d = self_value(args);
    return Ref::borrow(bool_value(std::isfinite(d) && std::floor(d) == d));
}
Result<Ref> float_getnewargs(const Value* args, size_t) { return tuple_pack({make_float(self_value(args))}).ref(); }
Result<Ref> float_sizeof(const Value*, size_t) { return make_int(24); }

Result<Ref> float_format_method(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "__format__() argument must be str, not %s", tname(args[1]).c_str());
    std::string_view spec = args[1].as<Str>()->view();
    if (spec.empty()) return str(args[0]);
    return format_float(args[0], self_value(args), spec);
}

// x = m * 2**e exactly, with m an integer of at most 53 bits.
void decompose(double x, mpz_ptr m, int64_t* e) {
    int exp;
    double f = std::frexp(x, &exp);
    mpz_set_d(m, std::ldexp(f, DBL_MANT_DIG));
    *e = exp - DBL_MANT_DIG;
}

// round(x, ndigits) for finite x: x * 10**ndigits rounded half-even to an
// integer q, then q / 10**ndigits correctly rounded. That is exactly what
// CPython computes with dtoa mode 3 followed by strtod.
Result<Ref> round_to_digits(double x, int64_t ndigits) {
    Mpz m, num, den, q;
    int64_t e;
    decompose(std::fabs(x), m.v, &e);
    mpz_set(num.v, m.v);
    mpz_set_ui(den.v, 1);
    if (e > 0) mpz_mul_2exp(num.v, num.v, static_cast<mp_bitcnt_t>(e));
    else mpz_mul_2exp(den.v, den.v, static_cast<mp_bitcnt_t>(-e));
    Mpz scale;
    mpz_ui_pow_ui(scale.v, 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
    if (ndigits >= 0) mpz_mul(num.v, num.v, scale.v);
    else mpz_mul(den.v, den.v, scale.v);
    mpz_div_round_half_even(q.v, num.v, den.v);
    double r;
    bool fits;
    if (ndigits >= 0) {
        fits = mpz_ratio_to_double(q.v, scale.v, &r);
    } else {
        mpz_mul(q.v, q.v, scale.v);
        Mpz one;
        mpz_set_ui(one.v, 1);
        fits = mpz_ratio_to_double(q.v, one.v, &r);
    }
    if (!fits) return raise(OverflowError_type, "rounded value too large to represent");
    return make_float(std::copysign(r, x));
}

// __round__(ndigits=None)
Result<Ref> float_round(const Value* args, size_t nargs) {
    double x = self_value(args);
    if (nargs < 2 || args[1].is(None())) {
        double rounded = std::round(x);
        if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0); // ties to even
        return int_from_double(rounded);
    }
    int64_t ndigits = TRY(index_value(args[1], nullptr)); // clamped, as CPython
    // Beyond these a double is unchanged, or rounds to zero.
    constexpr int kMaxDigits = static_cast<int>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    constexpr int kMinDigits = -static_cast<int>((DBL_MAX_EXP + 1) * 0.30103);
    if (!std::isfinite(x) || ndigits > kMaxDigits) return make_float(x);
    if (ndigits < kMinDigits) return make_float(0.0 * x);
    if (x == 0) return make_float(x);
    return round_to_digits(x, ndigits);
}

Result<Ref> float_as_integer_ratio(const Value* args, size_t) {
    double x = self_value(args);
    if (std::isinf(x)) return raise(OverflowError_type, "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) return raise(ValueError_type, "cannot convert NaN to integer ratio");
    Mpz m, d;
    int64_t e;
    decompose(x, m.v, &e);
    // Lowest terms: strip the common factors of two.
    mpz_set_ui(d.v, 1);
    if (mpz_sgn(m.v) != 0) {
        mp_bitcnt_t twos = mpz_scan1(m.v, 0);
        if (e < 0) {
            auto shift = std::min<mp_bitcnt_t>(twos, static_cast<mp_bitcnt_t>(-e));
            mpz_tdiv_q_2exp(m.v, m.v, shift);
            e += static_cast<int64_t>(shift);
        }
    } else {
        e = 0;
    }
    if (e > 0) mpz_mul_2exp(m.v, m.v, static_cast<mp_bitcnt_t>(e));
    else mpz_mul_2exp(d.v, d.v, static_cast<mp_bitcnt_t>(-e));
    Ref num = int_from_mpz_move(m.v), den = int_from_mpz_move(d.v);
    return tuple_pack({num.get(), den.get()}).ref();
}

// float.hex(): '0x1.8000000000000p+1', CPython's float_hex.
Result<Ref> float_hex(const Value* args, size_t) {
    double x = self_value(args);
    if (std::isnan(x) || std::isinf(x)) return make_str(float_repr(x)).ref();
    if (x == 0) return make_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0").ref();
    int e;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    static const char kHex[] = "0123456789abcdef";
    std::string out = std::signbit(x) ? "-0x" : "0x";
    auto digit = static_cast<int>(m);
    out += kHex[digit];
    m -= digit;
    out += '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        digit = static_cast<int>(m);
        out += kHex[digit];
        m -= digit;
    }
    char exp[16];
    std::snprintf(exp, sizeof exp, "p%+d", e);
    out += exp;
    return make_str(out).ref();
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits],
// or inf / infinity / nan; correctly rounded (CPython's float_fromhex).
Result<double> parse_hex_float(std::string_view s) {
    auto invalid = [] { return raise(ValueError_type, "invalid hexadecimal floating-point string"); };
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (equals_ignoring_case(s, "inf") || equals_ignoring_case(s, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
    if (equals_ignoring_case(s, "nan")) return NAN;
    if (s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') s.remove_prefix(2);
    // Collect the mantissa as an integer and a binary exponent.
    Mpz mant;
    int64_t exp2 = 0;
    size_t i = 0;
    size_t ndigits = 0;
    for (; i < s.size() && hex_digit(s[i]) >= 0; ++i, ++ndigits) {
        mpz_mul_2exp(mant.v, mant.v, 4);
        mpz_add_ui(mant.v, mant.v, static_cast<unsigned long>(hex_digit(s[i])));
    }
    if (i < s.size() && s[i] == '.') {
        for (++i; i < s.size() && hex_digit(s[i]) >= 0; ++i, ++ndigits) {
            mpz_mul_2exp(mant.v, mant.v, 4);
            mpz_add_ui(mant.v, mant.v, static_cast<unsigned long>(hex_digit(s[i])));
            exp2 -= 4;
        }
    }
    if (ndigits == 0) return invalid();
    if (i < s.size() && (s[i] | 0x20) == 'p') {
        ++i;
        bool exp_negative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
        size_t start = i;
        int64_t e = 0;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) e = std::min<int64_t>(e * 10 + (s[i] - '0'), int64_t(1) << 40);
        if (i == start) return invalid();
        exp2 += exp_negative ? -e : e;
    }
    if (i != s.size()) return invalid();
    double r = 0;
    if (mpz_sgn(mant.v) != 0) {
        int64_t top = static_cast<int64_t>(mpz_sizeinbase(mant.v, 2)) + exp2; // value < 2**top
        if (top > DBL_MAX_EXP + 1) return raise(OverflowError_type, "hexadecimal value too large to represent as a float");
        if (top < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
            r = 0.0;
        } else {
            Mpz num, den;
            mpz_set(num.v, mant.v);
            mpz_set_ui(den.v, 1);
            if (exp2 > 0) mpz_mul_2exp(num.v, num.v, static_cast<mp_bitcnt_t>(exp2));
            else mpz_mul_2exp(den.v, den.v, static_cast<mp_bitcnt_t>(-exp2));
            if (!mpz_ratio_to_double(num.v, den.v, &r))
                return raise(OverflowError_type, "hexadecimal value too large to represent as a float");
        }
    }
    return negative ? -r : r;
}

Result<Ref> float_fromhex(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "fromhex() argument must be str, not %s", tname(args[1]).c_str());
    double d = TRY(parse_hex_float(args[1].as<Str>()->view()));
    Value cls = args[0];
    if (cls.is(Value(&float_type))) return make_float(d);
    Ref f = make_float(d);
    return call(cls, {f.get()});
}

Result<Ref> float_getformat(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "__getformat__() argument must be str, not %s", tname(args[1]).c_str());
    std::string_view which = args[1].as<Str>()->view();
    if (which != "double" && which != "float")
        return raise(ValueError_type, "__getformat__() argument 1 must be 'double' or 'float'");
    return make_str("IEEE, little-endian").ref();
}

const MethodDef float_methods[] = {
    {.name = "__new__", .kwfn = float_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = float_repr_method, .min_args = 1, .max_args = 1},
    {.name = "__hash__", .fn = float_hash_method, .min_args = 1, .max_args = 1},
    {.name = "__bool__", .fn = float_bool, .min_args = 1, .max_args = 1},
    {.name = "__int__", .fn = float_trunc, .min_args = 1, .max_args = 1},
    {.name = "__float__", .fn = float_self, .min_args = 1, .max_args = 1},
    {.name = "__trunc__", .fn = float_trunc, .min_args = 1, .max_args = 1},
    {.name = "__floor__", .fn = float_floor, .min_args = 1, .max_args = 1},
    {.name = "__ceil__", .fn = float_ceil, .min_args = 1, .max_args = 1},
    {.name = "__round__", .fn = float_round, .min_args = 1, .max_args = 2},
    {.name = "__neg__", .fn = float_neg, .min_args = 1, .max_args = 1},
    {.name = "__pos__", .fn = float_self, .min_args = 1, .max_args = 1},
    {.name = "__abs__", .fn = float_abs, .min_args = 1, .max_args = 1},
    {.name = "__add__", .fn = forward<Special::add>, .min_args = 2, .max_args = 2},
    {.name = "__radd__", .fn = reflected<Special::add>, .min_args = 2, .max_args = 2},
    {.name = "__sub__", .fn = forward<Special::sub>, .min_args = 2, .max_args = 2},
    {.name = "__rsub__", .fn = reflected<Special::sub>, .min_args = 2, .max_args = 2},
    {.name = "__mul__", .fn = forward<Special::mul>, .min_args = 2, .max_args = 2},
    {.name = "__rmul__", .fn = reflected<Special::mul>, .min_args = 2, .max_args = 2},
    {.name = "__truediv__", .fn = forward<Special::truediv>, .min_args = 2, .max_args = 2},
    {.name = "__rtruediv__", .fn = reflected<Special::truediv>, .min_args = 2, .max_args = 2},
    {.name = "__floordiv__", .fn = forward<Special::floordiv>, .min_args = 2, .max_args = 2},
    {.name = "__rfloordiv__", .fn = reflected<Special::floordiv>, .min_args = 2, .max_args = 2},
    {.name = "__mod__", .fn = forward<Special::mod>, .min_args = 2, .max_args = 2},
    {.name = "__rmod__", .fn = reflected<Special::mod>, .min_args = 2, .max_args = 2},
    {.name = "__divmod__", .fn = forward<Special::divmod>, .min_args = 2, .max_args = 2},
    {.name = "__rdivmod__", .fn = reflected<Special::divmod>, .min_args = 2, .max_args = 2},
    {.name = "__pow__", .fn = float_pow_method, .min_args = 2, .max_args = 3},
    {.name = "__rpow__", .fn = float_rpow_method, .min_args = 2, .max_args = 3},
    {.name = "__eq__", .fn = float_richcompare<CompareOp::Eq>, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = float_richcompare<CompareOp::Ne>, .min_args = 2, .max_args = 2},
    {.name = "__lt__", .fn = float_richcompare<CompareOp::Lt>, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = float_richcompare<CompareOp::Le>, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = float_richcompare<CompareOp::Gt>, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = float_richcompare<CompareOp::Ge>, .min_args = 2, .max_args = 2},
    {.name = "__format__", .fn = float_format_method, .min_args = 2, .max_args = 2},
    {.name = "__getnewargs__", .fn = float_getnewargs, .min_args = 1, .max_args = 1},
    {.name = "__sizeof__", .fn = float_sizeof, .min_args = 1, .max_args = 1},
    {.name = "conjugate", .fn = float_self, .min_args = 1, .max_args = 1},
    {.name = "is_integer", .fn = float_is_integer, .min_args = 1, .max_args = 1},
    {.name = "as_integer_ratio", .fn = float_as_integer_ratio, .min_args = 1, .max_args = 1},
    {.name = "hex", .fn = float_hex, .min_args = 1, .max_args = 1},
    {.name = "fromhex", .fn = float_fromhex, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {.name = "__getformat__", .fn = float_getformat, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {nullptr},
};

const GetSetDef float_getsets[] = {
    {.name = "real", .get = float_self_getter},
    {.name = "imag", .get = float_zero_getter},
    {nullptr},
};

} // namespace

void init_float_type() {
    init_native_type(&float_type, {.name = "float",
                                   .basicsize = sizeof(Float),
                                   .dealloc = float_dealloc,
                                   .methods = float_methods,
                                   .getsets = float_getsets,
                                   .doc = "Convert a string or number to a floating point number, if possible."});
}

} // namespace pyco

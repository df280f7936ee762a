// The math module: CPython 3.11's Modules/mathmodule.c semantics. Float
// functions take anything with __float__ or __index__; a NaN result from a
// non-NaN argument is "math domain error" (ValueError) and an infinite
// result from finite arguments is "math range error" (OverflowError) or a
// domain error, per function, as in CPython. Integer functions (factorial,
// gcd, comb, isqrt, ...) work on GMP integers.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/modules.h"
#include "runtime/numbers.h"

namespace pyco {

namespace {

std::string tname(Value v) { return std::string(type_name(v)); }

ErrorTag domain_error() { return raise(ValueError_type, "math domain error"); }
ErrorTag range_error() { return raise(OverflowError_type, "math range error"); }

Ref float_ref(double d) { return make_float(d); }

// CPython's is_error(): after a libm call that set errno. ERANGE with a
// small result is an underflow, which is not an error.
Result<Ref> result_or_error(double r) {
    if (errno == EDOM) return domain_error();
    if (errno == ERANGE && std::fabs(r) >= 1.5) return range_error();
    return float_ref(r);
}

// One-argument float functions (CPython's math_1): `can_overflow` decides
// whether an infinite result of a finite argument is a range error
// (exp(1000)) or a domain error (a pole, as in log(0)).
Result<Ref> math_1(Value arg, double (*fn)(double), bool can_overflow) {
    double x = TRY(as_double(arg));
    errno = 0;
    double r = fn(x);
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (std::isfinite(r) && errno) return result_or_error(r);
    return float_ref(r);
}

// Two-argument float functions (CPython's math_2).
Result<Ref> math_2(Value ax, Value ay, double (*fn)(double, double)) {
    double x = TRY(as_double(ax)), y = TRY(as_double(ay));
    errno = 0;
    double r = fn(x, y);
    if (std::isnan(r)) errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
    else if (std::isinf(r)) errno = std::isfinite(x) && std::isfinite(y) ? ERANGE : 0;
    return result_or_error(r);
}

#define PYCO_MATH_1(name, fn, can_overflow) \
    Result<Ref> math_##name(const Value* args, size_t) { return math_1(args[0], fn, can_overflow); }
#define PYCO_MATH_2(name, fn) \
    Result<Ref> math_##name(const Value* args, size_t) { return math_2(args[0], args[1], fn); }

double m_acos(double x) { return std::acos(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_asin(double x) { return std::asin(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_atan(double x) { return std::atan(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_cbrt(double x) { return std::cbrt(x); }
double m_cos(double x) { return std::cos(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_exp(double x) { return std::exp(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_log1p(double x) { return std::log1p(x); }
double m_sin(double x) { return std::sin(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_sqrt(double x) { return std::sqrt(x); }
double m_tan(double x) { return std::tan(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_copysign(double x, double y) { return std::copysign(x, y); }

// IEEE 754 remainder; remainder(inf, y) and remainder(x, 0) are domain errors.
double m_remainder(double x, double y) {
    if (std::isinf(x) && !std::isnan(y)) return NAN;
    return std::remainder(x, y);
}

PYCO_MATH_1(acos, m_acos, false)
PYCO_MATH_1(acosh, m_acosh, false)
PYCO_MATH_1(asin, m_asin, false)
PYCO_MATH_1(asinh, m_asinh, false)
PYCO_MATH_1(atan, m_atan, false)
PYCO_MATH_1(atanh, m_atanh, false)
PYCO_MATH_1(cbrt, m_cbrt, false)
PYCO_MATH_1(cos, m_cos, false)
PYCO_MATH_1(cosh, m_cosh, true)
PYCO_MATH_1(erf, m_erf, false)
PYCO_MATH_1(erfc, m_erfc, false)
PYCO_MATH_1(exp, m_exp, true)
PYCO_MATH_1(exp2, m_exp2, true)
PYCO_MATH_1(expm1, m_expm1, true)
PYCO_MATH_1(fabs, m_fabs, false)
PYCO_MATH_1(log1p, m_log1p, false)
PYCO_MATH_1(sin, m_sin, false)
PYCO_MATH_1(sinh, m_sinh, true)
PYCO_MATH_1(sqrt, m_sqrt, false)
PYCO_MATH_1(tan, m_tan, false)
PYCO_MATH_1(tanh, m_tanh, false)
PYCO_MATH_2(atan2, m_atan2)
PYCO_MATH_2(copysign, m_copysign)
PYCO_MATH_2(remainder, m_remainder)

#undef PYCO_MATH_1
#undef PYCO_MATH_2

// ---------------------------------------------------------------- gamma

// CPython evaluates gamma and lgamma with its own Lanczos approximation
// (g = 6.0246..., 13 terms: the coefficients of Boost's lanczos13m53), not
// with libm, whose last digits differ. The same evaluation order here gives
// the same doubles.
constexpr int kLanczosTerms = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNumerator[kLanczosTerms] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator x(x+1)...(x+11) expanded.
constexpr double kLanczosDenominator[kLanczosTerms] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

// The rational Lanczos sum for x > 0. For large x, numerator and
// denominator are evaluated as polynomials in 1/x to avoid overflow.
double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = kLanczosTerms - 1; i >= 0; --i) {
            num = num * x + kLanczosNumerator[i];
            den = den * x + kLanczosDenominator[i];
        }
    } else {
        for (int i = 0; i < kLanczosTerms; ++i) {
            num = num / x + kLanczosNumerator[i];
            den = den / x + kLanczosDenominator[i];
        }
    }
    return num / den;
}

// sin(pi * x), exact at the multiples of 1/2, for finite x.
double sin_pi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    double r;
    switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break; // not -sin(pi*(y-1)): keeps +0.0 at y == 1
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

bool is_nonpositive_integer(double x) { return x <= 0 && std::floor(x) == x; }

// Gamma of a finite x that is not 0 or a negative integer; inf on overflow.
double gamma_value(double x) {
    // Exact factorials for small integers: 0! .. 22!
    if (x == std::floor(x) && x <= 23) {
        double f = 1.0;
        for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
        return f;
    }
    double ax = std::fabs(x);
    if (ax < 1e-20) return 1.0 / x;
    if (ax > 200.0) return x < 0 ? 0.0 / sin_pi(x) : HUGE_VAL;
    double y = ax + kLanczosGMinusHalf;
    // z = the rounding error of y, scaled: a first-order correction.
    double z = ax > kLanczosGMinusHalf ? (y - ax) - kLanczosGMinusHalf : (y - kLanczosGMinusHalf) - ax;
    z = z * kLanczosG / y;
    double r;
    // y**(ax - 0.5), split in two factors where it would overflow alone.
    bool split = ax >= 140.0;
    double power = split ? std::pow(y, ax / 2.0 - 0.25) : std::pow(y, ax - 0.5);
    if (x < 0.0) {
        // Reflection: gamma(-x) = -pi / (x sin(pi x) gamma(x)).
        r = -M_PI / sin_pi(ax) / ax * std::exp(y) / lanczos_sum(ax);
        r -= z * r;
        r /= power;
        if (split) r /= power;
    } else {
        r = lanczos_sum(ax) / std::exp(y);
        r += z * r;
        r *= power;
        if (split) r *= power;
    }
    return r;
}

Result<Ref> math_gamma(const Value* args, size_t) {
    double x = TRY(as_double(args[0]));
    if (std::isnan(x) || x == HUGE_VAL) return float_ref(x);
    if (x == -HUGE_VAL || is_nonpositive_integer(x)) return domain_error();
    double r = gamma_value(x);
    if (std::isinf(r)) return range_error();
    return float_ref(r);
}

Result<Ref> math_lgamma(const Value* args, size_t) {
    double x = TRY(as_double(args[0]));
    if (std::isnan(x)) return float_ref(x);
    if (std::isinf(x)) return float_ref(HUGE_VAL);
    if (is_nonpositive_integer(x)) return domain_error();
    if (x == 1.0 || x == 2.0) return float_ref(0.0);
    double ax = std::fabs(x);
    if (ax < 1e-20) return float_ref(-std::log(ax));
    double r = std::log(lanczos_sum(ax)) - kLanczosG;
    r += (ax - 0.5) * (std::log(ax + kLanczosG - 0.5) - 1);
    if (x < 0.0) r = std::log(M_PI) - std::log(std::fabs(sin_pi(ax))) - std::log(ax) - r; // reflection
    if (std::isinf(r)) return range_error();
    return float_ref(r);
}

// ---------------------------------------------------------------- logarithms

// log, log2, log10 of a float: log(x <= 0) is a domain error.
double log_positive(double x, double (*fn)(double)) {
    if (std::isfinite(x)) return x > 0 ? fn(x) : (x == 0 ? -HUGE_VAL : NAN);
    if (std::isnan(x) || x > 0) return x;
    return NAN; // log(-inf)
}

double m_log(double x) { return std::log(x); }
double m_log2(double x) { return std::log2(x); }
double m_log10(double x) { return std::log10(x); }

// CPython's loghelper: ints too large for a float are still fine, as
// log(m * 2**e) = log(m) + e * log(2).
Result<double> log_of(Value arg, double (*fn)(double)) {
    if (is_int(arg)) {
        if (int_sign(arg) <= 0) return domain_error();
        Result<double> x = int_to_double(arg);
        if (x.ok()) return log_positive(x.value(), fn);
        if (!error_matches(OverflowError_type)) return kError;
        error_clear();
        // arg = m * 2**e with m in [0.5, 1), correctly rounded.
        IntView z(arg);
        auto e = static_cast<int64_t>(mpz_sizeinbase(z, 2));
        Mpz power;
        mpz_setbit(power.v, static_cast<mp_bitcnt_t>(e));
        double m;
        mpz_ratio_to_double(z, power.v, &m);
        if (m == 1.0) {
            m = 0.5;
            ++e;
        }
        return fn(m) + fn(2.0) * static_cast<double>(e);
    }
    double x = TRY(as_double(arg));
    double r = log_positive(x, fn);
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return domain_error();
    return r;
}

// log(x[, base])
Result<Ref> math_log(const Value* args, size_t nargs) {
    if (nargs < 1 || nargs > 2) return raise(TypeError_type, "math.log requires 1 to 2 arguments");
    double num = TRY(log_of(args[0], m_log));
    if (nargs == 1) return float_ref(num);
    double den = TRY(log_of(args[1], m_log));
    if (den == 0) return raise(ZeroDivisionError_type, "float division by zero");
    return float_ref(num / den);
}
Result<Ref> math_log2(const Value* args, size_t) { return float_ref(TRY(log_of(args[0], m_log2))); }
Result<Ref> math_log10(const Value* args, size_t) { return float_ref(TRY(log_of(args[0], m_log10))); }

// ---------------------------------------------------------------- float utilities

Result<Ref> math_fmod(const Value* args, size_t) {
    double x = TRY(as_double(args[0])), y = TRY(as_double(args[1]));
    if (std::isinf(y) && std::isfinite(x)) return float_ref(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    return float_ref(r);
}

bool is_odd_integer(double d) { return std::isfinite(d) && std::fmod(std::fabs(d), 2.0) == 1.0; }

// math.pow follows C99 Annex F for the special values, and raises where
// float ** float would give a complex number or divide by zero.
Result<Ref> math_pow(const Value* args, size_t) {
    double x = TRY(as_double(args[0])), y = TRY(as_double(args[1]));
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) return float_ref(y == 0 ? 1.0 : x);
        if (std::isnan(y)) return float_ref(x == 1.0 ? 1.0 : y);
        if (std::isinf(x)) {
            if (y > 0) return float_ref(is_odd_integer(y) ? x : std::fabs(x));
            if (y == 0) return float_ref(1.0);
            return float_ref(is_odd_integer(y) ? std::copysign(0.0, x) : 0.0);
        }
        // y is infinite
        if (std::fabs(x) == 1.0) return float_ref(1.0);
        if (y > 0 && std::fabs(x) > 1.0) return float_ref(y);
        if (y < 0 && std::fabs(x) < 1.0) return float_ref(-y);
        return float_ref(0.0);
    }
    double r = std::pow(x, y);
    if (std::isnan(r)) return domain_error(); // negative ** non-integer
    if (std::isinf(r)) return x == 0 ? domain_error() : range_error();
    return float_ref(r);
}

Result<Ref> math_ldexp(const Value* args, size_t) {
    double x = TRY(as_double(args[0]));
    if (!is_int(args[1])) return raise(TypeError_type, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_int64(args[1], &e)) e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0 || !std::isfinite(x)) return float_ref(x);
    if (e > INT32_MAX) return range_error();
    if (e < INT32_MIN) return float_ref(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return range_error();
    return float_ref(r);
}

Result<Ref> math_frexp(const Value* args, size_t) {
    double x = TRY(as_double(args[0]));
    int e = 0;
    double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;
    return tuple_pack({float_ref(m), make_int(e)}).ref();
}

Result<Ref> math_modf(const Value* args, size_t) {
    double x = TRY(as_double(args[0]));
    if (std::isinf(x)) return tuple_pack({float_ref(std::copysign(0.0, x)), float_ref(x)}).ref();
    double whole;
    double frac = std::modf(x, &whole);
    return tuple_pack({float_ref(frac), float_ref(whole)}).ref();
}

Result<Ref> math_isnan(const Value* args, size_t) { return Ref::borrow(bool_value(std::isnan(TRY(as_double(args[0]))))); }
Result<Ref> math_isinf(const Value* args, size_t) { return Ref::borrow(bool_value(std::isinf(TRY(as_double(args[0]))))); }
Result<Ref> math_isfinite(const Value* args, size_t) {
    return Ref::borrow(bool_value(std::isfinite(TRY(as_double(args[0])))));
}

Result<Ref> math_degrees(const Value* args, size_t) { return float_ref(TRY(as_double(args[0])) * (180.0 / M_PI)); }
Result<Ref> math_radians(const Value* args, size_t) { return float_ref(TRY(as_double(args[0])) * (M_PI / 180.0)); }

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Result<Ref> math_isclose(CallArgs args) {
    enum { kA, kB, kRelTol, kAbsTol };
    Value p[4] = {};
    TRY(parse_args(args, 0, {.fname = "isclose", .names = {"a", "b", "rel_tol", "abs_tol"}, .minpos = 2, .maxpos = 2}, p));
    double a = TRY(as_double(p[kA])), b = TRY(as_double(p[kB]));
    double rel_tol = p[kRelTol] ? TRY(as_double(p[kRelTol])) : 1e-09;
    double abs_tol = p[kAbsTol] ? TRY(as_double(p[kAbsTol])) : 0.0;
    if (rel_tol < 0 || abs_tol < 0) return raise(ValueError_type, "tolerances must be non-negative");
    if (a == b) return Ref::borrow(True());
    if (std::isinf(a) || std::isinf(b)) return Ref::borrow(False());
    double diff = std::fabs(b - a);
    bool close = diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
    return Ref::borrow(bool_value(close));
}

Result<Ref> math_nextafter(const Value* args, size_t) {
    double x = TRY(as_double(args[0])), y = TRY(as_double(args[1]));
    return float_ref(std::nextafter(x, y));
}

Result<Ref> math_ulp(const Value* args, size_t) {
    double x = TRY(as_double(args[0]));
    if (std::isnan(x)) return float_ref(x);
    x = std::fabs(x);
    if (std::isinf(x)) return float_ref(x);
    double next = std::nextafter(x, HUGE_VAL);
    if (std::isinf(next)) return float_ref(x - std::nextafter(x, -HUGE_VAL)); // x is the largest float
    return float_ref(next - x);
}

// ---------------------------------------------------------------- rounding to ints

// floor/ceil: floats directly, other types through __floor__/__ceil__,
// falling back to their float value.
Result<Ref> round_to_int(Value v, Special method, double (*fn)(double)) {
    if (isinstance_exact(v, &float_type)) return int_from_double(fn(float_value(v)));
    Ref r = TRY(call_special(v, method, {}));
    if (r) return r;
    return int_from_double(fn(TRY(as_double(v))));
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }

Result<Ref> math_floor(const Value* args, size_t) { return round_to_int(args[0], Special::floor, c_floor); }
Result<Ref> math_ceil(const Value* args, size_t) { return round_to_int(args[0], Special::ceil, c_ceil); }

Result<Ref> math_trunc(const Value* args, size_t) {
    Value v = args[0];
    if (isinstance_exact(v, &float_type)) return int_from_double(float_value(v));
    Ref r = TRY(call_special(v, Special::trunc, {}));
    if (!r) return raise_format(TypeError_type, "type %s doesn't define __trunc__ method", tname(v).c_str());
    return r;
}

// ---------------------------------------------------------------- sums and norms

// fsum: Shewchuk's exact summation with non-overlapping partials, the
// special values handled apart, and a final correction so that the result
// is correctly rounded (half-even) across partials.
Result<Ref> math_fsum(const Value* args, size_t) {
    std::vector<double> partials;
    double special_sum = 0.0, inf_sum = 0.0;
    TRY(for_each(args[0], [&](Value item) -> Status {
        double x = TRY(as_double(item));
        const double original = x;
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        partials.resize(kept);
        if (x == 0.0) return ok_status();
        if (std::isfinite(x)) {
            partials.push_back(x);
            return ok_status();
        }
        // A non-finite sum comes from an inf or nan summand, or from overflow.
        if (std::isfinite(original)) return raise(OverflowError_type, "intermediate overflow in fsum");
        if (std::isinf(original)) inf_sum += original;
        special_sum += original;
        partials.clear();
        return ok_status();
    }));
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) return raise(ValueError_type, "-inf + inf in fsum");
        return float_ref(special_sum);
    }
    double hi = 0.0, lo = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        // Add from the largest partial down while the sum stays exact.
        while (n > 0) {
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        // The remaining partials decide a tie of the last rounding.
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return float_ref(hi);
}

// prod(iterable, /, *, start=1)
Result<Ref> math_prod(CallArgs args) {
    enum { kIterable, kStart };
    Value p[2] = {};
    TRY(parse_args(args, 0, {.fname = "prod", .names = {"iterable", "start"}, .posonly = 1, .minpos = 1, .maxpos = 1}, p));
    Ref result = p[kStart] ? Ref::borrow(p[kStart]) : Ref::small_int(1);
    TRY(for_each(p[kIterable], [&](Value item) -> Status {
        result = TRY(binary_op(result, item, Special::mul));
        return ok_status();
    }));
    return result;
}

struct DoubleLength {
    double hi, lo;
};
// a + b exactly, for |a| >= |b|.
DoubleLength fast_two_sum(double a, double b) {
    double hi = a + b;
    return {hi, (a - hi) + b};
}
// x * y exactly.
DoubleLength two_product(double x, double y) {
    double hi = x * y;
    return {hi, std::fma(x, y, -hi)};
}

// The Euclidean norm of finite, non-negative `v` whose largest element is
// `max`, accurate to within one ulp: the elements are scaled by a power of
// two, squared and summed with their rounding errors kept apart, and the
// square root receives one Newton correction (CPython's vector_norm).
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || v.size() <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        // ldexp(1.0, -max_e) would overflow: scale subnormals up first.
        for (double& x : v) x /= DBL_MIN;
        return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (double x : v) {
        x *= scale; // exact
        DoubleLength sq = two_product(x, x);
        DoubleLength sm = fast_two_sum(csum, sq.hi);
        csum = sm.hi;
        frac1 += sq.lo;
        frac2 += sm.lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength sq = two_product(-h, h);
    DoubleLength sm = fast_two_sum(csum, sq.hi);
    csum = sm.hi;
    frac1 += sq.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

// Accumulates |x| for vector_norm.
struct NormInput {
    std::vector<double> values;
    double max = 0.0;
    bool found_nan = false;
    void add(double x) {
        x = std::fabs(x);
        values.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    double norm() { return vector_norm(values, max, found_nan); }
};

Result<Ref> math_hypot(const Value* args, size_t nargs) {
    NormInput in;
    for (size_t i = 0; i < nargs; ++i) in.add(TRY(as_double(args[i])));
    return float_ref(in.norm());
}

Result<Ref> math_dist(const Value* args, size_t) {
    Ref p = TRY(sequence_to_tuple(args[0]));
    Ref q = TRY(sequence_to_tuple(args[1]));
    Tuple* tp = p.as<Tuple>();
    Tuple* tq = q.as<Tuple>();
    if (tp->size != tq->size) return raise(ValueError_type, "both points must have the same number of dimensions");
    NormInput in;
    for (int64_t i = 0; i < tp->size; ++i) {
        double a = TRY(as_double(tp->items[i])), b = TRY(as_double(tq->items[i]));
        in.add(a - b);
    }
    return float_ref(in.norm());
}

// ---------------------------------------------------------------- integers

// The int value of an __index__ argument (exact int).
Result<Ref> index_arg(Value v) { return int_exact(TRY(index_object(v))); }

Result<Ref> math_factorial(const Value* args, size_t) {
    Ref n = TRY(index_arg(args[0]));
    int64_t k;
    if (!int_to_int64(n, &k)) {
        if (int_sign(n) < 0) return raise(ValueError_type, "factorial() not defined for negative values");
        return raise_format(OverflowError_type, "factorial() argument should not exceed %lld", static_cast<long long>(INT64_MAX));
    }
    if (k < 0) return raise(ValueError_type, "factorial() not defined for negative values");
    TRY(check_int_bits(static_cast<double>(k) * std::log2(static_cast<double>(k) + 1)));
    Mpz r;
    mpz_fac_ui(r.v, static_cast<unsigned long>(k));
    return int_from_mpz_move(r.v);
}

Result<Ref> math_gcd(const Value* args, size_t nargs) {
    Mpz r;
    for (size_t i = 0; i < nargs; ++i) {
        Ref x = TRY(index_arg(args[i]));
        mpz_gcd(r.v, r.v, IntView(x));
    }
    return int_from_mpz_move(r.v);
}

Result<Ref> math_lcm(const Value* args, size_t nargs) {
    Mpz r;
    mpz_set_ui(r.v, 1);
    for (size_t i = 0; i < nargs; ++i) {
        Ref x = TRY(index_arg(args[i]));
        IntView z(x);
        TRY(check_int_bits(static_cast<double>(mpz_sizeinbase(r.v, 2) + mpz_sizeinbase(z, 2))));
        mpz_lcm(r.v, r.v, z);
    }
    return int_from_mpz_move(r.v);
}

Result<Ref> math_isqrt(const Value* args, size_t) {
    Ref n = TRY(index_arg(args[0]));
    if (int_sign(n) < 0) return raise(ValueError_type, "isqrt() argument must be nonnegative");
    Mpz r;
    mpz_sqrt(r.v, IntView(n));
    return int_from_mpz_move(r.v);
}

// n and k of comb/perm: non-negative ints.
Status check_non_negative(Value v, const char* name) {
    if (int_sign(v) < 0) return raise_format(ValueError_type, "%s must be a non-negative integer", name);
    return ok_status();
}

// n! / (n - k)! for 0 <= k <= n, k small enough to loop over.
Result<Ref> falling_factorial(Value n, uint64_t k) {
    IntView z(n);
    TRY(check_int_bits(static_cast<double>(k) * static_cast<double>(mpz_sizeinbase(z, 2))));
    Mpz r, f;
    mpz_set_ui(r.v, 1);
    for (uint64_t i = 0; i < k; ++i) {
        mpz_sub_ui(f.v, z, i);
        mpz_mul(r.v, r.v, f.v);
    }
    return int_from_mpz_move(r.v);
}

Result<Ref> math_comb(const Value* args, size_t) {
    Ref n = TRY(index_arg(args[0]));
    Ref k = TRY(index_arg(args[1]));
    TRY(check_non_negative(n, "n"));
    TRY(check_non_negative(k, "k"));
    if (int_compare(k, n) > 0) return Ref::small_int(0);
    // comb(n, k) == comb(n, n - k): loop over the smaller one.
    Mpz rest;
    mpz_sub(rest.v, IntView(n), IntView(k));
    Ref m = mpz_cmp(rest.v, IntView(k)) < 0 ? int_from_mpz_move(rest.v) : k;
    int64_t count;
    if (!int_to_int64(m, &count))
        return raise_format(OverflowError_type, "min(n - k, k) must not exceed %lld", static_cast<long long>(INT64_MAX));
    TRY(check_int_bits(static_cast<double>(count) * static_cast<double>(mpz_sizeinbase(IntView(n), 2))));
    Mpz r;
    mpz_bin_ui(r.v, IntView(n), static_cast<unsigned long>(count));
    return int_from_mpz_move(r.v);
}

Result<Ref> math_perm(const Value* args, size_t nargs) {
    Ref n = TRY(index_arg(args[0]));
    TRY(check_non_negative(n, "n"));
    Ref k;
    if (nargs < 2 || args[1].is(None())) {
        k = n;
    } else {
        k = TRY(index_arg(args[1]));
        TRY(check_non_negative(k, "k"));
    }
    if (int_compare(k, n) > 0) return Ref::small_int(0);
    int64_t count;
    if (!int_to_int64(k, &count))
        return raise_format(OverflowError_type, "k must not exceed %lld", static_cast<long long>(INT64_MAX));
    return falling_factorial(n, static_cast<uint64_t>(count));
}

// ---------------------------------------------------------------- the module

const MethodDef math_functions[] = {
    {.name = "acos", .fn = math_acos, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "acosh", .fn = math_acosh, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "asin", .fn = math_asin, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "asinh", .fn = math_asinh, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "atan", .fn = math_atan, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "atan2", .fn = math_atan2, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "atanh", .fn = math_atanh, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "cbrt", .fn = math_cbrt, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "ceil", .fn = math_ceil, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "comb", .fn = math_comb, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "copysign", .fn = math_copysign, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "cos", .fn = math_cos, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "cosh", .fn = math_cosh, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "degrees", .fn = math_degrees, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "dist", .fn = math_dist, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "erf", .fn = math_erf, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "erfc", .fn = math_erfc, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "exp", .fn = math_exp, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "exp2", .fn = math_exp2, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "expm1", .fn = math_expm1, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "fabs", .fn = math_fabs, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "factorial", .fn = math_factorial, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "floor", .fn = math_floor, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "fmod", .fn = math_fmod, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "frexp", .fn = math_frexp, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "fsum", .fn = math_fsum, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "gamma", .fn = math_gamma, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "gcd", .fn = math_gcd, .min_args = 0, .max_args = -1, .kind = MethodKind::Static},
    {.name = "hypot", .fn = math_hypot, .min_args = 0, .max_args = -1, .kind = MethodKind::Static},
    {.name = "isclose", .kwfn = math_isclose, .kind = MethodKind::Static},
    {.name = "isfinite", .fn = math_isfinite, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "isinf", .fn = math_isinf, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "isnan", .fn = math_isnan, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "isqrt", .fn = math_isqrt, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "lcm", .fn = math_lcm, .min_args = 0, .max_args = -1, .kind = MethodKind::Static},
    {.name = "ldexp", .fn = math_ldexp, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "lgamma", .fn = math_lgamma, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "log", .fn = math_log, .min_args = 0, .max_args = -1, .kind = MethodKind::Static},
    {.name = "log10", .fn = math_log10, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "log1p", .fn = math_log1p, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "log2", .fn = math_log2, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "modf", .fn = math_modf, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "nextafter", .fn = math_nextafter, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "perm", .fn = math_perm, .min_args = 1, .max_args = 2, .kind = MethodKind::Static},
    {.name = "pow", .fn = math_pow, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "prod", .kwfn = math_prod, .kind = MethodKind::Static},
    {.name = "radians", .fn = math_radians, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "remainder", .fn = math_remainder, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "sin", .fn = math_sin, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "sinh", .fn = math_sinh, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "sqrt", .fn = math_sqrt, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "tan", .fn = math_tan, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "tanh", .fn = math_tanh, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "trunc", .fn = math_trunc, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "ulp", .fn = math_ulp, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {nullptr},
};

} // namespace

Result<Ref> make_math_module() {
    Handle<Dict> d = dict_new();
    Dict* dict = d.get();
    TRY(dict_set_str(dict, intern("__name__"), Value(intern("math"))));
    TRY(dict_set_str(dict, intern("__doc__"),
                     make_str("This module provides access to the mathematical functions\ndefined by the C standard.").ref()));
    TRY(add_functions(dict, math_functions, Value(intern("math"))));
    const std::pair<const char*, double> constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", HUGE_VAL}, {"nan", NAN},
    };
    for (const auto& [name, value] : constants) TRY(dict_set_str(dict, intern(name), make_float(value)));
    return std::move(d).ref();
}

} // namespace pyco

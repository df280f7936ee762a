// Number internals shared by int.cpp, float.cpp, number_format.cpp and
// math_module.cpp, and the entry points other layers need beyond objects.h
// (the VM's float fast path, sys.set_int_max_str_digits).
//
// Semantics are CPython 3.11's throughout: numeric hashes reduce modulo the
// Mersenne prime 2**61-1 so that equal ints and floats hash alike, int/float
// comparisons are exact, and every int -> float conversion rounds correctly.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/abstract.h"
#include "runtime/objects.h"

namespace pyco {

static_assert(GMP_LIMB_BITS == 64, "IntView packs a small int into one 64-bit limb");

// ---------------------------------------------------------------- hashing

constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;
constexpr hash_t kHashInf = 314159;

hash_t int_hash(Value v);              // hash(int) for any int-like
hash_t float_hash(double d, Value obj); // hash(float); NaN hashes by identity of `obj`

// ---------------------------------------------------------------- big ints

// A read-only mpz view of an int-like Value. Small ints are packed into a
// one-limb image on the stack (mpz_roinit_n), so mixed small/big arithmetic
// never allocates for its operands. Not copyable: the mpz points into it.
class IntView {
public:
    explicit IntView(Value v);
    IntView(const IntView&) = delete;
    IntView& operator=(const IntView&) = delete;
    mpz_srcptr get() const { return ptr_; }
    operator mpz_srcptr() const { return ptr_; } // NOLINT: reads like an mpz_t

private:
    mp_limb_t limb_;
    mpz_t image_;
    mpz_srcptr ptr_;
};

// The int for `v`, taking its limbs instead of copying them (v is left 0).
Ref int_from_mpz_move(mpz_ptr v);
// The value of an int-like as an exact int: small ints and exact ints are
// returned as they are; bools and int-subclass instances are copied.
Ref int_exact(Value v);
int int_sign(Value v);
int int_compare(Value a, Value b); // -1, 0, 1
// The truth of `c op 0` for a three-way comparison result c.
inline bool compare_outcome(int c, CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
    }
    return false;
}
// Correctly rounded int -> float (half-even). OverflowError "int too large
// to convert to float" when it does not fit.
Result<double> int_to_double(Value v);
// int(d) for a float: truncates; ValueError for NaN, OverflowError for inf.
Result<Ref> int_from_double(double d);
// Exact comparison of an int with a float that is not NaN: -1, 0, 1.
int compare_int_double(Value i, double d);

// str(int) / repr(int), subject to sys.set_int_max_str_digits() (ValueError
// "Exceeds the limit (4300 digits) for integer string conversion; ...").
Result<std::string> int_to_decimal_checked(Value v);
// Digits of |v| in `base` (2..36, or -2..-36 for upper case letters).
std::string int_abs_digits(Value v, int base);
// The limit for decimal int <-> str conversions (0 = none), and
// sys.set_int_max_str_digits(): ValueError "maxdigits must be 0 or larger
// than 640".
int64_t int_max_str_digits();
Status set_int_max_str_digits(int64_t limit);
constexpr int64_t kIntMaxStrDigitsDefault = 4300;
constexpr int64_t kIntStrDigitsCheckThreshold = 640;

// Results whose size would exceed this many bits raise MemoryError up
// front: GMP aborts the process when an allocation fails, Python must not.
constexpr uint64_t kMaxIntBits = uint64_t(1) << 33; // 1 GiB of limbs
Status check_int_bits(double bits);

// pow(base, exp[, mod]) for ints (mod null when absent). A negative
// exponent without modulus gives a float, as CPython.
Result<Ref> int_pow(Value base, Value exp, Value mod);

// q = round-half-even(n / d) for d > 0 (CPython's _PyLong_DivmodNear).
void mpz_div_round_half_even(mpz_ptr q, mpz_srcptr n, mpz_srcptr d);
// |n| / |d| correctly rounded to a double with the sign of n/d; false when
// it overflows the float range (d != 0).
bool mpz_ratio_to_double(mpz_srcptr n, mpz_srcptr d, double* out);

// ---------------------------------------------------------------- float

// float arithmetic (add, sub, mul, truediv, floordiv, mod, divmod, pow) on
// float/int operands; NotImplemented for other operand types.
Result<Ref> float_binary_op(Value a, Value b, Special op);
// a <op> b when both are ints (bools included) or floats, exact across the
// two types; null for other operand types (then the full protocol applies).
// With int_binary_op and float_binary_op, the VM's fast paths for numbers.
Value number_compare(Value a, Value b, CompareOp op);
// float ** float (CPython's float_pow special cases).
Result<Ref> float_pow_values(double x, double y);
// PyFloat_AsDouble: a float, or anything with __float__ or __index__;
// TypeError "must be real number, not X".
Result<double> as_double(Value v);
// float(x) for the text of a str (after numeric_text_to_ascii) or of a
// bytes: ValueError "could not convert string to float: <repr of original>".
Result<double> parse_float_text(std::string_view text, Value original);
// A float instance of `type` (float or a subclass) with value d.
Result<Ref> make_float_of_type(TypeObject* type, double d);

// ---------------------------------------------------------------- text

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: decimal digits of
// any script become ASCII digits, Unicode whitespace a space, any other
// non-ASCII character '?' (so that parsing fails on it).
std::string numeric_text_to_ascii(std::string_view utf8);
// ASCII whitespace as Py_ISSPACE: " \t\n\v\f\r".
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

} // namespace pyco

// Unit tests of int, bool, float, the number format specs and the math
// module, through the C++ API and the abstract protocol (operators, builtins,
// methods looked up by name). Every expected repr and error message was
// printed by CPython 3.11.7.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/modules.h"
#include "runtime/number_format.h"
#include "runtime/numbers.h"
#include "runtime/objects.h"
#include "runtime/runtime.h"

namespace pyco {
namespace {

class Numbers : public ::testing::Test {
protected:
    static void SetUpTestSuite() { init_runtime(); }
    void TearDown() override {
        EXPECT_FALSE(error_occurred()) << "an exception was left set";
        error_clear();
    }
};

// ---------------------------------------------------------------- helpers

// "Type: message" for the pending exception (cleared), as Python prints it.
std::string take_error() {
    Ref exc = error_fetch();
    if (!exc) return "no exception";
    std::string out(exc.get().type()->name_view());
    Result<std::string> text = str_text(exc);
    if (text.ok() && !text.value().empty()) out += ": " + text.value();
    return out;
}

// An operand: a value, or the result of an earlier operation (which must
// have succeeded).
struct Arg {
    Ref ref;
    Arg(Value v) : ref(Ref::borrow(v)) {}   // NOLINT
    Arg(const Ref& r) : ref(r) {}           // NOLINT
    Arg(Result<Ref> r) {                    // NOLINT
        if (r.ok()) {
            ref = r.take();
        } else {
            ADD_FAILURE() << "operand failed: " << take_error();
            ref = Ref::borrow(None());
        }
    }
    operator Value() const { return ref.get(); } // NOLINT
};

// repr() of a result, or "<Type: message>" when it raised.
std::string R(Result<Ref> r) {
    if (r.failed()) return "<" + take_error() + ">";
    Result<std::string> text = repr_text(r.value());
    if (text.failed()) return "<repr: " + take_error() + ">";
    return text.value();
}

Ref I(int64_t v) { return make_int(v); }
Ref F(double d) { return make_float(d); }
Ref S(const char* text) { return make_str(text).ref(); }
template <size_t N>
Ref Bytes(const char (&raw)[N]) { return make_bytes(std::string_view(raw, N - 1)).ref(); }
Ref L(std::initializer_list<Arg> items = {}) {
    Handle<List> list = list_new();
    for (const Arg& v : items) EXPECT_TRUE(list_append(list.get(), v).ok());
    return std::move(list).ref();
}
Ref T(std::initializer_list<Arg> items) {
    Handle<Tuple> t = tuple_new(items.size());
    size_t i = 0;
    for (const Arg& v : items) tuple_init_item(t.get(), i++, v.ref);
    return std::move(t).ref();
}
Ref Type(TypeObject* t) { return Ref::borrow(Value(t)); }
// 2**k
Ref P2(int k) {
    mpz_t z;
    mpz_init(z);
    mpz_setbit(z, static_cast<mp_bitcnt_t>(k));
    Ref r = make_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

Result<Ref> call_with(Value callable, std::initializer_list<Arg> args) {
    std::vector<Value> values(args.begin(), args.end());
    return call(callable, CallArgs{values.data(), values.size(), nullptr});
}

// a <op> b for the binary operators and comparisons, by Python symbol.
Result<Ref> Op(const Arg& a, const char* op, const Arg& b) {
    static const std::pair<const char*, Special> binary[] = {
        {"+", Special::add},      {"-", Special::sub},       {"*", Special::mul},     {"/", Special::truediv},
        {"//", Special::floordiv}, {"%", Special::mod},      {"**", Special::pow},    {"<<", Special::lshift},
        {">>", Special::rshift},  {"&", Special::and_},      {"|", Special::or_},     {"^", Special::xor_},
    };
    static const std::pair<const char*, CompareOp> comparisons[] = {
        {"<", CompareOp::Lt}, {"<=", CompareOp::Le}, {"==", CompareOp::Eq},
        {"!=", CompareOp::Ne}, {">", CompareOp::Gt}, {">=", CompareOp::Ge},
    };
    for (const auto& [symbol, special] : binary)
        if (std::strcmp(op, symbol) == 0) return binary_op(a, b, special);
    for (const auto& [symbol, cmp] : comparisons)
        if (std::strcmp(op, symbol) == 0) return compare(a, b, cmp);
    ADD_FAILURE() << "unknown operator " << op;
    return Ref();
}

// Unary -, +, ~ and abs().
Result<Ref> U(const char* op, const Arg& a) {
    Special s = std::strcmp(op, "-") == 0 ? Special::neg : std::strcmp(op, "+") == 0 ? Special::pos
              : std::strcmp(op, "~") == 0 ? Special::invert : Special::abs;
    return unary_op(a, s);
}

// A builtin function (int, float, round, pow, hash, format, ...) called with args.
Result<Ref> B(const char* name, std::initializer_list<Arg> args) {
    static Ref builtins;
    if (!builtins) builtins = make_builtins_dict().take();
    Value fn = dict_get_str(builtins.as<Dict>(), intern(name));
    EXPECT_TRUE(fn) << "no builtin " << name;
    return call_with(fn, args);
}

Result<Ref> Meth(const Arg& obj, const char* name, std::initializer_list<Arg> args) {
    Ref method = TRY(getattr(obj, intern(name)));
    return call_with(method, args);
}

Result<Ref> Attr(const Arg& obj, const char* name) { return getattr(obj, intern(name)); }

// obj.name(*positional, kwname=kwvalue)
Result<Ref> Kw(const Arg& obj, const char* name, std::initializer_list<Arg> positional, const char* kwname, Value kwvalue) {
    Ref method = TRY(getattr(obj, intern(name)));
    std::vector<Value> values(positional.begin(), positional.end());
    values.push_back(kwvalue);
    Handle<Tuple> names = tuple_pack({Value(intern(kwname))});
    return call(method, CallArgs{values.data(), positional.size(), names.get()});
}

Result<Ref> Fmt(const Arg& v, const char* spec) { return format(v, S(spec)); }

Result<Ref> Math(const char* name, std::initializer_list<Arg> args) {
    static Ref module;
    if (!module) module = make_math_module().take();
    Value fn = dict_get_str(module.as<Dict>(), intern(name));
    EXPECT_TRUE(fn) << "no math." << name;
    return call_with(fn, args);
}

// ---------------------------------------------------------------- C++ API

TEST_F(Numbers, MakeIntKeepsSmallIntsTagged) {
    EXPECT_TRUE(make_int(Value::kSmallIntMax).get().is_small_int());
    EXPECT_TRUE(make_int(Value::kSmallIntMin).get().is_small_int());
    EXPECT_FALSE(make_int(Value::kSmallIntMax + 1).get().is_small_int());
    EXPECT_FALSE(make_int(Value::kSmallIntMin - 1).get().is_small_int());
    EXPECT_FALSE(make_int_u64(UINT64_MAX).get().is_small_int());
    EXPECT_EQ(R(make_int_u64(UINT64_MAX)), "18446744073709551615");
    EXPECT_EQ(R(make_int(INT64_MIN)), "-9223372036854775808");
}

TEST_F(Numbers, ResultsNormaliseBackToSmallInts) {
    Ref big = P2(64);
    Result<Ref> back = Op(big, "-", big);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back.value().get().is_small_int());
    Result<Ref> small = Op(big, ">>", I(3)); // 2**61
    ASSERT_TRUE(small.ok());
    EXPECT_TRUE(small.value().get().is_small_int());
    Result<Ref> edge = Op(big, ">>", I(2)); // 2**62: just beyond the small range
    ASSERT_TRUE(edge.ok());
    EXPECT_FALSE(edge.value().get().is_small_int());
}

TEST_F(Numbers, IntToInt64) {
    int64_t out = 0;
    EXPECT_TRUE(int_to_int64(I(-5), &out));
    EXPECT_EQ(out, -5);
    EXPECT_TRUE(int_to_int64(make_int(INT64_MAX), &out));
    EXPECT_EQ(out, INT64_MAX);
    EXPECT_FALSE(int_to_int64(P2(63), &out));
    EXPECT_TRUE(int_to_int64(True(), &out));
    EXPECT_EQ(out, 1);
}

TEST_F(Numbers, IsIntCoversBoolAndBigInts) {
    EXPECT_TRUE(is_int(I(1)));
    EXPECT_TRUE(is_int(P2(100)));
    EXPECT_TRUE(is_int(True()));
    EXPECT_FALSE(is_int(F(1.0)));
    EXPECT_FALSE(is_int(None()));
    EXPECT_TRUE(is_float(F(1.0)));
    EXPECT_FALSE(is_float(I(1)));
    EXPECT_EQ(True().type(), &bool_type);
    EXPECT_EQ(bool_type.base, &int_type);
}

TEST_F(Numbers, IntFromStringAndDecimal) {
    Result<Ref> r = int_from_string("123456789012345678901234567890", 10);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(int_to_decimal(r.value()), "123456789012345678901234567890");
    EXPECT_EQ(R(int_from_string("ff", 16)), "255");
    EXPECT_EQ(R(int_from_string("12x", 10)), "<ValueError: invalid literal for int() with base 10: '12x'>");
    EXPECT_EQ(int_to_decimal(I(-42)), "-42");
}

TEST_F(Numbers, IntToDoubleRoundsHalfToEven) {
    Result<Ref> halfway = Op(P2(53), "+", I(1)); // exactly between two doubles
    ASSERT_TRUE(halfway.ok());
    EXPECT_EQ(int_to_double(halfway.value()).value(), 9007199254740992.0);
    Result<Ref> tie = Op(P2(80), "+", P2(27)); // halfway between 2**80 and its successor
    ASSERT_TRUE(tie.ok());
    EXPECT_EQ(int_to_double(tie.value()).value(), std::ldexp(1.0, 80));
    Result<Ref> above = Op(tie.value(), "+", I(1)); // the sticky bit breaks the tie
    ASSERT_TRUE(above.ok());
    EXPECT_EQ(int_to_double(above.value()).value(), std::ldexp(1.0, 80) + std::ldexp(1.0, 28));
    EXPECT_TRUE(int_to_double(P2(1024)).failed());
    EXPECT_EQ(take_error(), "OverflowError: int too large to convert to float");
}

TEST_F(Numbers, CompareIntDoubleIsExact) {
    Result<Ref> n = Op(P2(53), "+", I(1));
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(compare_int_double(n.value(), 9007199254740992.0), 1);
    EXPECT_EQ(compare_int_double(P2(2000), INFINITY), -1);
    EXPECT_EQ(compare_int_double(I(-3), -3.0), 0);
}

TEST_F(Numbers, HashesOfEqualIntsAndFloatsAgree) {
    for (int k : {0, 1, 30, 60, 61, 62, 63, 64, 100, 500, 1000}) {
        Ref n = P2(k);
        EXPECT_EQ(int_hash(n), float_hash(std::ldexp(1.0, k), n)) << "2**" << k;
    }
    EXPECT_EQ(int_hash(I(-1)), -2);
    EXPECT_EQ(float_hash(-1.0, Value()), -2);
}

TEST_F(Numbers, FloatReprFunction) {
    EXPECT_EQ(float_repr(0.1), "0.1");
    EXPECT_EQ(float_repr(1e16), "1e+16");
    EXPECT_EQ(float_repr(-0.0), "-0.0");
    EXPECT_EQ(float_repr(1e-5), "1e-05");
    EXPECT_EQ(float_repr(1e22), "1e+22");
    EXPECT_EQ(float_repr(NAN), "nan");
}

TEST_F(Numbers, DoubleToStringCodes) {
    EXPECT_EQ(double_to_string(1234.5678, 'e', 3, 0).take(), "1.235e+03");
    EXPECT_EQ(double_to_string(1234.5678, 'f', 1, 0).take(), "1234.6");
    EXPECT_EQ(double_to_string(0.0001234, 'g', 2, 0).take(), "0.00012");
    EXPECT_EQ(double_to_string(1e-5, 'G', 3, kFloatAlt).take(), "1.00E-05");
    EXPECT_EQ(double_to_string(2.0, 'r', 0, kFloatSign | kFloatAddDot0).take(), "+2.0");
    EXPECT_EQ(double_to_string(-0.0, 'f', 2, kFloatNoNegZero).take(), "0.00");
}

TEST_F(Numbers, FloatFreeListReusesObjectsSafely) {
    Object* first = make_float(1.5).get().as_object(); // freed at once: back on the free list
    Ref again = make_float(2.5);
    EXPECT_EQ(again.get().as_object(), first);
    EXPECT_EQ(float_value(again), 2.5);
    EXPECT_EQ(again.get().as_object()->refcount, 1);
}

TEST_F(Numbers, ParseFormatSpecFields) {
    FormatSpec spec;
    ASSERT_TRUE(parse_format_spec("*^+#012,.3f", I(0), 0, '>', &spec).ok());
    EXPECT_EQ(spec.fill, uint32_t('*'));
    EXPECT_EQ(spec.align, uint32_t('^'));
    EXPECT_EQ(spec.sign, uint32_t('+'));
    EXPECT_TRUE(spec.alternate);
    EXPECT_EQ(spec.width, 12);
    EXPECT_EQ(spec.grouping, uint32_t(','));
    EXPECT_EQ(spec.precision, 3);
    EXPECT_EQ(spec.type, uint32_t('f'));
    FormatSpec zero;
    ASSERT_TRUE(parse_format_spec("08", I(0), 0, '>', &zero).ok());
    EXPECT_EQ(zero.fill, uint32_t('0'));
    EXPECT_EQ(zero.align, uint32_t('='));
    FormatSpec text;
    ASSERT_TRUE(parse_format_spec("05", S(""), 's', '<', &text).ok());
    EXPECT_EQ(text.align, uint32_t('<')); // '0' does not imply '=' for left-aligned types
}

TEST_F(Numbers, IntMaxStrDigitsSetting) {
    EXPECT_EQ(int_max_str_digits(), 4300);
    EXPECT_TRUE(set_int_max_str_digits(100).failed());
    EXPECT_EQ(take_error(), "ValueError: maxdigits must be 0 or larger than 640");
    ASSERT_TRUE(set_int_max_str_digits(0).ok());
    EXPECT_EQ(R(B("str", {Op(I(10), "**", I(5000))})).size(), 5003u);
    ASSERT_TRUE(set_int_max_str_digits(kIntMaxStrDigitsDefault).ok());
}

TEST_F(Numbers, IntSubclassInstances) {
    Handle<Dict> ns = dict_new();
    Result<Ref> cls = make_class(&type_type, S("MyInt"), T({Type(&int_type)}), Value(ns.get()));
    ASSERT_TRUE(cls.ok());
    Result<Ref> five = call_with(cls.value(), {I(5)});
    ASSERT_TRUE(five.ok());
    EXPECT_EQ(five.value().get().type(), cls.value().as<TypeObject>());
    EXPECT_EQ(R(Result<Ref>(five.value())), "5");
    Result<Ref> sum = Op(five.value(), "+", I(1));
    ASSERT_TRUE(sum.ok());
    EXPECT_TRUE(sum.value().get().is_small_int()); // arithmetic returns plain ints
    EXPECT_EQ(R(Result<Ref>(sum.value())), "6");
    EXPECT_EQ(R(call_with(cls.value(), {S("ff"), I(16)})), "255");
    EXPECT_EQ(R(B("hash", {five.value()})), "5");
    EXPECT_EQ(R(Attr(five.value(), "real")), "5");
}

TEST_F(Numbers, BoolCannotBeSubclassed) {
    Handle<Dict> ns = dict_new();
    EXPECT_EQ(R(make_class(&type_type, S("B"), T({Type(&bool_type)}), Value(ns.get()))),
              "<TypeError: type 'bool' is not an acceptable base type>");
    EXPECT_EQ(R(Meth(Type(&int_type), "__new__", {Type(&bool_type), I(5)})),
              "<TypeError: int.__new__(bool) is not safe, use bool.__new__()>");
    EXPECT_EQ(R(Meth(Type(&bool_type), "__new__", {Type(&int_type)})), "<TypeError: bool.__new__(int): int is not a subtype of bool>");
}

// ---------------------------------------------------------------- Python-level behaviour

TEST_F(Numbers, SmallIntBoundariesPromote) {
    EXPECT_EQ(R(Op(P2(62), "-", I(1))), "4611686018427387903");
    EXPECT_EQ(R(Op(Op(P2(62), "-", I(1)), "+", I(1))), "4611686018427387904");
    EXPECT_EQ(R(Op(I(-4611686018427387904), "-", I(1))), "-4611686018427387905");
    EXPECT_EQ(R(Op(P2(63), "+", I(0))), "9223372036854775808");
    EXPECT_EQ(R(Op(P2(64), "-", P2(64))), "0");
    EXPECT_EQ(R(Op(I(4611686018427387903), "*", I(2))), "9223372036854775806");
    EXPECT_EQ(R(Op(I(3037000499), "*", I(3037000499))), "9223372030926249001");
    EXPECT_EQ(R(Op(I(-4611686018427387904), "*", I(-1))), "4611686018427387904");
    EXPECT_EQ(R(Op(I(-4611686018427387904), "//", I(-1))), "4611686018427387904");
    EXPECT_EQ(R(U("-", I(-4611686018427387904))), "4611686018427387904");
    EXPECT_EQ(R(U("abs", I(-4611686018427387904))), "4611686018427387904");
    EXPECT_EQ(R(U("~", Op(P2(62), "-", I(1)))), "-4611686018427387904");
    EXPECT_EQ(R(Op(I(1), "<<", I(62))), "4611686018427387904");
    EXPECT_EQ(R(Op(I(-1), "<<", I(62))), "-4611686018427387904");
    EXPECT_EQ(R(Op(I(3), "<<", I(61))), "6917529027641081856");
    EXPECT_EQ(R(Op(P2(64), ">>", I(2))), "4611686018427387904");
    EXPECT_EQ(R(Op(I(3), "**", I(40))), "12157665459056928801");
    EXPECT_EQ(R(Op(I(-3), "**", I(41))), "-36472996377170786403");
}

TEST_F(Numbers, BigIntArithmetic) {
    EXPECT_EQ(R(Op(P2(100), "+", P2(100))), "2535301200456458802993406410752");
    EXPECT_EQ(R(Op(P2(100), "-", Op(P2(100), "+", I(1)))), "-1");
    EXPECT_EQ(R(Op(P2(70), "*", U("-", P2(70)))), "-1393796574908163946345982392040522594123776");
    EXPECT_EQ(R(Op(P2(100), "//", I(-7))), "-181092942889747057356671886483");
    EXPECT_EQ(R(Op(U("-", P2(100)), "%", I(7))), "5");
    EXPECT_EQ(R(Op(P2(100), "%", I(-7))), "-5");
    EXPECT_EQ(R(B("divmod", {U("-", P2(100)), I(7)})), "(-181092942889747057356671886483, 5)");
    EXPECT_EQ(R(Op(P2(100), "&", I(-1))), "1267650600228229401496703205376");
    EXPECT_EQ(R(Op(I(-1), "^", P2(100))), "-1267650600228229401496703205377");
    EXPECT_EQ(R(Op(U("-", P2(100)), "|", I(5))), "-1267650600228229401496703205371");
    EXPECT_EQ(R(U("~", P2(100))), "-1267650600228229401496703205377");
    EXPECT_EQ(R(Op(U("-", P2(100)), ">>", I(98))), "-4");
    EXPECT_EQ(R(Op(U("-", P2(100)), ">>", P2(70))), "-1");
    EXPECT_EQ(R(Op(P2(100), ">>", P2(70))), "0");
    EXPECT_EQ(R(Op(I(0), "<<", P2(70))), "0");
}

TEST_F(Numbers, FloorDivisionAndModuloSigns) {
    EXPECT_EQ(R(Op(I(7), "//", I(-2))), "-4");
    EXPECT_EQ(R(Op(I(-7), "//", I(2))), "-4");
    EXPECT_EQ(R(Op(I(-7), "%", I(2))), "1");
    EXPECT_EQ(R(Op(I(7), "%", I(-2))), "-1");
    EXPECT_EQ(R(Op(I(-7), "%", I(-2))), "-1");
    EXPECT_EQ(R(B("divmod", {I(-7), I(2)})), "(-4, 1)");
    EXPECT_EQ(R(Op(F(-7.5), "//", I(2))), "-4.0");
    EXPECT_EQ(R(Op(F(7.5), "%", F(-2))), "-0.5");
    EXPECT_EQ(R(B("divmod", {F(-7.5), I(2)})), "(-4.0, 0.5)");
    EXPECT_EQ(R(Op(F(-1.0), "%", F(INFINITY))), "inf");
    EXPECT_EQ(R(B("divmod", {F(-1.0), F(INFINITY)})), "(-1.0, inf)");
    EXPECT_EQ(R(Op(F(0.0), "%", I(-1))), "-0.0");
    EXPECT_EQ(R(Op(F(-0.0), "//", I(1))), "-0.0");
    EXPECT_EQ(R(Op(F(INFINITY), "//", I(1))), "nan");
}

TEST_F(Numbers, ZeroDivisionMessages) {
    EXPECT_EQ(R(Op(I(1), "/", I(0))), "<ZeroDivisionError: division by zero>");
    EXPECT_EQ(R(Op(I(1), "//", I(0))), "<ZeroDivisionError: integer division or modulo by zero>");
    EXPECT_EQ(R(Op(I(1), "%", I(0))), "<ZeroDivisionError: integer modulo by zero>");
    EXPECT_EQ(R(B("divmod", {I(1), I(0)})), "<ZeroDivisionError: integer division or modulo by zero>");
    EXPECT_EQ(R(Op(F(1.0), "/", I(0))), "<ZeroDivisionError: float division by zero>");
    EXPECT_EQ(R(Op(F(1.0), "//", F(0.0))), "<ZeroDivisionError: float floor division by zero>");
    EXPECT_EQ(R(Op(F(1.0), "%", I(0))), "<ZeroDivisionError: float modulo>");
    EXPECT_EQ(R(B("divmod", {F(1.0), I(0)})), "<ZeroDivisionError: float divmod()>");
    EXPECT_EQ(R(Op(I(0), "**", I(-1))), "<ZeroDivisionError: 0.0 cannot be raised to a negative power>");
    EXPECT_EQ(R(Op(F(0.0), "**", F(-1.5))), "<ZeroDivisionError: 0.0 cannot be raised to a negative power>");
    EXPECT_EQ(R(Op(P2(100), "%", I(0))), "<ZeroDivisionError: integer modulo by zero>");
}

TEST_F(Numbers, TrueDivisionIsCorrectlyRounded) {
    EXPECT_EQ(R(Op(Op(I(10), "**", I(400)), "/", Op(I(10), "**", I(399)))), "10.0");
    EXPECT_EQ(R(Op(I(1), "/", I(3))), "0.3333333333333333");
    EXPECT_EQ(R(Op(I(0), "/", I(-5))), "-0.0");
    EXPECT_EQ(R(Op(Op(P2(53), "+", I(1)), "/", I(1))), "9007199254740992.0");
    EXPECT_EQ(R(Op(Op(P2(80), "+", I(3)), "/", P2(27))), "9007199254740992.0");
    EXPECT_EQ(R(Op(I(1), "/", Op(I(10), "**", I(400)))), "0.0");
    EXPECT_EQ(R(Op(I(1), "/", P2(1074))), "5e-324");
    EXPECT_EQ(R(Op(I(3), "/", P2(1075))), "1e-323");
    EXPECT_EQ(R(Op(Op(I(10), "**", I(400)), "/", I(3))), "<OverflowError: integer division result too large for a float>");
    EXPECT_EQ(R(Op(P2(1024), "/", I(1))), "<OverflowError: integer division result too large for a float>");
    EXPECT_EQ(R(Op(Op(P2(1024), "-", I(1)), "/", I(1))), "<OverflowError: integer division result too large for a float>");
}

TEST_F(Numbers, IntToFloatConversion) {
    EXPECT_EQ(R(B("float", {Op(P2(53), "+", I(1))})), "9007199254740992.0");
    EXPECT_EQ(R(B("float", {Op(P2(53), "+", I(3))})), "9007199254740996.0");
    EXPECT_EQ(R(B("float", {Op(P2(1024), "-", P2(970))})), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(B("float", {Op(P2(1024), "-", P2(969))})), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(B("float", {P2(1024)})), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(Op(P2(1024), "*", F(1.0))), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(Op(F(0.5), "+", Op(P2(64), "+", I(1)))), "1.8446744073709552e+19");
}

TEST_F(Numbers, PowerRules) {
    EXPECT_EQ(R(Op(I(2), "**", I(-2))), "0.25");
    EXPECT_EQ(R(Op(I(-2), "**", I(-3))), "-0.125");
    EXPECT_EQ(R(Op(I(0), "**", I(0))), "1");
    EXPECT_EQ(R(Op(I(-1), "**", P2(100))), "1");
    EXPECT_EQ(R(Op(I(2), "**", F(0.5))), "1.4142135623730951");
    EXPECT_EQ(R(Op(F(-8.0), "**", F(3.0))), "-512.0");
    EXPECT_EQ(R(Op(F(2.0), "**", I(1024))), "<OverflowError: (34, 'Numerical result out of range')>");
    EXPECT_EQ(R(Op(F(-1.0), "**", F(1e300))), "1.0");
    EXPECT_EQ(R(Op(F(2.0), "**", I(-1080))), "0.0");
    EXPECT_EQ(R(Op(U("-", P2(100)), "**", I(-1))), "-7.888609052210118e-31");
    EXPECT_EQ(R(Op(Op(I(10), "**", I(400)), "**", I(-1))), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(Op(I(2), "**", P2(40))), "<MemoryError>");
}

TEST_F(Numbers, ThreeArgumentPow) {
    EXPECT_EQ(R(B("pow", {I(3), I(-1), I(7)})), "5");
    EXPECT_EQ(R(B("pow", {I(2), I(3), I(-5)})), "-2");
    EXPECT_EQ(R(B("pow", {I(5), I(-1), I(-7)})), "-4");
    EXPECT_EQ(R(B("pow", {I(2), I(-1), I(4)})), "<ValueError: base is not invertible for the given modulus>");
    EXPECT_EQ(R(B("pow", {I(2), I(-1), I(0)})), "<ValueError: pow() 3rd argument cannot be 0>");
    EXPECT_EQ(R(B("pow", {I(5), I(0), I(1)})), "0");
    EXPECT_EQ(R(B("pow", {I(-3), I(2), I(7)})), "2");
    EXPECT_EQ(R(B("pow", {P2(100), P2(70), Op(P2(64), "+", I(13))})), "2343736528699706659");
    EXPECT_EQ(R(B("pow", {F(2.0), I(3), I(5)})), "<TypeError: pow() 3rd argument not allowed unless all arguments are integers>");
    EXPECT_EQ(R(B("pow", {I(2), I(3), None()})), "8");
}

TEST_F(Numbers, ShiftErrors) {
    EXPECT_EQ(R(Op(I(1), "<<", I(-1))), "<ValueError: negative shift count>");
    EXPECT_EQ(R(Op(P2(100), ">>", I(-1))), "<ValueError: negative shift count>");
    EXPECT_EQ(R(Op(I(1), "<<", P2(64))), "<MemoryError>");
}

TEST_F(Numbers, BoolArithmetic) {
    EXPECT_EQ(R(Op(True(), "+", True())), "2");
    EXPECT_EQ(R(Op(True(), "&", True())), "True");
    EXPECT_EQ(R(Op(True(), "|", I(0))), "1");
    EXPECT_EQ(R(Op(True(), "^", False())), "True");
    EXPECT_EQ(R(Op(I(1), "&", True())), "1");
    EXPECT_EQ(R(U("~", True())), "-2");
    EXPECT_EQ(R(U("-", True())), "-1");
    EXPECT_EQ(R(U("abs", False())), "0");
    EXPECT_EQ(R(Op(True(), "/", I(2))), "0.5");
    EXPECT_EQ(R(Op(True(), "<<", I(3))), "8");
    EXPECT_EQ(R(B("repr", {True()})), "'True'");
    EXPECT_EQ(R(B("bool", {F(0.0)})), "False");
    EXPECT_EQ(R(B("bool", {I(1), I(2)})), "<TypeError: bool expected at most 1 argument, got 2>");
}

TEST_F(Numbers, IntFloatComparisonsAreExact) {
    EXPECT_EQ(R(Op(Op(P2(53), "+", I(1)), ">", B("float", {P2(53)}))), "True");
    EXPECT_EQ(R(Op(B("float", {P2(53)}), "<", Op(P2(53), "+", I(1)))), "True");
    EXPECT_EQ(R(Op(Op(P2(53), "+", I(1)), "==", B("float", {P2(53)}))), "False");
    EXPECT_EQ(R(Op(P2(1024), ">", F(1e308))), "True");
    EXPECT_EQ(R(Op(P2(1024), "<", F(INFINITY))), "True");
    EXPECT_EQ(R(Op(U("-", P2(1024)), ">", F(-INFINITY))), "True");
    EXPECT_EQ(R(Op(I(1), "==", F(1.0))), "True");
    EXPECT_EQ(R(Op(I(1), "<", F(NAN))), "False");
    EXPECT_EQ(R(Op(F(NAN), "!=", I(1))), "True");
    EXPECT_EQ(R(Meth(I(1), "__eq__", {F(1.0)})), "NotImplemented");
    EXPECT_EQ(R(Meth(F(1.0), "__eq__", {I(1)})), "True");
    EXPECT_EQ(R(Meth(F(1.0), "__lt__", {S("a")})), "NotImplemented");
    EXPECT_EQ(R(Op(I(1), "<", S("a"))), "<TypeError: '<' not supported between instances of 'int' and 'str'>");
}

TEST_F(Numbers, IntHashMatchesCPython) {
    EXPECT_EQ(R(B("hash", {I(-1)})), "-2");
    EXPECT_EQ(R(B("hash", {I(-2)})), "-2");
    EXPECT_EQ(R(B("hash", {Op(P2(61), "-", I(1))})), "0");
    EXPECT_EQ(R(B("hash", {P2(61)})), "1");
    EXPECT_EQ(R(B("hash", {Op(P2(62), "-", I(1))})), "1");
    EXPECT_EQ(R(B("hash", {P2(62)})), "2");
    EXPECT_EQ(R(B("hash", {U("-", P2(62))})), "-2");
    EXPECT_EQ(R(B("hash", {U("-", P2(61))})), "-2");
    EXPECT_EQ(R(B("hash", {P2(100)})), "549755813888");
    EXPECT_EQ(R(B("hash", {Op(I(10), "**", I(30))})), "465258685558744706");
    EXPECT_EQ(R(B("hash", {True()})), "1");
}

TEST_F(Numbers, FloatHashMatchesIntHash) {
    EXPECT_EQ(R(B("hash", {F(1.5)})), "1152921504606846977");
    EXPECT_EQ(R(B("hash", {F(-1.0)})), "-2");
    EXPECT_EQ(R(B("hash", {F(0.1)})), "230584300921369408");
    EXPECT_EQ(R(B("hash", {F(1e100)})), "1822893315824342674");
    EXPECT_EQ(R(B("hash", {F(-0.0)})), "0");
    EXPECT_EQ(R(B("hash", {F(INFINITY)})), "314159");
    EXPECT_EQ(R(B("hash", {F(-INFINITY)})), "-314159");
    EXPECT_EQ(R(B("hash", {B("float", {P2(61)})})), "1");
    EXPECT_EQ(R(B("hash", {F(2305843009213693951.0)})), "1");
    EXPECT_EQ(R(B("hash", {F(5e-324)})), "16777216");
}

TEST_F(Numbers, FloatReprIsShortestRoundTrip) {
    EXPECT_EQ(R(B("repr", {F(0.1)})), "'0.1'");
    EXPECT_EQ(R(B("repr", {F(1e16)})), "'1e+16'");
    EXPECT_EQ(R(B("repr", {F(1.0)})), "'1.0'");
    EXPECT_EQ(R(B("repr", {F(INFINITY)})), "'inf'");
    EXPECT_EQ(R(B("repr", {F(-INFINITY)})), "'-inf'");
    EXPECT_EQ(R(B("repr", {F(NAN)})), "'nan'");
    EXPECT_EQ(R(B("repr", {F(-0.0)})), "'-0.0'");
    EXPECT_EQ(R(B("repr", {F(1e-05)})), "'1e-05'");
    EXPECT_EQ(R(B("repr", {F(0.0001)})), "'0.0001'");
    EXPECT_EQ(R(B("repr", {F(123456789012345.0)})), "'123456789012345.0'");
    EXPECT_EQ(R(B("repr", {F(1.2345678901234567e+19)})), "'1.2345678901234567e+19'");
    EXPECT_EQ(R(B("repr", {F(9999999999999998.0)})), "'9999999999999998.0'");
    EXPECT_EQ(R(B("repr", {F(5e-324)})), "'5e-324'");
    EXPECT_EQ(R(B("repr", {F(1.7976931348623157e308)})), "'1.7976931348623157e+308'");
    EXPECT_EQ(R(B("repr", {F(0.1 + 0.2)})), "'0.30000000000000004'");
    EXPECT_EQ(R(B("str", {F(2e16 + 8)})), "'2.000000000000001e+16'");
    EXPECT_EQ(R(B("repr", {F(1.5e300 * 1.5e300)})), "'inf'");
}

TEST_F(Numbers, FloatFromString) {
    EXPECT_EQ(R(B("float", {S("1e5")})), "100000.0");
    EXPECT_EQ(R(B("float", {S(" inf ")})), "inf");
    EXPECT_EQ(R(B("float", {S("-iNfinity")})), "-inf");
    EXPECT_EQ(R(B("float", {S("nan")})), "nan");
    EXPECT_EQ(R(B("float", {S("x")})), "<ValueError: could not convert string to float: 'x'>");
    EXPECT_EQ(R(B("float", {S("1_0.5")})), "10.5");
    EXPECT_EQ(R(B("float", {S("1__0")})), "<ValueError: could not convert string to float: '1__0'>");
    EXPECT_EQ(R(B("float", {S(".5")})), "0.5");
    EXPECT_EQ(R(B("float", {S("5.")})), "5.0");
    EXPECT_EQ(R(B("float", {S(".")})), "<ValueError: could not convert string to float: '.'>");
    EXPECT_EQ(R(B("float", {S("1e")})), "<ValueError: could not convert string to float: '1e'>");
    EXPECT_EQ(R(B("float", {S("0x10")})), "<ValueError: could not convert string to float: '0x10'>");
    EXPECT_EQ(R(B("float", {S("1e400")})), "inf");
    EXPECT_EQ(R(B("float", {S("-1e-400")})), "-0.0");
    EXPECT_EQ(R(B("float", {S("5e-324")})), "5e-324");
    EXPECT_EQ(R(B("float", {S("\u0661.\u0665")})), "1.5");
    EXPECT_EQ(R(B("float", {S("")})), "<ValueError: could not convert string to float: ''>");
    EXPECT_EQ(R(B("float", {L()})), "<TypeError: float() argument must be a string or a real number, not 'list'>");
    EXPECT_EQ(R(B("float", {P2(1024)})), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(B("float", {S("nan(1)")})), "<ValueError: could not convert string to float: 'nan(1)'>");
    EXPECT_EQ(R(B("float", {S("1e99999999999999999999")})), "inf");
    EXPECT_EQ(R(B("float", {S("-1e-99999999999999999999")})), "-0.0");
    EXPECT_EQ(R(B("float", {S("0.0000001e-317")})), "0.0");
    EXPECT_EQ(R(B("float", {Bytes("\xf0")})), "<ValueError: could not convert string to float: b'\\xf0'>");
    EXPECT_EQ(R(B("float", {Bytes(" 1.5 ")})), "1.5");
    EXPECT_EQ(R(B("float", {S("12345e305")})), "inf");
}

TEST_F(Numbers, IntFromString) {
    EXPECT_EQ(R(B("int", {S("0x1f"), I(16)})), "31");
    EXPECT_EQ(R(B("int", {S("  12  ")})), "12");
    EXPECT_EQ(R(B("int", {S("x")})), "<ValueError: invalid literal for int() with base 10: 'x'>");
    EXPECT_EQ(R(B("int", {S("1_000")})), "1000");
    EXPECT_EQ(R(B("int", {S("_1")})), "<ValueError: invalid literal for int() with base 10: '_1'>");
    EXPECT_EQ(R(B("int", {S("1__0")})), "<ValueError: invalid literal for int() with base 10: '1__0'>");
    EXPECT_EQ(R(B("int", {S("0x_1f"), I(0)})), "31");
    EXPECT_EQ(R(B("int", {S("010"), I(0)})), "<ValueError: invalid literal for int() with base 0: '010'>");
    EXPECT_EQ(R(B("int", {S("00"), I(0)})), "0");
    EXPECT_EQ(R(B("int", {S(" -0b101 "), I(0)})), "-5");
    EXPECT_EQ(R(B("int", {S("0b1"), I(16)})), "177");
    EXPECT_EQ(R(B("int", {S("0x"), I(16)})), "<ValueError: invalid literal for int() with base 16: '0x'>");
    EXPECT_EQ(R(B("int", {S("z"), I(36)})), "35");
    EXPECT_EQ(R(B("int", {S("12"), I(1)})), "<ValueError: int() base must be >= 2 and <= 36, or 0>");
    EXPECT_EQ(R(B("int", {S("12"), I(37)})), "<ValueError: int() base must be >= 2 and <= 36, or 0>");
    EXPECT_EQ(R(B("int", {S("\u0661\u0662")})), "12");
    EXPECT_EQ(R(B("int", {S("123456789012345678901234567890")})), "123456789012345678901234567890");
    EXPECT_EQ(R(B("int", {S("-4611686018427387905")})), "-4611686018427387905");
    EXPECT_EQ(R(B("int", {S("12"), S("3")})), "<TypeError: 'str' object cannot be interpreted as an integer>");
}

TEST_F(Numbers, IntConstructorConversions) {
    EXPECT_EQ(R(B("int", {})), "0");
    EXPECT_EQ(R(B("int", {F(3.9)})), "3");
    EXPECT_EQ(R(B("int", {F(-0.9)})), "0");
    EXPECT_EQ(R(B("int", {F(1e20)})), "100000000000000000000");
    EXPECT_EQ(R(B("int", {F(NAN)})), "<ValueError: cannot convert float NaN to integer>");
    EXPECT_EQ(R(B("int", {F(INFINITY)})), "<OverflowError: cannot convert float infinity to integer>");
    EXPECT_EQ(R(B("int", {L()})), "<TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'>");
    EXPECT_EQ(R(B("int", {None()})), "<TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'>");
    EXPECT_EQ(R(B("int", {F(3.5), I(2)})), "<TypeError: int() can't convert non-string with explicit base>");
    EXPECT_EQ(R(B("int", {True()})), "1");
    EXPECT_EQ(R(B("int", {Bytes("12")})), "12");
    EXPECT_EQ(R(B("int", {Bytes("x")})), "<ValueError: invalid literal for int() with base 10: b'x'>");
}

TEST_F(Numbers, IntStrDigitLimit) {
    EXPECT_EQ(R(B("str", {Op(I(10), "**", I(4299))})).size(), 4302u);
    EXPECT_EQ(R(B("str", {Op(I(10), "**", I(4300))})), "<ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit>");
    EXPECT_EQ(R(B("int", {S(std::string(4301, '1').c_str())})), "<ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit>");
    EXPECT_EQ(R(B("format", {Op(I(10), "**", I(5000)), S("d")})), "<ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit>");
}

TEST_F(Numbers, FloatRound) {
    EXPECT_EQ(R(B("round", {F(2.675), I(2)})), "2.67");
    EXPECT_EQ(R(B("round", {F(1.5)})), "2");
    EXPECT_EQ(R(B("round", {F(2.5)})), "2");
    EXPECT_EQ(R(B("round", {F(-0.5)})), "0");
    EXPECT_EQ(R(B("round", {F(0.125), I(2)})), "0.12");
    EXPECT_EQ(R(B("round", {F(123.456), I(-1)})), "120.0");
    EXPECT_EQ(R(B("round", {F(1e308), I(-308)})), "1e+308");
    EXPECT_EQ(R(B("round", {F(1.7e308), I(-308)})), "<OverflowError: rounded value too large to represent>");
    EXPECT_EQ(R(B("round", {F(INFINITY)})), "<OverflowError: cannot convert float infinity to integer>");
    EXPECT_EQ(R(B("round", {F(NAN), I(2)})), "nan");
    EXPECT_EQ(R(B("round", {F(-0.4), I(0)})), "-0.0");
    EXPECT_EQ(R(B("round", {F(5e-324), I(400)})), "5e-324");
    EXPECT_EQ(R(B("round", {F(1.5), U("-", P2(100))})), "0.0");
    EXPECT_EQ(R(B("round", {F(1e20)})), "100000000000000000000");
}

TEST_F(Numbers, IntRound) {
    EXPECT_EQ(R(B("round", {I(25), I(-1)})), "20");
    EXPECT_EQ(R(B("round", {I(35), I(-1)})), "40");
    EXPECT_EQ(R(B("round", {I(-15), I(-1)})), "-20");
    EXPECT_EQ(R(B("round", {I(5), I(2)})), "5");
    EXPECT_EQ(R(B("round", {I(5), None()})), "5");
    EXPECT_EQ(R(Meth(I(5), "__round__", {None()})), "<TypeError: 'NoneType' object cannot be interpreted as an integer>");
    EXPECT_EQ(R(B("round", {P2(100), I(-30)})), "1000000000000000000000000000000");
    EXPECT_EQ(R(B("round", {I(5), U("-", P2(100))})), "0");
}

TEST_F(Numbers, IntMethods) {
    EXPECT_EQ(R(Meth(I(5), "bit_length", {})), "3");
    EXPECT_EQ(R(Meth(U("-", P2(70)), "bit_length", {})), "71");
    EXPECT_EQ(R(Meth(I(-5), "bit_count", {})), "2");
    EXPECT_EQ(R(Meth(I(6), "as_integer_ratio", {})), "(6, 1)");
    EXPECT_EQ(R(Meth(True(), "as_integer_ratio", {})), "(1, 1)");
    EXPECT_EQ(R(Meth(I(7), "conjugate", {})), "7");
    EXPECT_EQ(R(Attr(True(), "real")), "1");
    EXPECT_EQ(R(Attr(I(5), "imag")), "0");
    EXPECT_EQ(R(Attr(I(5), "denominator")), "1");
    EXPECT_EQ(R(Meth(I(5), "__sizeof__", {})), "28");
    EXPECT_EQ(R(Meth(P2(30), "__sizeof__", {})), "32");
    EXPECT_EQ(R(Meth(True(), "__index__", {})), "1");
    EXPECT_EQ(R(Meth(I(5), "__float__", {})), "5.0");
    EXPECT_EQ(R(Meth(I(5), "__getnewargs__", {})), "(5,)");
    EXPECT_EQ(R(Meth(I(2), "__pow__", {F(1.5), I(5)})), "NotImplemented");
    EXPECT_EQ(R(Meth(I(2), "__rpow__", {I(3), I(5)})), "4");
}

TEST_F(Numbers, ToBytesAndFromBytes) {
    EXPECT_EQ(R(Meth(I(1), "to_bytes", {I(2), S("big")})), "b'\\x00\\x01'");
    EXPECT_EQ(R(Meth(I(1024), "to_bytes", {I(4), S("little")})), "b'\\x00\\x04\\x00\\x00'");
    EXPECT_EQ(R(Meth(I(-1), "to_bytes", {I(2), S("big")})), "<OverflowError: can't convert negative int to unsigned>");
    EXPECT_EQ(R(Kw(I(-1), "to_bytes", {I(2), S("big")}, "signed", True())), "b'\\xff\\xff'");
    EXPECT_EQ(R(Meth(I(256), "to_bytes", {I(1), S("big")})), "<OverflowError: int too big to convert>");
    EXPECT_EQ(R(Kw(I(128), "to_bytes", {I(1), S("big")}, "signed", True())), "<OverflowError: int too big to convert>");
    EXPECT_EQ(R(Kw(I(-128), "to_bytes", {I(1), S("big")}, "signed", True())), "b'\\x80'");
    EXPECT_EQ(R(Meth(I(1), "to_bytes", {})), "b'\\x01'");
    EXPECT_EQ(R(Meth(I(1), "to_bytes", {I(-1), S("big")})), "<ValueError: length argument must be non-negative>");
    EXPECT_EQ(R(Meth(I(1), "to_bytes", {I(2), S("middle")})), "<ValueError: byteorder must be either 'little' or 'big'>");
    EXPECT_EQ(R(Meth(I(1), "to_bytes", {I(1), S("big"), True()})), "<TypeError: to_bytes() takes at most 2 positional arguments (3 given)>");
    EXPECT_EQ(R(Meth(P2(64), "to_bytes", {I(9), S("big")})), "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'");
    EXPECT_EQ(R(Meth(Type(&int_type), "from_bytes", {Bytes("\xff\x00"), S("little")})), "255");
    EXPECT_EQ(R(Kw(Type(&int_type), "from_bytes", {Bytes("\xff\x00"), S("little")}, "signed", True())), "255");
    EXPECT_EQ(R(Kw(Type(&int_type), "from_bytes", {Bytes("\x80")}, "signed", True())), "-128");
    EXPECT_EQ(R(Meth(Type(&int_type), "from_bytes", {S("ab"), S("big")})), "<TypeError: cannot convert 'str' object to bytes>");
    EXPECT_EQ(R(Meth(Type(&int_type), "from_bytes", {})), "<TypeError: from_bytes() missing required argument 'bytes' (pos 1)>");
    EXPECT_EQ(R(Meth(Type(&bool_type), "from_bytes", {Bytes("\x01"), S("big")})), "True");
}

TEST_F(Numbers, FloatMethods) {
    EXPECT_EQ(R(Meth(F(2.5), "as_integer_ratio", {})), "(5, 2)");
    EXPECT_EQ(R(Meth(F(0.1), "as_integer_ratio", {})), "(3602879701896397, 36028797018963968)");
    EXPECT_EQ(R(Meth(F(INFINITY), "as_integer_ratio", {})), "<OverflowError: cannot convert Infinity to integer ratio>");
    EXPECT_EQ(R(Meth(F(NAN), "as_integer_ratio", {})), "<ValueError: cannot convert NaN to integer ratio>");
    EXPECT_EQ(R(Meth(F(2.0), "is_integer", {})), "True");
    EXPECT_EQ(R(Meth(F(1.5), "__trunc__", {})), "1");
    EXPECT_EQ(R(Meth(F(-1.5), "__floor__", {})), "-2");
    EXPECT_EQ(R(Meth(F(-1.5), "__ceil__", {})), "-1");
    EXPECT_EQ(R(Meth(F(INFINITY), "__floor__", {})), "<OverflowError: cannot convert float infinity to integer>");
    EXPECT_EQ(R(Meth(F(0.5), "hex", {})), "'0x1.0000000000000p-1'");
    EXPECT_EQ(R(Meth(F(5e-324), "hex", {})), "'0x0.0000000000001p-1022'");
    EXPECT_EQ(R(Meth(F(-0.0), "hex", {})), "'-0x0.0p+0'");
    EXPECT_EQ(R(Meth(F(1e300), "hex", {})), "'0x1.7e43c8800759cp+996'");
    EXPECT_EQ(R(Meth(Type(&float_type), "fromhex", {S("0x1.8p1")})), "3.0");
    EXPECT_EQ(R(Meth(Type(&float_type), "fromhex", {S(" 0X1.FFFFFFFFFFFFFP+1023 ")})), "1.7976931348623157e+308");
    EXPECT_EQ(R(Meth(Type(&float_type), "fromhex", {S("0x1p-1074")})), "5e-324");
    EXPECT_EQ(R(Meth(Type(&float_type), "fromhex", {S("0x1p10000")})), "<OverflowError: hexadecimal value too large to represent as a float>");
    EXPECT_EQ(R(Meth(Type(&float_type), "fromhex", {S("zz")})), "<ValueError: invalid hexadecimal floating-point string>");
    EXPECT_EQ(R(Meth(F(1.5), "conjugate", {})), "1.5");
    EXPECT_EQ(R(Attr(F(1.5), "imag")), "0.0");
    EXPECT_EQ(R(Meth(F(1.5), "__pow__", {I(2), I(3)})), "<TypeError: pow() 3rd argument not allowed unless all arguments are integers>");
    EXPECT_EQ(R(Meth(Type(&float_type), "__getformat__", {S("double")})), "'IEEE, little-endian'");
}

TEST_F(Numbers, FormatIntegers) {
    EXPECT_EQ(R(Fmt(I(5), "08b")), "'00000101'");
    EXPECT_EQ(R(Fmt(I(255), "#x")), "'0xff'");
    EXPECT_EQ(R(Fmt(I(255), "#X")), "'0XFF'");
    EXPECT_EQ(R(Fmt(I(-255), "#010x")), "'-0x00000ff'");
    EXPECT_EQ(R(Fmt(I(255), "=+10")), "'+      255'");
    EXPECT_EQ(R(Fmt(I(255), "*^10")), "'***255****'");
    EXPECT_EQ(R(Fmt(I(255), "\u00e9>6")), "'\xc3""\xa9""\xc3""\xa9""\xc3""\xa9""255'");
    EXPECT_EQ(R(Fmt(I(1234), "010,")), "'00,001,234'");
    EXPECT_EQ(R(Fmt(I(1234), "08,")), "'0,001,234'");
    EXPECT_EQ(R(Fmt(I(-1234), "08,")), "'-001,234'");
    EXPECT_EQ(R(Fmt(I(12345678), "_b")), "'1011_1100_0110_0001_0100_1110'");
    EXPECT_EQ(R(Fmt(I(65), "c")), "'A'");
    EXPECT_EQ(R(Fmt(I(-3), " ")), "'-3'");
    EXPECT_EQ(R(Fmt(I(1234567), "n")), "'1234567'");
    EXPECT_EQ(R(Fmt(I(1), "<010")), "'1000000000'");
    EXPECT_EQ(R(Fmt(P2(70), ",")), "'1,180,591,620,717,411,303,424'");
    EXPECT_EQ(R(Fmt(I(3), "%")), "'300.000000%'");
    EXPECT_EQ(R(Fmt(Op(I(10), "**", I(20)), "g")), "'1e+20'");
    EXPECT_EQ(R(Fmt(True(), "")), "'True'");
    EXPECT_EQ(R(Fmt(True(), "5")), "'    1'");
}

TEST_F(Numbers, FormatIntegerErrors) {
    EXPECT_EQ(R(Fmt(I(1), "abc")), "<ValueError: Invalid format specifier 'abc' for object of type 'int'>");
    EXPECT_EQ(R(Fmt(I(1), "s")), "<ValueError: Unknown format code 's' for object of type 'int'>");
    EXPECT_EQ(R(Fmt(I(1234), ",x")), "<ValueError: Cannot specify ',' with 'x'.>");
    EXPECT_EQ(R(Fmt(I(1234), ",_")), "<ValueError: Cannot specify both ',' and '_'.>");
    EXPECT_EQ(R(Fmt(I(1), ".")), "<ValueError: Format specifier missing precision>");
    EXPECT_EQ(R(Fmt(I(1), ".2")), "<ValueError: Precision not allowed in integer format specifier>");
    EXPECT_EQ(R(Fmt(I(65), "+c")), "<ValueError: Sign not allowed with integer format specifier 'c'>");
    EXPECT_EQ(R(Fmt(I(65), "#c")), "<ValueError: Alternate form (#) not allowed with integer format specifier 'c'>");
    EXPECT_EQ(R(Fmt(I(-1), "c")), "<OverflowError: %c arg not in range(0x110000)>");
    EXPECT_EQ(R(Fmt(P2(64), "c")), "<OverflowError: Python int too large to convert to C long>");
    EXPECT_EQ(R(Fmt(I(3), "z")), "<ValueError: Negative zero coercion (z) not allowed in integer format specifier>");
    EXPECT_EQ(R(Fmt(P2(1100), "f")), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(Fmt(I(1), "99999999999999999999")), "<ValueError: Too many decimal digits in format string>");
}

TEST_F(Numbers, FormatFloats) {
    EXPECT_EQ(R(Fmt(F(1234567.891), ",.2f")), "'1,234,567.89'");
    EXPECT_EQ(R(Fmt(F(3.14159), ">10.3f")), "'     3.142'");
    EXPECT_EQ(R(Fmt(F(0.5), ".0%")), "'50%'");
    EXPECT_EQ(R(Fmt(F(123.0), ".3")), "'1.23e+02'");
    EXPECT_EQ(R(Fmt(F(1.0), ".0")), "'1e+00'");
    EXPECT_EQ(R(Fmt(F(1e16), "")), "'1e+16'");
    EXPECT_EQ(R(Fmt(F(1.0), "10")), "'       1.0'");
    EXPECT_EQ(R(Fmt(F(1.5), "#g")), "'1.50000'");
    EXPECT_EQ(R(Fmt(F(1e6), "#.0g")), "'1.e+06'");
    EXPECT_EQ(R(Fmt(F(1.0), "#.0f")), "'1.'");
    EXPECT_EQ(R(Fmt(F(INFINITY), "010")), "'0000000inf'");
    EXPECT_EQ(R(Fmt(F(NAN), "+f")), "'+nan'");
    EXPECT_EQ(R(Fmt(F(-INFINITY), "E")), "'-INF'");
    EXPECT_EQ(R(Fmt(F(-0.0), "z.1f")), "'0.0'");
    EXPECT_EQ(R(Fmt(F(-0.00001), "z.1f")), "'0.0'");
    EXPECT_EQ(R(Fmt(F(1234.5), "_")), "'1_234.5'");
    EXPECT_EQ(R(Fmt(F(1234567.5), ",g")), "'1.23457e+06'");
    EXPECT_EQ(R(Fmt(F(1234.5), "_%")), "'123_450.000000%'");
    EXPECT_EQ(R(Fmt(F(0.1), ".17")), "'0.10000000000000001'");
    EXPECT_EQ(R(Fmt(F(0.1), ".30f")), "'0.100000000000000005551115123126'");
    EXPECT_EQ(R(Fmt(F(5e-324), ".3e")), "'4.941e-324'");
    EXPECT_EQ(R(Fmt(F(1e20), "G")), "'1E+20'");
    EXPECT_EQ(R(Fmt(F(1e16), "#")), "'1.e+16'");
    EXPECT_EQ(R(Fmt(F(2.5), ".0f")), "'2'");
    EXPECT_EQ(R(Fmt(F(0.125), ".2f")), "'0.12'");
    EXPECT_EQ(R(Fmt(F(1.0), "<010")), "'1.00000000'");
    EXPECT_EQ(R(Fmt(F(1e100), "f")), "'10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000'");
    EXPECT_EQ(R(Fmt(F(-1.5), "+08.2f")), "'-0001.50'");
    // format(1.0, ".1000f")
    EXPECT_EQ(R(Fmt(F(1.0), ".1000f")).size(), 1004u);
    EXPECT_EQ(R(Fmt(F(1.0), ".1000f")).substr(0, 60), "'1.000000000000000000000000000000000000000000000000000000000");
}

TEST_F(Numbers, FormatFloatErrors) {
    EXPECT_EQ(R(Fmt(F(1.5), "d")), "<ValueError: Unknown format code 'd' for object of type 'float'>");
    EXPECT_EQ(R(Fmt(F(1.0), "x")), "<ValueError: Unknown format code 'x' for object of type 'float'>");
    EXPECT_EQ(R(Fmt(F(1.0), "c")), "<ValueError: Unknown format code 'c' for object of type 'float'>");
    EXPECT_EQ(R(Fmt(F(1.0), "99999999999999999999")), "<ValueError: Too many decimal digits in format string>");
    EXPECT_EQ(R(Fmt(F(1.0), ",_")), "<ValueError: Cannot specify both ',' and '_'.>");
}

TEST_F(Numbers, MathFunctions) {
    EXPECT_EQ(R(Math("sqrt", {I(2)})), "1.4142135623730951");
    EXPECT_EQ(R(Math("sqrt", {I(-1)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("sqrt", {P2(2000)})), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(Math("exp", {I(1000)})), "<OverflowError: math range error>");
    EXPECT_EQ(R(Math("exp", {I(-1000)})), "0.0");
    EXPECT_EQ(R(Math("log", {I(0)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("log", {P2(2000)})), "1386.2943611198907");
    EXPECT_EQ(R(Math("log", {I(8), I(2)})), "3.0");
    EXPECT_EQ(R(Math("log", {I(8), I(1)})), "<ZeroDivisionError: float division by zero>");
    EXPECT_EQ(R(Math("log", {P2(2000), I(2)})), "2000.0000000000002");
    EXPECT_EQ(R(Math("log10", {Op(I(10), "**", I(400))})), "400.0");
    EXPECT_EQ(R(Math("log2", {P2(1200)})), "1200.0");
    EXPECT_EQ(R(Math("log", {S("a")})), "<TypeError: must be real number, not str>");
    EXPECT_EQ(R(Math("log", {})), "<TypeError: math.log requires 1 to 2 arguments>");
    EXPECT_EQ(R(Math("pow", {I(0), I(-1)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("pow", {I(-1), F(0.5)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("pow", {I(10), I(400)})), "<OverflowError: math range error>");
    EXPECT_EQ(R(Math("pow", {F(NAN), I(0)})), "1.0");
    EXPECT_EQ(R(Math("pow", {I(0), F(-INFINITY)})), "inf");
    EXPECT_EQ(R(Math("fmod", {I(-7), I(3)})), "-1.0");
    EXPECT_EQ(R(Math("fmod", {I(1), I(0)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("atan2", {I(0), F(-0.0)})), "3.141592653589793");
    EXPECT_EQ(R(Math("sin", {F(INFINITY)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("cosh", {I(1000)})), "<OverflowError: math range error>");
    EXPECT_EQ(R(Math("copysign", {I(1), F(-0.0)})), "-1.0");
    EXPECT_EQ(R(Math("degrees", {F(M_PI)})), "180.0");
    EXPECT_EQ(R(Math("radians", {I(180)})), "3.141592653589793");
    EXPECT_EQ(R(Math("isfinite", {P2(2000)})), "<OverflowError: int too large to convert to float>");
    EXPECT_EQ(R(Math("gamma", {I(0)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("gamma", {F(171.7)})), "<OverflowError: math range error>");
    EXPECT_EQ(R(Math("gamma", {I(5)})), "24.0");
    EXPECT_EQ(R(Math("lgamma", {I(0)})), "<ValueError: math domain error>");
    EXPECT_EQ(R(Math("gamma", {F(0.5)})), "1.7724538509055159");
    EXPECT_EQ(R(Math("gamma", {F(-2.5)})), "-0.9453087204829417");
    EXPECT_EQ(R(Math("gamma", {F(150.3)})), "1.7112969992195767e+261");
    EXPECT_EQ(R(Math("gamma", {F(-180.5)})), "-0.0");
    EXPECT_EQ(R(Math("lgamma", {F(0.5)})), "0.5723649429247004");
    EXPECT_EQ(R(Math("lgamma", {F(-3.7)})), "-1.3797399049658248");
    EXPECT_EQ(R(Math("lgamma", {F(1e308)})), "<OverflowError: math range error>");
    EXPECT_EQ(R(Math("remainder", {I(5), I(3)})), "-1.0");
    EXPECT_EQ(R(Math("ulp", {F(1.0)})), "2.220446049250313e-16");
    EXPECT_EQ(R(Math("nextafter", {I(1), I(2)})), "1.0000000000000002");
    EXPECT_EQ(R(Math("ldexp", {I(1), I(2000)})), "<OverflowError: math range error>");
    EXPECT_EQ(R(Math("ldexp", {F(1.0), U("-", P2(100))})), "0.0");
    EXPECT_EQ(R(Math("ldexp", {F(1.0), F(1.5)})), "<TypeError: Expected an int as second argument to ldexp.>");
    EXPECT_EQ(R(Math("frexp", {F(8.0)})), "(0.5, 4)");
    EXPECT_EQ(R(Math("modf", {F(-3.5)})), "(-0.5, -3.0)");
    EXPECT_EQ(R(Math("modf", {F(INFINITY)})), "(0.0, inf)");
    EXPECT_EQ(R(Math("sqrt", {None()})), "<TypeError: must be real number, not NoneType>");
    EXPECT_EQ(R(Math("expm1", {F(1e-10)})), "1.00000000005e-10");
    EXPECT_EQ(R(Math("cbrt", {I(27)})), "3.0000000000000004");
}

TEST_F(Numbers, MathRoundingToInts) {
    EXPECT_EQ(R(Math("floor", {F(1e300)})), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
    EXPECT_EQ(R(Math("floor", {F(-1.5)})), "-2");
    EXPECT_EQ(R(Math("ceil", {F(-1.5)})), "-1");
    EXPECT_EQ(R(Math("floor", {S("a")})), "<TypeError: must be real number, not str>");
    EXPECT_EQ(R(Math("ceil", {F(INFINITY)})), "<OverflowError: cannot convert float infinity to integer>");
    EXPECT_EQ(R(Math("floor", {F(NAN)})), "<ValueError: cannot convert float NaN to integer>");
    EXPECT_EQ(R(Math("trunc", {F(-1.5)})), "-1");
    EXPECT_EQ(R(Math("trunc", {S("a")})), "<TypeError: type str doesn't define __trunc__ method>");
    EXPECT_EQ(R(Math("floor", {True()})), "1");
    EXPECT_EQ(R(Math("ceil", {P2(100)})), "1267650600228229401496703205376");
}

TEST_F(Numbers, MathIntegerFunctions) {
    EXPECT_EQ(R(Math("factorial", {I(20)})), "2432902008176640000");
    EXPECT_EQ(R(Math("factorial", {I(30)})), "265252859812191058636308480000000");
    EXPECT_EQ(R(Math("factorial", {I(-1)})), "<ValueError: factorial() not defined for negative values>");
    EXPECT_EQ(R(Math("factorial", {F(5.0)})), "<TypeError: 'float' object cannot be interpreted as an integer>");
    EXPECT_EQ(R(Math("factorial", {P2(100)})), "<OverflowError: factorial() argument should not exceed 9223372036854775807>");
    EXPECT_EQ(R(Math("gcd", {})), "0");
    EXPECT_EQ(R(Math("gcd", {I(12), I(18), I(27)})), "3");
    EXPECT_EQ(R(Math("gcd", {I(-4)})), "4");
    EXPECT_EQ(R(Math("gcd", {F(1.5)})), "<TypeError: 'float' object cannot be interpreted as an integer>");
    EXPECT_EQ(R(Math("lcm", {I(4), I(6)})), "12");
    EXPECT_EQ(R(Math("lcm", {})), "1");
    EXPECT_EQ(R(Math("lcm", {I(0), I(5)})), "0");
    EXPECT_EQ(R(Math("comb", {I(5), I(2)})), "10");
    EXPECT_EQ(R(Math("comb", {I(-1), I(2)})), "<ValueError: n must be a non-negative integer>");
    EXPECT_EQ(R(Math("comb", {I(5), I(-2)})), "<ValueError: k must be a non-negative integer>");
    EXPECT_EQ(R(Math("comb", {I(2), I(5)})), "0");
    EXPECT_EQ(R(Math("comb", {Op(I(10), "**", I(20)), I(3)})), "166666666666666666661666666666666666666700000000000000000000");
    EXPECT_EQ(R(Math("comb", {P2(64), I(2)})), "170141183460469231722463931679029329920");
    EXPECT_EQ(R(Math("perm", {I(5)})), "120");
    EXPECT_EQ(R(Math("perm", {I(5), I(2)})), "20");
    EXPECT_EQ(R(Math("perm", {I(5), None()})), "120");
    EXPECT_EQ(R(Math("perm", {I(5), I(-1)})), "<ValueError: k must be a non-negative integer>");
    EXPECT_EQ(R(Math("isqrt", {Op(Op(I(10), "**", I(20)), "+", I(1))})), "10000000000");
    EXPECT_EQ(R(Math("isqrt", {I(-1)})), "<ValueError: isqrt() argument must be nonnegative>");
    EXPECT_EQ(R(Math("isqrt", {True()})), "1");
}

TEST_F(Numbers, MathSumsAndNorms) {
    EXPECT_EQ(R(Math("fsum", {L({F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)})})), "1.0");
    EXPECT_EQ(R(Math("fsum", {L({F(1e308), F(1e308)})})), "<OverflowError: intermediate overflow in fsum>");
    EXPECT_EQ(R(Math("fsum", {L({F(INFINITY), F(-INFINITY)})})), "<ValueError: -inf + inf in fsum>");
    EXPECT_EQ(R(Math("fsum", {L({F(1e16), F(1.0), F(1e-16)})})), "1.0000000000000002e+16");
    EXPECT_EQ(R(Math("fsum", {L({S("a")})})), "<TypeError: must be real number, not str>");
    EXPECT_EQ(R(Math("prod", {L({I(1), I(2), I(3)})})), "6");
    EXPECT_EQ(R(Math("prod", {L()})), "1");
    EXPECT_EQ(R(Math("prod", {L({F(2.0), F(3.5), I(2)})})), "14.0");
    EXPECT_EQ(R(Math("prod", {})), "<TypeError: prod() takes exactly 1 positional argument (0 given)>");
    EXPECT_EQ(R(Math("hypot", {I(3), I(4)})), "5.0");
    EXPECT_EQ(R(Math("hypot", {})), "0.0");
    EXPECT_EQ(R(Math("hypot", {F(1e308), F(1e308)})), "1.4142135623730951e+308");
    EXPECT_EQ(R(Math("hypot", {F(1.5), F(2.5), F(3.5)})), "4.55521678957215");
    EXPECT_EQ(R(Math("hypot", {F(1e-320), F(1e-320)})), "1.414e-320");
    EXPECT_EQ(R(Math("hypot", {F(INFINITY), F(NAN)})), "inf");
    EXPECT_EQ(R(Math("dist", {T({I(1), I(2)}), T({I(4), I(6)})})), "5.0");
    EXPECT_EQ(R(Math("dist", {L({I(1)}), L({I(1), I(2)})})), "<ValueError: both points must have the same number of dimensions>");
}

} // namespace
} // namespace pyco

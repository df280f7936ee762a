// Unit tests of tuple, list, dict (and views), set/frozenset, range and
// slice through the C++ API and the abstract protocol. Every expected repr
// and error message was printed by CPython 3.11.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/objects.h"
#include "runtime/runtime.h"

namespace pyco {
namespace {

class Containers : public ::testing::Test {
protected:
    static void SetUpTestSuite() { init_runtime(); }
    void TearDown() override {
        EXPECT_FALSE(error_occurred()) << "an exception was left set";
        error_clear();
    }
};

// ---------------------------------------------------------------- helpers

Ref I(int64_t v) { return make_int(v); }
Ref S(const char* text) { return make_str(text).ref(); }
// 10**exponent as a Python int.
Ref pow10(int exponent) {
    std::string digits = "1" + std::string(static_cast<size_t>(exponent), '0');
    Result<Ref> r = int_from_string(digits, 10);
    return r.ok() ? r.take() : Ref();
}
Ref L(std::initializer_list<Value> items) {
    Handle<List> list = list_new();
    for (Value v : items) EXPECT_TRUE(list_append(list.get(), v).ok());
    return std::move(list).ref();
}
Ref T(std::initializer_list<Value> items) { return std::move(tuple_pack(items)).ref(); }
Ref ints(std::initializer_list<int64_t> values) {
    Handle<List> list = list_new();
    for (int64_t v : values) EXPECT_TRUE(list_append(list.get(), Value::small_int(v)).ok());
    return std::move(list).ref();
}
Ref type_value(TypeObject* t) { return Ref::borrow(Value(t)); }

// "Type: message" for the pending exception (cleared), as Python prints it.
std::string take_error() {
    Ref exc = error_fetch();
    if (!exc) return "<no exception>";
    std::string out(exc.get().type()->name_view());
    Result<std::string> text = str_text(exc);
    if (text.ok() && !text.value().empty()) out += ": " + text.value();
    return out;
}

template <typename T>
std::string error_of(Result<T> r) {
    if (r.ok()) return "<no exception>";
    return take_error();
}

std::string R(Result<Ref> r) {
    if (r.failed()) return "<" + take_error() + ">";
    Result<std::string> text = repr_text(r.value());
    if (text.failed()) return "<repr: " + take_error() + ">";
    return text.value();
}
std::string R(Value v) { return R(Result<Ref>(Ref::borrow(v))); }
std::string R(const Ref& r) { return R(r.get()); }

Result<Ref> M(Value obj, const char* name, std::initializer_list<Value> args = {}) {
    return call_method(obj, intern(name), args);
}
// callable(*args, **{kwname: kwvalue, ...})
using Keywords = std::vector<std::pair<const char*, Value>>;
Result<Ref> CK(Value callable, std::vector<Value> args, Keywords kwargs) {
    std::vector<Value> argv = args;
    Handle<Tuple> names = tuple_new(kwargs.size());
    for (size_t i = 0; i < kwargs.size(); ++i) {
        tuple_init_item(names.get(), i, Ref::borrow(Value(intern(kwargs[i].first))));
        argv.push_back(kwargs[i].second);
    }
    return call(callable, CallArgs{argv.data(), args.size(), kwargs.empty() ? nullptr : names.get()});
}
// obj.name(*args, **kwargs)
Result<Ref> MK(Value obj, const char* name, std::vector<Value> args, Keywords kwargs) {
    Ref method = TRY(getattr(obj, intern(name)));
    return CK(method, std::move(args), std::move(kwargs));
}
Result<Ref> C(TypeObject* type, std::initializer_list<Value> args = {}) { return call(Value(type), args); }
Result<Ref> Op(Value a, Special op, Value b) { return binary_op(a, b, op); }
bool B(Result<bool> r) {
    EXPECT_TRUE(r.ok());
    return r.ok() && r.value();
}
int64_t H(Value v) {
    Result<hash_t> h = hash(v);
    EXPECT_TRUE(h.ok());
    return h.ok() ? h.value() : 0;
}
// list(iterable)
Ref LIST(Value v) {
    Result<Ref> r = sequence_to_list(v);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r.take() : Ref();
}

// Native callables for key functions and mutation tests.
Result<Ref> first_item(const Value* args, size_t) { return getitem(args[0], Value::small_int(0)); }
Result<Ref> failing_key(const Value* args, size_t) {
    if (args[0].is_small_int() && args[0].as_small_int() == 3) return raise(ValueError_type, "bad key");
    return Ref::borrow(args[0]);
}
Value g_victim; // the list the mutating key function appends to
Result<Ref> mutating_key(const Value* args, size_t) {
    TRY(list_append(g_victim.as<List>(), Value::small_int(99)));
    return Ref::borrow(args[0]);
}
const MethodDef first_item_def{.name = "first", .fn = first_item, .min_args = 1, .max_args = 1};
const MethodDef failing_key_def{.name = "failing", .fn = failing_key, .min_args = 1, .max_args = 1};
const MethodDef mutating_key_def{.name = "mutating", .fn = mutating_key, .min_args = 1, .max_args = 1};

void list_clear(Value list) { ASSERT_TRUE(M(list, "clear").ok()); }

// ================================================================ tuple

TEST_F(Containers, TupleRepr) {
    EXPECT_EQ(R(T({})), "()");
    EXPECT_EQ(R(T({I(1)})), "(1,)");
    EXPECT_EQ(R(T({I(1), S("a")})), "(1, 'a')");
}

TEST_F(Containers, TupleEmptyIsSingleton) {
    Ref a = C(&tuple_type).take();
    Ref b = C(&tuple_type, {L({})}).take();
    EXPECT_TRUE(a.get().is(Value(empty_tuple())));
    EXPECT_TRUE(b.get().is(Value(empty_tuple())));
}

TEST_F(Containers, TupleFromTupleIsSameObject) {
    Ref t = T({I(1), I(2)});
    EXPECT_TRUE(C(&tuple_type, {t}).take().get().is(t));
    EXPECT_EQ(R(C(&tuple_type, {S("ab")})), "('a', 'b')");
}

TEST_F(Containers, TupleHashMatchesCPython) {
    EXPECT_EQ(H(T({I(1), I(2)})), -3550055125485641917);
    EXPECT_EQ(H(T({})), 5740354900026072187);
}

TEST_F(Containers, TupleIndexing) {
    Ref t = T({I(1), I(2), I(3)});
    EXPECT_EQ(R(getitem(t, I(-1))), "3");
    EXPECT_EQ(error_of(getitem(t, I(5))), "IndexError: tuple index out of range");
    EXPECT_EQ(error_of(getitem(t, S("a"))), "TypeError: tuple indices must be integers or slices, not str");
    EXPECT_EQ(error_of(getitem(t, pow10(20))), "IndexError: cannot fit 'int' into an index-sized integer");
}

TEST_F(Containers, TupleSlicing) {
    Ref t = T({I(1), I(2), I(3)});
    EXPECT_EQ(R(getitem(t, make_slice(None(), None(), I(-1)))), "(3, 2, 1)");
    EXPECT_EQ(R(getitem(t, make_slice(I(1), None(), None()))), "(2, 3)");
    EXPECT_TRUE(getitem(t, make_slice(None(), None(), None())).take().get().is(t));
}

TEST_F(Containers, TupleConcatenation) {
    EXPECT_EQ(R(Op(T({I(1)}), Special::add, T({I(2)}))), "(1, 2)");
    EXPECT_EQ(error_of(Op(T({I(1), I(2)}), Special::add, L({I(1)}))),
              "TypeError: can only concatenate tuple (not \"list\") to tuple");
}

TEST_F(Containers, TupleRepeat) {
    EXPECT_EQ(R(Op(T({I(1), I(2)}), Special::mul, I(2))), "(1, 2, 1, 2)");
    EXPECT_EQ(R(Op(I(2), Special::mul, T({I(1)}))), "(1, 1)");
    EXPECT_EQ(R(Op(T({I(1)}), Special::mul, I(-3))), "()");
    EXPECT_EQ(error_of(Op(T({I(1)}), Special::mul, S("a"))), "TypeError: can't multiply sequence by non-int of type 'str'");
    EXPECT_EQ(error_of(Op(T({I(1)}), Special::mul, pow10(20))),
              "OverflowError: cannot fit 'int' into an index-sized integer");
    EXPECT_EQ(error_of(Op(T({I(1)}), Special::mul, pow10(18))), "MemoryError");
}

TEST_F(Containers, TupleCountAndIndex) {
    Ref t = T({I(1), I(2), I(1)});
    EXPECT_EQ(R(M(t, "count", {I(1)})), "2");
    EXPECT_EQ(R(M(t, "index", {I(2), I(0), I(5)})), "1");
    EXPECT_EQ(error_of(M(t, "index", {I(3)})), "ValueError: tuple.index(x): x not in tuple");
}

TEST_F(Containers, TupleComparison) {
    EXPECT_TRUE(B(compare_bool(T({I(1), I(2)}), T({I(1), make_float(2.0)}), CompareOp::Eq)));
    EXPECT_TRUE(B(compare_bool(T({I(1), I(2)}), T({I(1)}), CompareOp::Ge)));
    EXPECT_TRUE(B(compare_bool(T({I(1), I(2)}), T({I(1), I(3)}), CompareOp::Lt)));
    EXPECT_EQ(error_of(compare(T({I(1)}), L({I(1)}), CompareOp::Lt)),
              "TypeError: '<' not supported between instances of 'tuple' and 'list'");
}

TEST_F(Containers, TupleConstructorErrors) {
    EXPECT_EQ(error_of(C(&tuple_type, {I(1), I(2)})), "TypeError: tuple expected at most 1 argument, got 2");
    EXPECT_EQ(error_of(CK(Value(&tuple_type), {}, {{"x", I(1)}})),
              "TypeError: tuple() takes no keyword arguments");
    EXPECT_EQ(error_of(M(type_value(&tuple_type), "__new__", {Value(&list_type)})),
              "TypeError: tuple.__new__(list): list is not a subtype of tuple");
}

TEST_F(Containers, TupleRecursiveReprThroughList) {
    Ref inner = L({});
    Ref t = T({inner});
    ASSERT_TRUE(list_append(inner.as<List>(), t).ok());
    EXPECT_EQ(R(t), "([(...)],)");
    list_clear(inner); // break the cycle
}

// ================================================================ list

TEST_F(Containers, ListRepr) {
    EXPECT_EQ(R(L({})), "[]");
    EXPECT_EQ(R(L({L({})})), "[[]]");
    Ref x = ints({1});
    ASSERT_TRUE(list_append(x.as<List>(), x).ok());
    EXPECT_EQ(R(x), "[1, [...]]");
    list_clear(x);
}

TEST_F(Containers, ListAppendGrowsAmortised) {
    Ref x = L({});
    for (int i = 0; i < 1000; ++i) ASSERT_TRUE(list_append(x.as<List>(), Value::small_int(i)).ok());
    EXPECT_EQ(x.as<List>()->size, 1000);
    EXPECT_GE(x.as<List>()->capacity, 1000);
    EXPECT_LT(x.as<List>()->capacity, 1200); // ~12.5% over-allocation
    EXPECT_EQ(R(getitem(x, I(999))), "999");
}

TEST_F(Containers, ListIndexErrors) {
    Ref x = ints({1, 2});
    EXPECT_EQ(error_of(getitem(x, I(2))), "IndexError: list index out of range");
    EXPECT_EQ(error_of(getitem(x, make_float(1.0))), "TypeError: list indices must be integers or slices, not float");
    EXPECT_EQ(error_of(getitem(x, pow10(20))), "IndexError: cannot fit 'int' into an index-sized integer");
    EXPECT_EQ(error_of(setitem(x, I(5), I(1))), "IndexError: list assignment index out of range");
    EXPECT_EQ(error_of(delitem(x, I(5))), "IndexError: list assignment index out of range");
}

TEST_F(Containers, ListNegativeStepSlices) {
    Ref x = ints({1, 2, 3, 4, 5, 6});
    EXPECT_EQ(R(getitem(x, make_slice(None(), None(), I(-2)))), "[6, 4, 2]");
    EXPECT_EQ(R(getitem(x, make_slice(I(-1), I(-5), I(-2)))), "[6, 4]");
    EXPECT_EQ(R(getitem(ints({1, 2, 3}), make_slice(I(5), I(0), I(-1)))), "[3, 2]");
    EXPECT_EQ(error_of(getitem(x, make_slice(I(1), I(2), I(0)))), "ValueError: slice step cannot be zero");
    EXPECT_EQ(error_of(getitem(x, make_slice(S("a"), None(), None()))),
              "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST_F(Containers, ListSliceAssignment) {
    Ref x = ints({1, 2, 3, 4, 5});
    ASSERT_TRUE(setitem(x, make_slice(I(1), I(4), I(2)), L({S("a"), S("b")})).ok());
    EXPECT_EQ(R(x), "[1, 'a', 3, 'b', 5]");
    Ref y = ints({0, 0, 0, 0, 0});
    ASSERT_TRUE(setitem(y, make_slice(I(10), None(), None()), ints({1})).ok());
    EXPECT_EQ(R(y), "[0, 0, 0, 0, 0, 1]");
    Ref z = ints({1, 2, 3});
    ASSERT_TRUE(setitem(z, make_slice(I(3), I(0), None()), ints({7, 8})).ok()); // inserts at 3
    EXPECT_EQ(R(z), "[1, 2, 3, 7, 8]");
}

TEST_F(Containers, ListSliceAssignSelf) {
    Ref x = ints({1, 2, 3, 4, 5});
    ASSERT_TRUE(setitem(x, make_slice(I(1), I(3), None()), x).ok());
    EXPECT_EQ(R(x), "[1, 1, 2, 3, 4, 5, 4, 5]");
    Ref y = ints({1, 2, 3});
    ASSERT_TRUE(setitem(y, make_slice(None(), None(), I(-1)), y).ok());
    EXPECT_EQ(R(y), "[3, 2, 1]");
}

TEST_F(Containers, ListSliceAssignmentErrors) {
    Ref x = ints({1, 2, 3});
    EXPECT_EQ(error_of(setitem(x, make_slice(None(), None(), I(2)), ints({1, 2, 3}))),
              "ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
    EXPECT_EQ(error_of(setitem(x, make_slice(None(), None(), I(2)), I(5))),
              "TypeError: must assign iterable to extended slice");
    EXPECT_EQ(error_of(setitem(x, make_slice(I(0), I(1), None()), I(5))), "TypeError: can only assign an iterable");
    EXPECT_EQ(R(x), "[1, 2, 3]");
}

TEST_F(Containers, ListSliceDeletion) {
    Ref x = ints({1, 2, 3, 4, 5});
    ASSERT_TRUE(delitem(x, make_slice(None(), None(), I(2))).ok());
    EXPECT_EQ(R(x), "[2, 4]");
    Ref y = ints({0, 1, 2, 3, 4, 5, 6});
    ASSERT_TRUE(delitem(y, make_slice(I(-1), I(-6), I(-2))).ok());
    EXPECT_EQ(R(y), "[0, 1, 3, 5]");
    Ref z = ints({0, 1, 2, 3});
    ASSERT_TRUE(delitem(z, make_slice(I(1), I(3), None())).ok());
    EXPECT_EQ(R(z), "[0, 3]");
}

TEST_F(Containers, ListPop) {
    Ref x = ints({1, 2, 3});
    EXPECT_EQ(R(M(x, "pop")), "3");
    EXPECT_EQ(R(M(x, "pop", {I(0)})), "1");
    EXPECT_EQ(R(x), "[2]");
    EXPECT_EQ(error_of(M(x, "pop", {I(5)})), "IndexError: pop index out of range");
    EXPECT_EQ(error_of(M(L({}), "pop")), "IndexError: pop from empty list");
    EXPECT_EQ(error_of(M(x, "pop", {pow10(30)})), "OverflowError: Python int too large to convert to C ssize_t");
}

TEST_F(Containers, ListInsertClamps) {
    Ref x = ints({1, 2});
    ASSERT_TRUE(M(x, "insert", {I(100), I(3)}).ok());
    ASSERT_TRUE(M(x, "insert", {I(-100), I(0)}).ok());
    ASSERT_TRUE(M(x, "insert", {I(-1), I(9)}).ok());
    EXPECT_EQ(R(x), "[0, 1, 2, 9, 3]");
    EXPECT_EQ(error_of(M(x, "insert", {S("a"), I(1)})), "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_F(Containers, ListRemoveIndexCount) {
    Ref x = ints({1, 2, 1, 1});
    EXPECT_EQ(R(M(x, "count", {I(1)})), "3");
    EXPECT_EQ(R(M(x, "index", {I(1), I(1)})), "2");
    EXPECT_EQ(R(M(x, "index", {I(2), I(-10), I(10)})), "1");
    EXPECT_EQ(error_of(M(x, "index", {I(2), I(0), I(1)})), "ValueError: 2 is not in list");
    EXPECT_EQ(error_of(M(x, "index", {S("z")})), "ValueError: 'z' is not in list");
    EXPECT_EQ(error_of(M(x, "index", {I(1), S("a")})),
              "TypeError: slice indices must be integers or have an __index__ method");
    ASSERT_TRUE(M(x, "remove", {I(1)}).ok());
    EXPECT_EQ(R(x), "[2, 1, 1]");
    EXPECT_EQ(error_of(M(x, "remove", {I(7)})), "ValueError: list.remove(x): x not in list");
}

TEST_F(Containers, ListClearCopyReverse) {
    Ref x = ints({1, 2, 3});
    Ref y = M(x, "copy").take();
    ASSERT_TRUE(M(x, "reverse").ok());
    EXPECT_EQ(R(x), "[3, 2, 1]");
    EXPECT_EQ(R(y), "[1, 2, 3]");
    ASSERT_TRUE(M(x, "clear").ok());
    EXPECT_EQ(R(x), "[]");
}

TEST_F(Containers, ListConcatenationAndRepeat) {
    EXPECT_EQ(R(Op(ints({1}), Special::add, ints({2}))), "[1, 2]");
    EXPECT_EQ(error_of(Op(ints({1}), Special::add, T({I(1)}))),
              "TypeError: can only concatenate list (not \"tuple\") to list");
    EXPECT_EQ(R(Op(ints({1, 2}), Special::mul, I(-1))), "[]");
    EXPECT_EQ(R(Op(I(2), Special::mul, ints({3}))), "[3, 3]");
    EXPECT_EQ(R(Op(ints({1}), Special::mul, True())), "[1]");
    EXPECT_EQ(error_of(Op(ints({1}), Special::mul, make_float(2.0))),
              "TypeError: can't multiply sequence by non-int of type 'float'");
}

TEST_F(Containers, ListHugeRepeatIsAnErrorNotACrash) {
    EXPECT_EQ(error_of(Op(ints({0}), Special::mul, pow10(13))), "MemoryError");
    EXPECT_EQ(error_of(Op(ints({1}), Special::mul, pow10(20))),
              "OverflowError: cannot fit 'int' into an index-sized integer");
    Ref x = ints({1, 2});
    EXPECT_EQ(error_of(Op(x, Special::imul, pow10(18))), "MemoryError");
    EXPECT_EQ(R(x), "[1, 2]");
}

TEST_F(Containers, ListInPlaceOperators) {
    Ref x = ints({1});
    Ref same = Op(x, Special::iadd, T({I(2), I(3)})).take();
    EXPECT_TRUE(same.get().is(x));
    EXPECT_EQ(R(x), "[1, 2, 3]");
    EXPECT_EQ(error_of(Op(x, Special::iadd, I(1))), "TypeError: 'int' object is not iterable");
    ASSERT_TRUE(Op(x, Special::imul, I(2)).ok());
    EXPECT_EQ(R(x), "[1, 2, 3, 1, 2, 3]");
    ASSERT_TRUE(Op(x, Special::imul, I(0)).ok());
    EXPECT_EQ(R(x), "[]");
}

TEST_F(Containers, ListExtendWithItself) {
    Ref x = ints({1, 2});
    ASSERT_TRUE(list_extend(x.as<List>(), x).ok());
    EXPECT_EQ(R(x), "[1, 2, 1, 2]");
}

TEST_F(Containers, ListComparison) {
    EXPECT_TRUE(B(compare_bool(ints({1, 2, 3}), ints({1, 2, 4}), CompareOp::Lt)));
    EXPECT_TRUE(B(compare_bool(ints({1, 2}), ints({1, 2, 0}), CompareOp::Lt)));
    EXPECT_TRUE(B(compare_bool(L({I(1), ints({2})}), L({I(1), ints({2})}), CompareOp::Eq)));
    EXPECT_EQ(R(M(ints({1}), "__eq__", {T({I(1)})})), "NotImplemented");
}

TEST_F(Containers, ListConstructorAndInit) {
    EXPECT_EQ(R(C(&list_type, {T({I(1), I(2)})})), "[1, 2]");
    EXPECT_EQ(error_of(C(&list_type, {I(1)})), "TypeError: 'int' object is not iterable");
    EXPECT_EQ(error_of(C(&list_type, {I(1), I(2)})), "TypeError: list expected at most 1 argument, got 2");
    EXPECT_EQ(error_of(CK(Value(&list_type), {}, {{"x", I(1)}})),
              "TypeError: list() takes no keyword arguments");
    Ref x = ints({9, 9});
    ASSERT_TRUE(M(x, "__init__", {T({I(1)})}).ok()); // clears, then extends
    EXPECT_EQ(R(x), "[1]");
}

TEST_F(Containers, ListIteratorsSurviveMutation) {
    Ref x = ints({1, 2, 3});
    Ref it = iter(x).take();
    EXPECT_EQ(R(next(it)), "1");
    ASSERT_TRUE(M(x, "clear").ok());
    EXPECT_TRUE(next(it).take().is_null());
    Ref y = ints({1, 2, 3});
    Ref rit = M(y, "__reversed__").take();
    EXPECT_EQ(R(next(rit)), "3");
    ASSERT_TRUE(M(y, "pop").ok());
    ASSERT_TRUE(M(y, "pop").ok());
    EXPECT_TRUE(next(rit).take().is_null());
    EXPECT_EQ(std::string(rit.get().type()->name_view()), "list_reverseiterator");
}

TEST_F(Containers, ListIsUnhashable) { EXPECT_EQ(error_of(hash(L({}))), "TypeError: unhashable type: 'list'"); }

TEST_F(Containers, ListInitWithItselfEndsEmpty) {
    Ref x = ints({1, 2});
    ASSERT_TRUE(M(x, "__init__", {x}).ok()); // cleared first, then extended by itself
    EXPECT_EQ(R(x), "[]");
}

// ---------------------------------------------------------------- sorting

TEST_F(Containers, SortBasics) {
    Ref x = ints({3, 1, 2});
    ASSERT_TRUE(list_sort(x.as<List>(), Value(), false).ok());
    EXPECT_EQ(R(x), "[1, 2, 3]");
    EXPECT_EQ(R(sorted_list(S("hello"), Value(), true)), "['o', 'l', 'l', 'h', 'e']");
    EXPECT_EQ(R(sorted_list(L({make_float(2.5), make_float(-1.0), make_float(0.5)}), Value(), false)), "[-1.0, 0.5, 2.5]");
}

TEST_F(Containers, SortStringsByCodePoint) {
    EXPECT_EQ(R(sorted_list(L({S("\xc3\xa9"), S("z"), S("a"), S("Z"), S("ab"), S("")}), Value(), false)),
              "['', 'Z', 'a', 'ab', 'z', '\xc3\xa9']");
}

TEST_F(Containers, SortMixedTypesFails) {
    Ref x = L({I(3), I(1), S("a")});
    EXPECT_EQ(error_of(list_sort(x.as<List>(), Value(), false)),
              "TypeError: '<' not supported between instances of 'str' and 'int'");
    EXPECT_EQ(x.as<List>()->size, 3); // nothing lost
}

TEST_F(Containers, SortIsStableWithKey) {
    Ref key = make_native_function(&first_item_def);
    Ref data = L({T({I(1), S("b")}), T({I(0), S("c")}), T({I(1), S("a")}), T({I(0), S("d")})});
    EXPECT_EQ(R(sorted_list(data, key, false)), "[(0, 'c'), (0, 'd'), (1, 'b'), (1, 'a')]");
    EXPECT_EQ(R(sorted_list(data, key, true)), "[(1, 'b'), (1, 'a'), (0, 'c'), (0, 'd')]");
}

TEST_F(Containers, SortMatchesStableSortOnLargeInput) {
    std::mt19937 rng(1234);
    std::vector<std::pair<int64_t, int64_t>> model; // (key, original position)
    Handle<List> data = list_new();
    for (int64_t i = 0; i < 5000; ++i) {
        int64_t k = static_cast<int64_t>(rng() % 100);
        if (i > 2000 && i < 2600) k = 3000 - i; // a descending run
        model.push_back({k, i});
        Ref pair = T({I(k), I(i)});
        ASSERT_TRUE(list_append(data.get(), pair).ok());
    }
    std::stable_sort(model.begin(), model.end(), [](auto& a, auto& b) { return a.first < b.first; });
    Ref key = make_native_function(&first_item_def);
    ASSERT_TRUE(list_sort(data.get(), key, false).ok());
    for (size_t i = 0; i < model.size(); ++i) {
        Tuple* t = data->items[i].as<Tuple>();
        ASSERT_EQ(t->items[0].as_small_int(), model[i].first);
        ASSERT_EQ(t->items[1].as_small_int(), model[i].second);
    }
}

TEST_F(Containers, SortKeywordErrors) {
    Ref x = ints({3, 1});
    EXPECT_EQ(error_of(M(x, "sort", {I(1)})), "TypeError: sort() takes no positional arguments");
    EXPECT_EQ(error_of(MK(x, "sort", {}, {{"foo", I(1)}})), "TypeError: 'foo' is an invalid keyword argument for sort()");
    EXPECT_EQ(error_of(MK(x, "sort", {}, {{"reverse", L({})}})),
              "TypeError: 'list' object cannot be interpreted as an integer");
    ASSERT_TRUE(MK(x, "sort", {}, {{"reverse", True()}}).ok());
    EXPECT_EQ(R(x), "[3, 1]");
}

TEST_F(Containers, SortKeyErrorLeavesListIntact) {
    Ref x = ints({5, 4, 3, 2, 1});
    Ref key = make_native_function(&failing_key_def);
    EXPECT_EQ(error_of(list_sort(x.as<List>(), key, false)), "ValueError: bad key");
    EXPECT_EQ(R(x), "[5, 4, 3, 2, 1]");
}

TEST_F(Containers, SortDetectsMutation) {
    Ref x = ints({2, 1});
    g_victim = x;
    Ref key = make_native_function(&mutating_key_def);
    EXPECT_EQ(error_of(list_sort(x.as<List>(), key, false)), "ValueError: list modified during sort");
    EXPECT_EQ(R(x), "[1, 2]"); // the sorted items win; the intruders are dropped
    g_victim = Value();
}

TEST_F(Containers, DeeplyNestedContainersDeallocWithoutRecursion) {
    // [[[...]]], ((( ... ),),) and {0: {0: ...}} 200000 levels deep:
    // releasing the outermost must not overflow the C++ stack.
    Ref nested = L({});
    for (int i = 0; i < 200000; ++i) nested = L({nested});
    nested.reset();
    Ref tuples = T({});
    for (int i = 0; i < 200000; ++i) tuples = T({tuples});
    tuples.reset();
    Ref dicts = Ref::borrow(None());
    for (int i = 0; i < 200000; ++i) {
        Handle<Dict> d = dict_new();
        ASSERT_TRUE(dict_set(d.get(), Value::small_int(0), dicts).ok());
        dicts = std::move(d).ref();
    }
    dicts.reset();
}

// ================================================================ dict

Ref D(std::initializer_list<std::pair<Value, Value>> items) {
    Handle<Dict> d = dict_new();
    for (auto& [k, v] : items) EXPECT_TRUE(dict_set(d.get(), k, v).ok());
    return std::move(d).ref();
}

TEST_F(Containers, DictRepr) {
    EXPECT_EQ(R(D({})), "{}");
    EXPECT_EQ(R(D({{S("a"), I(1)}})), "{'a': 1}");
    EXPECT_EQ(R(D({{S("a"), L({I(1), S("b")})}})), "{'a': [1, 'b']}");
    Ref d = D({});
    ASSERT_TRUE(dict_set(d.as<Dict>(), I(1), d).ok());
    EXPECT_EQ(R(d), "{1: {...}}");
    dict_clear(d.as<Dict>());
}

TEST_F(Containers, DictOrderAfterDeletionsAndReinsertions) {
    Ref d = M(type_value(&dict_type), "fromkeys", {S("abcde")}).take();
    ASSERT_TRUE(delitem(d, S("b")).ok());
    ASSERT_TRUE(setitem(d, S("b"), I(1)).ok());
    ASSERT_TRUE(delitem(d, S("a")).ok());
    ASSERT_TRUE(setitem(d, S("z"), I(2)).ok());
    EXPECT_EQ(R(d), "{'c': None, 'd': None, 'e': None, 'b': 1, 'z': 2}");
}

TEST_F(Containers, DictManyInsertionsAndDeletionsKeepOrder) {
    Handle<Dict> d = dict_new();
    std::vector<int64_t> model;
    for (int64_t i = 0; i < 2000; ++i) {
        ASSERT_TRUE(dict_set(d.get(), Value::small_int(i), Value::small_int(i * i)).ok());
        model.push_back(i);
    }
    for (int64_t i = 0; i < 2000; i += 2) ASSERT_TRUE(dict_del(d.get(), Value::small_int(i)).value());
    for (int64_t i = 0; i < 2000; i += 4) ASSERT_TRUE(dict_set(d.get(), Value::small_int(i), None()).ok());
    std::vector<int64_t> expected;
    for (int64_t i = 1; i < 2000; i += 2) expected.push_back(i);
    for (int64_t i = 0; i < 2000; i += 4) expected.push_back(i);
    std::vector<int64_t> seen;
    Value k, v;
    for (int64_t pos = 0; dict_next(d.get(), &pos, &k, &v);) seen.push_back(k.as_small_int());
    EXPECT_EQ(seen, expected);
    EXPECT_EQ(d->used, 1500);
    EXPECT_EQ(R(Result<Ref>(Ref::borrow(dict_get(d.get(), Value::small_int(7)).value()))), "49");
}

TEST_F(Containers, DictMissingKey) {
    Ref d = D({{I(1), I(2)}});
    EXPECT_EQ(error_of(getitem(d, I(3))), "KeyError: 3");
    EXPECT_EQ(error_of(getitem(d, S("x"))), "KeyError: 'x'");
    EXPECT_EQ(error_of(delitem(d, I(3))), "KeyError: 3");
    EXPECT_EQ(error_of(getitem(d, L({}))), "TypeError: unhashable type: 'list'");
    EXPECT_EQ(error_of(dict_set(d.as<Dict>(), L({}), I(1))), "TypeError: unhashable type: 'list'");
}

TEST_F(Containers, DictEqualKeysByValue) {
    Ref d = D({{I(1), S("int")}});
    ASSERT_TRUE(dict_set(d.as<Dict>(), make_float(1.0), S("float")).ok());
    ASSERT_TRUE(dict_set(d.as<Dict>(), True(), S("bool")).ok());
    EXPECT_EQ(R(d), "{1: 'bool'}");
}

TEST_F(Containers, DictGetStrFastPath) {
    Ref d = D({{S("name"), I(1)}}); // a non-interned key
    EXPECT_EQ(R(dict_get_str(d.as<Dict>(), intern("name"))), "1");
    EXPECT_TRUE(dict_get_str(d.as<Dict>(), intern("other")).is_null());
    ASSERT_TRUE(dict_set_str(d.as<Dict>(), intern("name"), I(2)).ok());
    EXPECT_EQ(R(d), "{'name': 2}");
}

TEST_F(Containers, DictMethods) {
    Ref d = D({{I(1), I(2)}});
    EXPECT_EQ(R(M(d, "get", {I(5), I(9)})), "9");
    EXPECT_EQ(R(M(d, "get", {I(5)})), "None");
    EXPECT_EQ(R(M(d, "setdefault", {I(1), I(3)})), "2");
    EXPECT_EQ(R(M(d, "setdefault", {I(4)})), "None");
    EXPECT_EQ(R(M(d, "pop", {I(8), S("d")})), "'d'");
    EXPECT_EQ(error_of(M(d, "pop", {I(8)})), "KeyError: 8");
    EXPECT_EQ(R(M(d, "popitem")), "(4, None)");
    EXPECT_EQ(R(M(d, "pop", {I(1)})), "2");
    EXPECT_EQ(error_of(M(d, "popitem")), "KeyError: 'popitem(): dictionary is empty'");
}

TEST_F(Containers, DictPopitemIsLifo) {
    Ref d = D({{I(1), I(2)}, {I(3), I(4)}});
    EXPECT_EQ(R(M(d, "popitem")), "(3, 4)");
    ASSERT_TRUE(setitem(d, I(5), I(6)).ok());
    EXPECT_EQ(R(M(d, "popitem")), "(5, 6)");
    EXPECT_EQ(R(d), "{1: 2}");
}

TEST_F(Containers, DictConstructors) {
    EXPECT_EQ(R(CK(Value(&dict_type), {}, {{"a", I(1)}, {"b", I(2)}})), "{'a': 1, 'b': 2}");
    EXPECT_EQ(R(CK(Value(&dict_type), {D({{S("x"), I(1)}})}, {{"y", I(2)}})), "{'x': 1, 'y': 2}");
    EXPECT_EQ(R(CK(Value(&dict_type), {L({T({S("a"), I(1)})})}, {{"a", I(3)}})), "{'a': 3}");
    EXPECT_EQ(R(C(&dict_type, {L({S("ab"), L({I(1), I(2)})})})), "{'a': 'b', 1: 2}");
}

TEST_F(Containers, DictConstructorErrors) {
    EXPECT_EQ(error_of(C(&dict_type, {L({T({I(1), I(2), I(3)})})})),
              "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    EXPECT_EQ(error_of(C(&dict_type, {L({I(1)})})),
              "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    EXPECT_EQ(error_of(C(&dict_type, {I(1)})), "TypeError: 'int' object is not iterable");
    EXPECT_EQ(error_of(C(&dict_type, {D({}), D({})})), "TypeError: dict expected at most 1 argument, got 2");
    EXPECT_EQ(error_of(M(D({}), "update", {D({}), D({})})), "TypeError: update expected at most 1 argument, got 2");
}

TEST_F(Containers, DictFromKeys) {
    EXPECT_EQ(R(M(type_value(&dict_type), "fromkeys", {ints({1, 2})})), "{1: None, 2: None}");
    EXPECT_EQ(R(M(type_value(&dict_type), "fromkeys", {S("ab"), I(0)})), "{'a': 0, 'b': 0}");
    EXPECT_EQ(error_of(M(type_value(&dict_type), "fromkeys", {I(1)})), "TypeError: 'int' object is not iterable");
}

TEST_F(Containers, DictMergeOperators) {
    Ref a = D({{S("a"), I(1)}});
    EXPECT_EQ(R(Op(a, Special::or_, D({{S("b"), I(2)}}))), "{'a': 1, 'b': 2}");
    EXPECT_EQ(R(a), "{'a': 1}");
    EXPECT_EQ(error_of(Op(D({}), Special::or_, L({}))), "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    Ref same = Op(a, Special::ior, L({T({S("c"), I(3)})})).take();
    EXPECT_TRUE(same.get().is(a));
    EXPECT_EQ(R(a), "{'a': 1, 'c': 3}");
}

TEST_F(Containers, DictEquality) {
    EXPECT_TRUE(B(compare_bool(D({{I(1), I(2)}}), D({{I(1), make_float(2.0)}}), CompareOp::Eq)));
    EXPECT_FALSE(B(compare_bool(D({{I(1), I(2)}}), D({{I(1), I(3)}}), CompareOp::Eq)));
    EXPECT_EQ(error_of(compare(D({}), D({}), CompareOp::Lt)),
              "TypeError: '<' not supported between instances of 'dict' and 'dict'");
    EXPECT_EQ(error_of(hash(D({}))), "TypeError: unhashable type: 'dict'");
}

TEST_F(Containers, DictMergeModes) {
    Ref a = D({{I(1), I(1)}});
    ASSERT_TRUE(dict_merge(a.as<Dict>(), D({{I(1), I(9)}, {I(2), I(2)}}), DictMerge::KeepExisting).ok());
    EXPECT_EQ(R(a), "{1: 1, 2: 2}");
    EXPECT_EQ(error_of(dict_merge(a.as<Dict>(), D({{I(2), I(0)}}), DictMerge::ErrorOnDuplicate)), "KeyError: 2");
    Ref copy = dict_copy(a.as<Dict>()).take();
    ASSERT_TRUE(setitem(copy, I(3), I(3)).ok());
    EXPECT_EQ(R(a), "{1: 1, 2: 2}");
}

TEST_F(Containers, DictIterationDetectsChanges) {
    Ref d = D({{I(1), I(2)}, {I(3), I(4)}});
    Ref it = iter(d).take();
    EXPECT_EQ(R(next(it)), "1");
    ASSERT_TRUE(setitem(d, I(5), I(6)).ok());
    EXPECT_EQ(error_of(next(it)), "RuntimeError: dictionary changed size during iteration");
    EXPECT_EQ(error_of(next(it)), "RuntimeError: dictionary changed size during iteration");

    Ref e = D({{I(1), I(2)}, {I(3), I(4)}});
    Ref it2 = iter(e).take();
    EXPECT_EQ(R(next(it2)), "1");
    ASSERT_TRUE(delitem(e, I(1)).ok());
    ASSERT_TRUE(setitem(e, I(11), I(0)).ok()); // same size, different keys
    EXPECT_EQ(R(next(it2)), "3");
    EXPECT_EQ(error_of(next(it2)), "RuntimeError: dictionary keys changed during iteration");
}

TEST_F(Containers, DictReversedAndIteratorTypes) {
    Ref d = D({{I(1), I(2)}, {I(3), I(4)}});
    EXPECT_EQ(R((LIST(M(d, "__reversed__").take()))), "[3, 1]");
    EXPECT_EQ(std::string(M(d, "__reversed__").take().get().type()->name_view()), "dict_reversekeyiterator");
    EXPECT_EQ(std::string(iter(d).take().get().type()->name_view()), "dict_keyiterator");
    Ref items = M(d, "items").take();
    EXPECT_EQ(R((LIST(M(items, "__reversed__").take()))), "[(3, 4), (1, 2)]");
}

TEST_F(Containers, DictCopyCompactsButKeepsOrder) {
    Ref d = D({{I(1), I(1)}, {I(2), I(2)}, {I(3), I(3)}});
    ASSERT_TRUE(delitem(d, I(2)).ok());
    Ref c = M(d, "copy").take();
    ASSERT_TRUE(setitem(c, I(4), I(4)).ok());
    EXPECT_EQ(R(c), "{1: 1, 3: 3, 4: 4}");
    EXPECT_EQ(c.as<Dict>()->entries_len, 3); // the hole left by the deletion is gone
}

TEST_F(Containers, DictAcceptsNoneAndTupleKeys) {
    Ref d = D({{T({I(1), I(2)}), S("a")}, {None(), S("b")}});
    EXPECT_EQ(R(d), "{(1, 2): 'a', None: 'b'}");
    EXPECT_EQ(R(getitem(d, T({I(1), I(2)}))), "'a'");
}

// ---------------------------------------------------------------- views

TEST_F(Containers, ViewReprs) {
    Ref d = D({{I(1), I(2)}});
    EXPECT_EQ(R(M(d, "keys")), "dict_keys([1])");
    EXPECT_EQ(R(M(d, "values")), "dict_values([2])");
    EXPECT_EQ(R(M(d, "items")), "dict_items([(1, 2)])");
    EXPECT_EQ(R(M(D({}), "items")), "dict_items([])");
}

TEST_F(Containers, ViewsAreLive) {
    Ref d = D({{I(1), I(2)}});
    Ref keys = M(d, "keys").take();
    ASSERT_TRUE(setitem(d, I(3), I(4)).ok());
    EXPECT_EQ(R(keys), "dict_keys([1, 3])");
    EXPECT_EQ(length(keys).value(), 2);
    EXPECT_TRUE(B(contains(keys, I(3))));
    Ref items = M(d, "items").take();
    EXPECT_TRUE(B(contains(items, T({I(3), I(4)}))));
    EXPECT_FALSE(B(contains(items, T({I(3), I(5)}))));
    EXPECT_FALSE(B(contains(items, I(3))));
}

TEST_F(Containers, ViewSetOperations) {
    Ref d = D({{I(1), I(2)}});
    Ref keys = M(d, "keys").take();
    Ref s13 = C(&set_type, {ints({1, 3})}).take();
    EXPECT_EQ(R(Op(keys, Special::and_, s13)), "{1}");
    EXPECT_EQ(R(Op(keys, Special::or_, ints({5}))), "{1, 5}");
    EXPECT_EQ(R(Op(keys, Special::sub, C(&set_type, {ints({1})}).take())), "set()");
    EXPECT_EQ(R(Op(keys, Special::xor_, C(&set_type, {ints({1, 4})}).take())), "{4}");
    EXPECT_EQ(R(Op(ints({1, 3}), Special::and_, keys)), "{1}");
    EXPECT_EQ(R(Op(M(d, "items").take(), Special::or_, C(&set_type, {ints({3})}).take())), "{3, (1, 2)}");
    EXPECT_EQ(error_of(Op(keys, Special::or_, I(1))), "TypeError: 'int' object is not iterable");
    EXPECT_TRUE(B(compare_bool(M(D({}), "keys").take(), C(&set_type).take(), CompareOp::Eq)));
    EXPECT_TRUE(B(compare_bool(keys, C(&set_type, {ints({1})}).take(), CompareOp::Eq)));
    EXPECT_TRUE(B(compare_bool(keys, s13, CompareOp::Lt)));
    EXPECT_EQ(R(M(keys, "isdisjoint", {ints({5, 6})})), "True");
}

TEST_F(Containers, ValuesViewsCompareByIdentity) {
    Ref d = D({{I(1), I(2)}});
    EXPECT_FALSE(B(compare_bool(M(d, "values").take(), M(d, "values").take(), CompareOp::Eq)));
    EXPECT_EQ(error_of(hash(M(d, "keys").take())), "TypeError: unhashable type: 'dict_keys'");
    EXPECT_TRUE(hash(M(d, "values").take()).ok());
}

// ================================================================ set

Ref SET(std::initializer_list<int64_t> values) {
    Handle<Set> s = set_new(&set_type);
    for (int64_t v : values) EXPECT_TRUE(set_add(s.get(), Value::small_int(v)).ok());
    return std::move(s).ref();
}

TEST_F(Containers, SetIterationOrderOfSmallIntsMatchesCPython) {
    EXPECT_EQ(R(SET({3, 1, 2})), "{1, 2, 3}");
    // -1 and -2 share the hash -2: their order depends on insertion order.
    EXPECT_EQ(R(SET({100, 5, 17, 33, 1000, -1, -2})), "{33, 100, 5, 1000, 17, -2, -1}");
    // set(frozenset(...)) re-inserts in the frozenset's (larger) table order.
    Ref frozen = C(&frozenset_type, {ints({100, 5, 17, 33, 1000, -1, -2})}).take();
    EXPECT_EQ(R(C(&set_type, {frozen})), "{33, 17, 100, 5, -1, 1000, -2}");
    EXPECT_EQ(R(SET({8, 16, 0, 24})), "{8, 16, 0, 24}");
    Ref descending = C(&set_type, {C(&range_type, {I(20), I(0), I(-1)}).take()}).take();
    EXPECT_EQ(R(descending), "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}");
}

TEST_F(Containers, SetOrderAfterDiscardsAndResize) {
    Ref s = C(&set_type, {C(&range_type, {I(100)}).take()}).take();
    for (int64_t i = 0; i < 100; i += 3) ASSERT_TRUE(set_discard(s.as<Set>(), Value::small_int(i)).ok());
    ASSERT_TRUE(set_add(s.as<Set>(), Value::small_int(1000)).ok());
    Ref items = LIST(s);
    EXPECT_EQ(R(getitem(items, make_slice(None(), I(12), None()))), "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17]");
}

TEST_F(Containers, SetRepr) {
    EXPECT_EQ(R(C(&set_type)), "set()");
    EXPECT_EQ(R(C(&frozenset_type)), "frozenset()");
    EXPECT_EQ(R(C(&frozenset_type, {ints({1, 2})})), "frozenset({1, 2})");
}

TEST_F(Containers, SetPopAndRemove) {
    Ref s = SET({3, 1, 2});
    EXPECT_EQ(R(M(s, "pop")), "1");
    EXPECT_EQ(R(M(s, "pop")), "2");
    EXPECT_EQ(R(M(s, "pop")), "3");
    EXPECT_EQ(error_of(M(s, "pop")), "KeyError: 'pop from an empty set'");
    Ref t = SET({1});
    EXPECT_EQ(error_of(M(t, "remove", {I(2)})), "KeyError: 2");
    ASSERT_TRUE(M(t, "discard", {I(2)}).ok());
    ASSERT_TRUE(M(t, "remove", {I(1)}).ok());
    EXPECT_EQ(R(t), "set()");
}

TEST_F(Containers, SetOperatorsRequireSets) {
    EXPECT_EQ(error_of(Op(SET({1}), Special::or_, ints({1}))),
              "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    EXPECT_EQ(error_of(compare(SET({1}), ints({1}), CompareOp::Lt)),
              "TypeError: '<' not supported between instances of 'set' and 'list'");
    EXPECT_FALSE(B(compare_bool(C(&set_type).take(), L({}), CompareOp::Eq)));
}

TEST_F(Containers, SetMethodsTakeIterables) {
    EXPECT_EQ(R(M(SET({1, 2, 3}), "intersection", {ints({2, 3, 4}), T({I(3)})})), "{3}");
    EXPECT_EQ(R(M(SET({1, 2}), "union", {ints({3}), ints({4})})), "{1, 2, 3, 4}");
    EXPECT_EQ(R(M(SET({1, 2, 3}), "difference", {ints({1}), ints({2})})), "{3}");
    EXPECT_EQ(R(M(SET({1, 2}), "symmetric_difference", {ints({2, 3})})), "{1, 3}");
    EXPECT_EQ(R(M(C(&set_type).take(), "issubset", {ints({1})})), "True");
    EXPECT_EQ(R(M(SET({1, 2}), "issuperset", {ints({1})})), "True");
    EXPECT_EQ(R(M(SET({1, 2}), "isdisjoint", {ints({3})})), "True");
}

TEST_F(Containers, SetOperatorsAndResultTypes) {
    Ref fs = C(&frozenset_type, {ints({1, 2})}).take();
    EXPECT_EQ(R(Op(fs, Special::or_, SET({3}))), "frozenset({1, 2, 3})");
    EXPECT_EQ(R(Op(SET({3}), Special::or_, fs)), "{1, 2, 3}");
    EXPECT_EQ(R(Op(SET({1, 2, 3}), Special::and_, SET({2, 3, 4}))), "{2, 3}");
    EXPECT_EQ(R(Op(SET({1, 2, 3}), Special::sub, SET({2}))), "{1, 3}");
    EXPECT_EQ(R(Op(SET({1, 2}), Special::xor_, SET({2, 3}))), "{1, 3}");
}

TEST_F(Containers, SetInPlaceOperatorsKeepIdentity) {
    Ref s = SET({1, 2, 3});
    EXPECT_TRUE(Op(s, Special::ior, SET({4})).take().get().is(s));
    EXPECT_TRUE(Op(s, Special::iand, SET({1, 2, 4})).take().get().is(s));
    EXPECT_EQ(R(s), "{1, 2, 4}");
    EXPECT_TRUE(Op(s, Special::isub, SET({1})).take().get().is(s));
    EXPECT_TRUE(Op(s, Special::ixor, SET({4, 5})).take().get().is(s));
    EXPECT_EQ(R(s), "{2, 5}");
    EXPECT_EQ(error_of(Op(s, Special::ior, ints({1}))),
              "TypeError: unsupported operand type(s) for |=: 'set' and 'list'");
}

TEST_F(Containers, SetComparisons) {
    EXPECT_TRUE(B(compare_bool(SET({1, 2}), SET({1, 2, 3}), CompareOp::Le)));
    EXPECT_FALSE(B(compare_bool(SET({1, 2}), SET({1, 2}), CompareOp::Lt)));
    EXPECT_TRUE(B(compare_bool(SET({1, 2}), SET({1}), CompareOp::Gt)));
    EXPECT_TRUE(B(compare_bool(SET({1}), C(&frozenset_type, {ints({1})}).take(), CompareOp::Eq)));
}

TEST_F(Containers, FrozensetHashMatchesCPython) {
    EXPECT_EQ(H(C(&frozenset_type).take()), 133146708735736);
    EXPECT_EQ(H(C(&frozenset_type, {ints({1, 2, 3})}).take()), -272375401224217160);
    EXPECT_EQ(error_of(hash(SET({}))), "TypeError: unhashable type: 'set'");
}

TEST_F(Containers, SetArgumentIsLookedUpAsFrozenset) {
    Ref inner = C(&frozenset_type, {ints({1})}).take();
    Handle<Set> s = set_new(&set_type);
    ASSERT_TRUE(set_add(s.get(), inner).ok());
    EXPECT_TRUE(B(contains(s, SET({1}))));
    ASSERT_TRUE(M(s, "remove", {SET({1})}).ok());
    EXPECT_EQ(s->used, 0);
    EXPECT_EQ(error_of(contains(s, L({}))), "TypeError: unhashable type: 'list'");
    EXPECT_EQ(error_of(set_add(s.get(), L({}))), "TypeError: unhashable type: 'list'");
}

TEST_F(Containers, FrozensetConstruction) {
    Ref fs = C(&frozenset_type, {ints({1})}).take();
    EXPECT_TRUE(C(&frozenset_type, {fs}).take().get().is(fs));
    EXPECT_FALSE(C(&frozenset_type).take().get().is(C(&frozenset_type).take()));
    EXPECT_EQ(error_of(C(&frozenset_type, {I(1), I(2)})), "TypeError: frozenset expected at most 1 argument, got 2");
    EXPECT_EQ(error_of(C(&set_type, {I(1), I(2)})), "TypeError: set expected at most 1 argument, got 2");
    EXPECT_EQ(error_of(CK(Value(&set_type), {}, {{"x", I(1)}})),
              "TypeError: set() takes no keyword arguments");
}

TEST_F(Containers, SetFromDictUsesItsKeys) {
    Ref d = D({{I(3), I(0)}, {I(1), I(0)}, {I(2), I(0)}});
    EXPECT_EQ(R(C(&set_type, {d})), "{1, 2, 3}");
    Ref s = SET({1, 2});
    ASSERT_TRUE(M(s, "update", {D({{I(5), I(0)}, {I(3), I(0)}})}).ok());
    EXPECT_EQ(R(s), "{1, 2, 3, 5}");
    EXPECT_EQ(R(M(M(D({{I(1), I(2)}}), "keys").take(), "isdisjoint", {ints({1})})), "False");
}

TEST_F(Containers, SetIterationDetectsSizeChange) {
    Ref s = SET({1, 2});
    Ref it = iter(s).take();
    EXPECT_EQ(R(next(it)), "1");
    ASSERT_TRUE(set_add(s.as<Set>(), Value::small_int(5)).ok());
    EXPECT_EQ(error_of(next(it)), "RuntimeError: Set changed size during iteration");
}

TEST_F(Containers, SetOfStringsDeduplicates) {
    Ref s = C(&set_type, {L({S("a"), S("b"), S("a")})}).take();
    EXPECT_EQ(s.as<Set>()->used, 2);
    EXPECT_TRUE(B(set_contains(s.as<Set>(), S("b"))));
}

// ================================================================ range

Ref RANGE(std::initializer_list<Value> args) { return C(&range_type, args).take(); }

TEST_F(Containers, RangeRepr) {
    EXPECT_EQ(R(RANGE({I(5)})), "range(0, 5)");
    EXPECT_EQ(R(RANGE({I(1), I(10), I(2)})), "range(1, 10, 2)");
    EXPECT_EQ(R(RANGE({I(-3)})), "range(0, -3)");
    EXPECT_EQ(R(RANGE({True(), I(3)})), "range(1, 3)");
}

TEST_F(Containers, RangeConstructorErrors) {
    EXPECT_EQ(error_of(C(&range_type, {I(1), I(2), I(0)})), "ValueError: range() arg 3 must not be zero");
    EXPECT_EQ(error_of(C(&range_type, {make_float(1.0)})), "TypeError: 'float' object cannot be interpreted as an integer");
    EXPECT_EQ(error_of(C(&range_type)), "TypeError: range expected at least 1 argument, got 0");
    EXPECT_EQ(error_of(C(&range_type, {I(1), I(2), I(3), I(4)})), "TypeError: range expected at most 3 arguments, got 4");
}

TEST_F(Containers, RangeLength) {
    EXPECT_EQ(length(RANGE({I(-5), I(5), I(3)})).value(), 4);
    EXPECT_EQ(length(RANGE({I(5), I(1)})).value(), 0);
    EXPECT_EQ(error_of(length(RANGE({pow10(20)}))), "OverflowError: Python int too large to convert to C ssize_t");
    EXPECT_FALSE(B(truthy(RANGE({I(0)}))));
}

TEST_F(Containers, RangeIndexing) {
    Ref r = RANGE({I(-5), I(5), I(3)});
    EXPECT_EQ(R(getitem(r, I(-1))), "4");
    EXPECT_EQ(error_of(getitem(RANGE({I(5)}), I(10))), "IndexError: range object index out of range");
    EXPECT_EQ(error_of(getitem(RANGE({I(5)}), S("a"))), "TypeError: range indices must be integers or slices, not str");
    EXPECT_EQ(R(getitem(RANGE({pow10(20)}), pow10(19))), "10000000000000000000");
}

TEST_F(Containers, RangeSlicing) {
    EXPECT_EQ(R(getitem(RANGE({I(5)}), make_slice(I(1), I(3), None()))), "range(1, 3)");
    EXPECT_EQ(R(getitem(RANGE({I(5)}), make_slice(None(), None(), I(-2)))), "range(4, -1, -2)");
    EXPECT_EQ(R(getitem(RANGE({I(10)}), make_slice(I(-3), I(-20), I(-1)))), "range(7, -1, -1)");
    EXPECT_EQ(R(getitem(RANGE({I(0), I(100), I(7)}), make_slice(I(-3), None(), None()))), "range(84, 105, 7)");
    EXPECT_EQ(R(getitem(RANGE({pow10(20)}), make_slice(None(), None(), I(-1)))), "range(99999999999999999999, -1, -1)");
    EXPECT_EQ(R(getitem(RANGE({pow10(20)}), make_slice(I(5), pow10(19), I(3)))), "range(5, 10000000000000000000, 3)");
}

TEST_F(Containers, RangeContainsCountIndex) {
    EXPECT_TRUE(B(contains(RANGE({pow10(20)}), I(3))));
    EXPECT_FALSE(B(contains(RANGE({pow10(20)}), pow10(21))));
    EXPECT_TRUE(B(contains(RANGE({I(3)}), make_float(2.0))));
    EXPECT_FALSE(B(contains(RANGE({I(0), I(10), I(3)}), I(4))));
    EXPECT_EQ(R(M(RANGE({I(5)}), "count", {make_float(2.0)})), "1");
    EXPECT_EQ(R(M(RANGE({I(5)}), "index", {make_float(2.0)})), "2");
    EXPECT_EQ(R(M(RANGE({I(0), I(10), I(2)}), "index", {I(4)})), "2");
    EXPECT_EQ(error_of(M(RANGE({I(5)}), "index", {I(7)})), "ValueError: 7 is not in range");
    EXPECT_EQ(error_of(M(RANGE({I(5)}), "index", {S("a")})), "ValueError: sequence.index(x): x not in sequence");
}

TEST_F(Containers, RangeEqualityAndHash) {
    EXPECT_FALSE(B(compare_bool(RANGE({I(0), I(3)}), RANGE({I(0), I(3), I(5)}), CompareOp::Eq)));
    EXPECT_TRUE(B(compare_bool(RANGE({I(0)}), RANGE({I(5), I(1)}), CompareOp::Eq)));
    EXPECT_TRUE(B(compare_bool(RANGE({I(1), I(2)}), RANGE({I(1), I(3), I(7)}), CompareOp::Eq)));
    EXPECT_EQ(H(RANGE({I(5)})), 5795932985296280846);
    // Equal ranges hash alike (the hash of None varies between runs).
    EXPECT_EQ(H(RANGE({I(0)})), H(RANGE({I(5), I(1), I(3)})));
    EXPECT_EQ(H(RANGE({I(1), I(2), I(5)})), H(RANGE({I(1), I(2)})));
    EXPECT_EQ(error_of(compare(RANGE({I(3)}), RANGE({I(4)}), CompareOp::Lt)),
              "TypeError: '<' not supported between instances of 'range' and 'range'");
}

TEST_F(Containers, RangeIteration) {
    EXPECT_EQ(R((LIST(RANGE({I(10), I(0), I(-3)})))), "[10, 7, 4, 1]");
    EXPECT_EQ(R((LIST(M(RANGE({I(1), I(10), I(3)}), "__reversed__").take()))), "[7, 4, 1]");
    Ref big_start = pow10(20);
    Ref big_stop = Op(big_start, Special::add, I(3)).take();
    Ref reversed_big = M(RANGE({big_start, big_stop}), "__reversed__").take();
    EXPECT_EQ(R((LIST(reversed_big))),
              "[100000000000000000002, 100000000000000000001, 100000000000000000000]");
    EXPECT_EQ(std::string(iter(RANGE({I(3)})).take().get().type()->name_view()), "range_iterator");
    EXPECT_EQ(std::string(iter(RANGE({pow10(20)})).take().get().type()->name_view()), "longrange_iterator");
}

TEST_F(Containers, RangeNegativeStep) {
    Ref r = RANGE({I(-10), I(-20), I(-3)});
    EXPECT_EQ(R(LIST(r)), "[-10, -13, -16, -19]");
    EXPECT_EQ(length(r).value(), 4);
    EXPECT_TRUE(B(contains(r, I(-16))));
    EXPECT_FALSE(B(contains(r, I(-20))));
}

TEST_F(Containers, RangeIterationAcrossInt64Bounds) {
    Ref start = int_from_string("9223372036854775805", 10).take();
    Ref stop = int_from_string("9223372036854775810", 10).take();
    Ref r = RANGE({start, stop});
    EXPECT_EQ(std::string(iter(r).take().get().type()->name_view()), "longrange_iterator");
    EXPECT_EQ(R(LIST(r)), "[9223372036854775805, 9223372036854775806, 9223372036854775807, 9223372036854775808, "
                          "9223372036854775809]");
    Ref neg_start = int_from_string("-9223372036854775806", 10).take();
    Ref neg_stop = int_from_string("-9223372036854775810", 10).take();
    EXPECT_EQ(R(LIST(RANGE({neg_start, neg_stop, I(-1)}))),
              "[-9223372036854775806, -9223372036854775807, -9223372036854775808, -9223372036854775809]");
    Ref top = int_from_string("9223372036854775807", 10).take();
    Ref below = int_from_string("9223372036854775804", 10).take();
    Ref reversed = M(RANGE({below, top}), "__reversed__").take();
    EXPECT_EQ(std::string(reversed.get().type()->name_view()), "range_iterator");
    EXPECT_EQ(R(LIST(reversed)), "[9223372036854775806, 9223372036854775805, 9223372036854775804]");
}

TEST_F(Containers, RangeAttributes) {
    Ref r = RANGE({I(1), I(9), I(2)});
    EXPECT_EQ(R(getattr(r, intern("start"))), "1");
    EXPECT_EQ(R(getattr(r, intern("stop"))), "9");
    EXPECT_EQ(R(getattr(r, intern("step"))), "2");
}

// ================================================================ slice

TEST_F(Containers, SliceRepr) {
    EXPECT_EQ(R(make_slice(I(1), I(2), None())), "slice(1, 2, None)");
    EXPECT_EQ(R(C(&slice_type, {I(3)})), "slice(None, 3, None)");
    EXPECT_EQ(R(C(&slice_type, {S("a"), L({I(1)}), make_float(2.5)})), "slice('a', [1], 2.5)");
}

TEST_F(Containers, SliceIndices) {
    EXPECT_EQ(R(M(make_slice(I(1), I(2), None()), "indices", {I(10)})), "(1, 2, 1)");
    EXPECT_EQ(R(M(make_slice(None(), None(), I(-1)), "indices", {I(10)})), "(9, -1, -1)");
    EXPECT_EQ(R(M(make_slice(I(-100), I(100), I(2)), "indices", {I(10)})), "(0, 10, 2)");
    Ref huge = pow10(30);
    Ref neg_huge = unary_op(huge, Special::neg).take();
    EXPECT_EQ(R(M(make_slice(huge, neg_huge, huge), "indices", {I(5)})), "(5, 0, 1000000000000000000000000000000)");
    EXPECT_EQ(error_of(M(make_slice(I(1), I(2), I(3)), "indices", {I(-1)})), "ValueError: length should not be negative");
    EXPECT_EQ(error_of(M(make_slice(I(1), I(2), I(0)), "indices", {I(5)})), "ValueError: slice step cannot be zero");
}

TEST_F(Containers, SliceIndicesCppApi) {
    int64_t start, stop, step, n;
    Ref s = make_slice(None(), None(), I(-3));
    ASSERT_TRUE(slice_indices(s.as<Slice>(), 10, &start, &stop, &step, &n).ok());
    EXPECT_EQ(start, 9);
    EXPECT_EQ(stop, -1);
    EXPECT_EQ(step, -3);
    EXPECT_EQ(n, 4);
}

TEST_F(Containers, SliceComparisonAndHash) {
    EXPECT_TRUE(B(compare_bool(make_slice(I(1), I(2), I(3)), make_slice(I(1), I(2), I(4)), CompareOp::Lt)));
    EXPECT_TRUE(B(compare_bool(make_slice(I(1), I(2), None()), make_slice(I(1), I(2), None()), CompareOp::Eq)));
    EXPECT_FALSE(B(compare_bool(make_slice(I(1), I(2), None()), I(5), CompareOp::Eq)));
    EXPECT_EQ(error_of(hash(make_slice(I(1), I(2), None()))), "TypeError: unhashable type: 'slice'");
}

TEST_F(Containers, SliceConstructorErrors) {
    EXPECT_EQ(error_of(C(&slice_type)), "TypeError: slice expected at least 1 argument, got 0");
    EXPECT_EQ(error_of(C(&slice_type, {I(1), I(2), I(3), I(4)})), "TypeError: slice expected at most 3 arguments, got 4");
    Ref s = make_slice(I(1), I(2), I(3));
    EXPECT_EQ(R(getattr(s, intern("step"))), "3");
}

// ================================================================ list[int]

TEST_F(Containers, ClassGetitemMakesGenericAlias) {
    Ref list_of_int = getitem(Value(&list_type), Value(&int_type)).take();
    EXPECT_EQ(R(list_of_int), "list[int]");
    Ref nested = getitem(Value(&dict_type), T({Value(&str_type), list_of_int})).take();
    EXPECT_EQ(R(nested), "dict[str, list[int]]");
    EXPECT_EQ(R(getitem(Value(&tuple_type), T({Value(&int_type), Ellipsis()}))), "tuple[int, ...]");
    EXPECT_EQ(R(getitem(Value(&tuple_type), T({}))), "tuple[()]");
    EXPECT_EQ(R(getitem(Value(&frozenset_type), None())), "frozenset[None]");
    EXPECT_EQ(R(getattr(list_of_int, intern("__args__"))), "(<class 'int'>,)");
    EXPECT_EQ(R(call(list_of_int, {T({I(1), I(2)})})), "[1, 2]");
    EXPECT_TRUE(B(compare_bool(list_of_int, getitem(Value(&list_type), Value(&int_type)).take(), CompareOp::Eq)));
}

} // namespace
} // namespace pyco

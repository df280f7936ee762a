// Unit tests of the itertools module and collections.deque (the native
// `_collections` module) through the abstract protocol: results, reprs and
// messages as CPython 3.11 prints them, reference counts, the cycle
// collector, and a randomized comparison of deque against std::deque.
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <random>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/objects.h"
#include "runtime/runtime.h"
#include "vm/modules.h"

namespace pyco {
namespace {

Ref g_itertools;   // the itertools namespace
Ref g_collections; // the _collections namespace
Ref g_builtins;

class Itertools : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        init_runtime();
        Handle<Dict> it = dict_new();
        ASSERT_TRUE(fill_itertools_module(it.get()).ok());
        g_itertools = std::move(it).ref();
        Handle<Dict> col = dict_new();
        ASSERT_TRUE(fill_collections_module(col.get()).ok());
        g_collections = std::move(col).ref();
        Result<Ref> b = make_builtins_dict();
        ASSERT_TRUE(b.ok());
        g_builtins = b.take();
    }
    void TearDown() override {
        EXPECT_FALSE(error_occurred()) << "an exception was left set";
        error_clear();
    }
};

// ---------------------------------------------------------------- helpers

Value itertools_attr(const char* name) { return dict_get_str(g_itertools.as<Dict>(), intern(name)); }
Value deque_type_value() { return dict_get_str(g_collections.as<Dict>(), intern("deque")); }
Value builtin(const char* name) { return dict_get_str(g_builtins.as<Dict>(), intern(name)); }

Ref I(int64_t v) { return make_int(v); }
Ref S(const char* text) { return make_str(text).ref(); }
Ref ints(std::initializer_list<int64_t> values) {
    Handle<List> list = list_new();
    for (int64_t v : values) EXPECT_TRUE(list_append(list.get(), Value::small_int(v)).ok());
    return std::move(list).ref();
}
Ref range_list(int64_t n) {
    Handle<List> list = list_new();
    for (int64_t i = 0; i < n; ++i) EXPECT_TRUE(list_append(list.get(), Value::small_int(i)).ok());
    return std::move(list).ref();
}

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
std::string R(const Ref& r) { return R(Result<Ref>(r)); }

using Keywords = std::vector<std::pair<const char*, Value>>;
// callable(*args, **kwargs)
Result<Ref> CK(Value callable, std::vector<Value> args, Keywords kwargs = {}) {
    std::vector<Value> argv = args;
    Handle<Tuple> names = tuple_new(kwargs.size());
    for (size_t i = 0; i < kwargs.size(); ++i) {
        tuple_init_item(names.get(), i, Ref::borrow(Value(intern(kwargs[i].first))));
        argv.push_back(kwargs[i].second);
    }
    return call(callable, CallArgs{argv.data(), args.size(), kwargs.empty() ? nullptr : names.get()});
}
// itertools.<name>(*args, **kwargs)
Result<Ref> IT(const char* name, std::vector<Value> args, Keywords kwargs = {}) {
    return CK(itertools_attr(name), std::move(args), std::move(kwargs));
}
// list(itertools.<name>(*args)) as its repr
std::string LIT(const char* name, std::vector<Value> args, Keywords kwargs = {}) {
    Result<Ref> it = IT(name, std::move(args), std::move(kwargs));
    if (it.failed()) return "<" + take_error() + ">";
    return R(sequence_to_list(it.value()));
}
Result<Ref> M(Value obj, const char* name, std::vector<Value> args = {}) {
    Ref method = TRY(getattr(obj, intern(name)));
    return CK(method, std::move(args));
}
Result<Ref> DEQUE(std::vector<Value> args, Keywords kwargs = {}) { return CK(deque_type_value(), std::move(args), std::move(kwargs)); }
int64_t refcount(Value v) { return v.as_object()->refcount; }
int64_t collect() { return gc_collect(); }

// ================================================================ itertools

TEST_F(Itertools, ChainAndFromIterable) {
    EXPECT_EQ(LIT("chain", {ints({1, 2}), S("ab"), ints({})}), "[1, 2, 'a', 'b']");
    EXPECT_EQ(LIT("chain", {}), "[]");
    Ref from = getattr(itertools_attr("chain"), intern("from_iterable")).take();
    Ref nested = ints({});
    ASSERT_TRUE(list_append(nested.as<List>(), ints({1})).ok());
    ASSERT_TRUE(list_append(nested.as<List>(), S("xy")).ok());
    EXPECT_EQ(R(sequence_to_list(CK(from, {nested}).take())), "[1, 'x', 'y']");
    EXPECT_EQ(error_of(IT("chain", {}, {{"a", I(1)}})), "TypeError: chain() takes no keyword arguments");
    EXPECT_EQ(error_of(CK(from, {})), "TypeError: chain.from_iterable() takes exactly one argument (0 given)");
    Ref bad = IT("chain", {ints({1}), I(5), ints({2})}).take();
    EXPECT_EQ(R(next(bad)), "1");
    EXPECT_EQ(error_of(next(bad)), "TypeError: 'int' object is not iterable");
    Result<Ref> after = next(bad); // a failed chain is over
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after.value());
}

TEST_F(Itertools, CountValuesAndRepr) {
    Ref c = IT("count", {I(5)}).take();
    EXPECT_EQ(R(c), "count(5)");
    EXPECT_EQ(R(next(c)), "5");
    EXPECT_EQ(R(c), "count(6)");
    Ref f = IT("count", {make_float(0.5), make_float(0.25)}).take();
    EXPECT_EQ(R(next(f)), "0.5");
    EXPECT_EQ(R(f), "count(0.75, 0.25)");
    Ref big = IT("count", {I(Value::kSmallIntMax)}).take();
    EXPECT_EQ(R(next(big)), "4611686018427387903");
    EXPECT_EQ(R(next(big)), "4611686018427387904"); // past the small-int range
    EXPECT_EQ(R(IT("count", {True()})), "count(1)");
    EXPECT_EQ(R(IT("count", {True(), I(2)})), "count(True, 2)");
    EXPECT_EQ(R(IT("count", {}, {{"step", I(3)}})), "count(0, 3)");
    EXPECT_EQ(error_of(IT("count", {S("a")})), "TypeError: a number is required");
    EXPECT_EQ(error_of(IT("count", {I(1), I(2), I(3)})), "TypeError: count() takes at most 2 arguments (3 given)");
    EXPECT_EQ(error_of(IT("count", {}, {{"x", I(1)}})), "TypeError: 'x' is an invalid keyword argument for count()");
}

TEST_F(Itertools, IsliceForms) {
    Ref r = range_list(10);
    EXPECT_EQ(LIT("islice", {r, I(3)}), "[0, 1, 2]");
    EXPECT_EQ(LIT("islice", {r, I(2), I(5)}), "[2, 3, 4]");
    EXPECT_EQ(LIT("islice", {r, I(1), None(), I(4)}), "[1, 5, 9]");
    EXPECT_EQ(LIT("islice", {r, None()}), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    EXPECT_EQ(LIT("islice", {r, I(5), I(2)}), "[]");
    const std::string stop = "ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const std::string indices = "ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    EXPECT_EQ(error_of(IT("islice", {r, I(-1)})), stop);
    EXPECT_EQ(error_of(IT("islice", {r, I(-5)})), indices);
    EXPECT_EQ(error_of(IT("islice", {r, S("a")})), stop);
    EXPECT_EQ(error_of(IT("islice", {r, S("a"), I(3)})), indices);
    EXPECT_EQ(error_of(IT("islice", {r, I(1), I(5), I(0)})),
              "ValueError: Step for islice() must be a positive integer or None.");
    EXPECT_EQ(error_of(IT("islice", {r})), "TypeError: islice expected at least 2 arguments, got 1");
    EXPECT_EQ(error_of(IT("islice", {r, I(1), I(2), I(3), I(4)})), "TypeError: islice expected at most 4 arguments, got 5");
    EXPECT_EQ(error_of(IT("islice", {r}, {{"stop", I(1)}})), "TypeError: islice() takes no keyword arguments");
    // The source is consumed only as far as the slice needs.
    Ref source = iter(r).take();
    EXPECT_EQ(R(sequence_to_list(IT("islice", {source, I(2), I(4)}).take())), "[2, 3]");
    EXPECT_EQ(R(next(source)), "4");
}

TEST_F(Itertools, RepeatAndLengthHint) {
    Ref r = IT("repeat", {S("x"), I(2)}).take();
    EXPECT_EQ(R(r), "repeat('x', 2)");
    EXPECT_EQ(R(M(r, "__length_hint__")), "2");
    EXPECT_EQ(R(sequence_to_list(r)), "['x', 'x']");
    EXPECT_EQ(R(r), "repeat('x', 0)");
    EXPECT_EQ(R(IT("repeat", {I(1), I(-3)})), "repeat(1, 0)");
    EXPECT_EQ(error_of(M(IT("repeat", {I(1)}).take(), "__length_hint__")), "TypeError: len() of unsized object");
    EXPECT_EQ(error_of(IT("repeat", {})), "TypeError: repeat() missing required argument 'object' (pos 1)");
    EXPECT_EQ(error_of(IT("repeat", {I(1), S("a")})), "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_F(Itertools, CycleReadsSourceOnce) {
    Ref c = IT("cycle", {S("ab")}).take();
    std::string out;
    for (int i = 0; i < 5; ++i) out += R(next(c));
    EXPECT_EQ(out, "'a''b''a''b''a'");
    EXPECT_EQ(LIT("cycle", {ints({})}), "[]");
    EXPECT_EQ(error_of(IT("cycle", {})), "TypeError: cycle expected 1 argument, got 0");
}

TEST_F(Itertools, PredicateIterators) {
    Ref data = ints({0, 1, 2, 0, 3});
    EXPECT_EQ(LIT("takewhile", {builtin("bool"), ints({1, 2, 0, 3})}), "[1, 2]");
    EXPECT_EQ(LIT("dropwhile", {builtin("bool"), ints({1, 2, 0, 3})}), "[0, 3]");
    EXPECT_EQ(LIT("filterfalse", {None(), data}), "[0, 0]");
    EXPECT_EQ(LIT("compress", {S("abcde"), data}), "['b', 'c', 'e']");
    EXPECT_EQ(LIT("compress", {}, {{"data", S("ab")}, {"selectors", ints({0, 1})}}), "['b']");
    EXPECT_EQ(error_of(IT("takewhile", {builtin("bool")})), "TypeError: takewhile expected 2 arguments, got 1");
    EXPECT_EQ(error_of(IT("compress", {S("a")})), "TypeError: compress() missing required argument 'selectors' (pos 2)");
}

TEST_F(Itertools, AccumulateAndStarmap) {
    EXPECT_EQ(LIT("accumulate", {ints({1, 2, 3})}), "[1, 3, 6]");
    EXPECT_EQ(LIT("accumulate", {ints({3, 1, 4})}, {{"func", builtin("max")}}), "[3, 3, 4]");
    EXPECT_EQ(LIT("accumulate", {ints({1, 2})}, {{"initial", I(10)}}), "[10, 11, 13]");
    EXPECT_EQ(LIT("accumulate", {ints({})}, {{"initial", I(10)}}), "[10]");
    EXPECT_EQ(error_of(IT("accumulate", {ints({}), None(), None()})),
              "TypeError: accumulate() takes at most 2 positional arguments (3 given)");
    Ref pairs = ints({});
    ASSERT_TRUE(list_append(pairs.as<List>(), tuple_pack({I(2), I(5)})).ok());
    ASSERT_TRUE(list_append(pairs.as<List>(), ints({3, 2})).ok());
    EXPECT_EQ(LIT("starmap", {builtin("pow"), pairs}), "[32, 9]");
}

TEST_F(Itertools, ZipLongestAndPairwise) {
    EXPECT_EQ(LIT("zip_longest", {S("abc"), ints({1})}, {{"fillvalue", S("-")}}), "[('a', 1), ('b', '-'), ('c', '-')]");
    EXPECT_EQ(LIT("zip_longest", {}), "[]");
    EXPECT_EQ(error_of(IT("zip_longest", {}, {{"x", I(1)}})), "TypeError: zip_longest() got an unexpected keyword argument");
    EXPECT_EQ(LIT("pairwise", {S("abc")}), "[('a', 'b'), ('b', 'c')]");
    EXPECT_EQ(LIT("pairwise", {S("a")}), "[]");
}

TEST_F(Itertools, ProductAndRepeat) {
    EXPECT_EQ(LIT("product", {S("ab"), ints({0, 1})}), "[('a', 0), ('a', 1), ('b', 0), ('b', 1)]");
    EXPECT_EQ(LIT("product", {ints({1, 2})}, {{"repeat", I(2)}}), "[(1, 1), (1, 2), (2, 1), (2, 2)]");
    EXPECT_EQ(LIT("product", {}), "[()]");
    EXPECT_EQ(LIT("product", {I(5)}, {{"repeat", I(0)}}), "[()]");
    EXPECT_EQ(LIT("product", {S("ab"), ints({})}), "[]");
    EXPECT_EQ(error_of(IT("product", {ints({1})}, {{"repeat", I(-1)}})), "ValueError: repeat argument cannot be negative");
    EXPECT_EQ(error_of(IT("product", {ints({1})}, {{"repeat", I(int64_t(1) << 62)}})),
              "OverflowError: repeat argument too large");
    EXPECT_EQ(error_of(IT("product", {ints({1})}, {{"repeat", I(int64_t(1) << 40)}})), "MemoryError");
}

// n! / (n-r)!, C(n, r) and C(n+r-1, r) items, in lexicographic order of positions.
TEST_F(Itertools, CombinatoricCountsAndOrder) {
    auto choose = [](int64_t n, int64_t r) {
        if (r < 0 || r > n) return int64_t(0);
        int64_t c = 1;
        for (int64_t i = 1; i <= r; ++i) c = c * (n - r + i) / i;
        return c;
    };
    for (int64_t n = 0; n <= 6; ++n) {
        Ref pool = range_list(n);
        for (int64_t r = 0; r <= n + 1; ++r) {
            int64_t perms = r > n ? 0 : 1;
            for (int64_t i = 0; i < r && r <= n; ++i) perms *= n - i;
            struct Case {
                const char* name;
                int64_t expected;
            } cases[] = {{"permutations", perms},
                         {"combinations", choose(n, r)},
                         {"combinations_with_replacement", n == 0 ? int64_t(r == 0) : choose(n + r - 1, r)}};
            for (const Case& c : cases) {
                Ref items = sequence_to_list(IT(c.name, {pool, I(r)}).take()).take();
                EXPECT_EQ(items.as<List>()->size, c.expected) << c.name << " n=" << n << " r=" << r;
                Ref sorted = sorted_list(items, Value(), false).take();
                EXPECT_TRUE(equal(items, sorted).value()) << c.name << " not in order";
            }
        }
    }
    EXPECT_EQ(LIT("permutations", {S("abc"), I(2)}),
              "[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]");
    EXPECT_EQ(error_of(IT("permutations", {ints({1}), S("a")})), "TypeError: Expected int as r");
    EXPECT_EQ(error_of(IT("combinations", {ints({1}), I(-1)})), "ValueError: r must be non-negative");
    EXPECT_EQ(error_of(IT("combinations", {ints({1, 2}), I(int64_t(1) << 62)})), "MemoryError");
}

TEST_F(Itertools, GroupbyInvalidatesEarlierGroups) {
    Ref g = IT("groupby", {S("aabbbc")}).take();
    Ref first = next(g).take();
    Ref second = next(g).take();
    Tuple* t1 = first.as<Tuple>();
    Tuple* t2 = second.as<Tuple>();
    EXPECT_EQ(R(Ref::borrow(t1->items[0])), "'a'");
    EXPECT_EQ(R(sequence_to_list(t1->items[1])), "[]");
    EXPECT_EQ(R(sequence_to_list(t2->items[1])), "['b', 'b', 'b']");
    Ref third = next(g).take();
    EXPECT_EQ(R(Ref::borrow(third.as<Tuple>()->items[0])), "'c'");
    EXPECT_EQ(R(sequence_to_list(third.as<Tuple>()->items[1])), "['c']");
    Result<Ref> end = next(g);
    ASSERT_TRUE(end.ok());
    EXPECT_FALSE(end.value());
    EXPECT_EQ(error_of(IT("_grouper", {I(1), I(2)})), "TypeError: _grouper() argument 1 must be itertools.groupby, not int");
}

TEST_F(Itertools, TeeSharesOneBuffer) {
    Ref pair = IT("tee", {S("abc")}).take();
    Value a = pair.as<Tuple>()->items[0], b = pair.as<Tuple>()->items[1];
    EXPECT_EQ(R(next(a)), "'a'");
    EXPECT_EQ(R(sequence_to_list(b)), "['a', 'b', 'c']");
    EXPECT_EQ(R(sequence_to_list(a)), "['b', 'c']");
    EXPECT_EQ(R(IT("tee", {S("a"), I(0)})), "()");
    EXPECT_EQ(error_of(IT("tee", {S("a"), I(-1)})), "ValueError: n must be >= 0");
    EXPECT_EQ(error_of(IT("tee", {S("a")}, {{"n", I(2)}})), "TypeError: itertools.tee() takes no keyword arguments");
}

// A leading iterator far ahead of a lagging one buffers a long chain of
// blocks; dropping them must not recurse once per block.
TEST_F(Itertools, TeeLongChainIsReleasedIteratively) {
    Ref counter = IT("count", {}).take();
    Ref pair = IT("tee", {counter}).take();
    Value lead = pair.as<Tuple>()->items[0];
    for (int i = 0; i < 3000000; ++i) ASSERT_TRUE(next(lead).ok());
    pair.reset();
    EXPECT_EQ(refcount(counter), 1);
}

// Iterators release what they hold: the source's reference count is back
// to its starting value once they are gone.
TEST_F(Itertools, NoReferenceLeaks) {
    Ref data = range_list(50);
    Ref item = S("shared");
    ASSERT_TRUE(list_append(data.as<List>(), item).ok());
    int64_t data_before = refcount(data), item_before = refcount(item);
    const char* one_arg[] = {"cycle", "pairwise", "accumulate", "groupby", "permutations", "product"};
    for (const char* name : one_arg) {
        Ref it = IT(name, {data}).take();
        for (int i = 0; i < 60; ++i) {
            Result<Ref> r = next(it);
            if (r.failed()) error_clear();
        }
    }
    for (const char* name : {"combinations", "combinations_with_replacement", "islice"}) {
        Ref it = IT(name, {data, I(2)}).take();
        Ref all = sequence_to_list(IT("islice", {it, I(100)}).take()).take();
    }
    Ref z = sequence_to_list(IT("zip_longest", {data, data}).take()).take();
    z.reset();
    Ref tees = IT("tee", {data, I(3)}).take();
    Ref t0 = sequence_to_list(tees.as<Tuple>()->items[0]).take();
    t0.reset();
    tees.reset();
    Ref chained = sequence_to_list(IT("chain", {data, data}).take()).take();
    chained.reset();
    EXPECT_EQ(refcount(data), data_before);
    EXPECT_EQ(refcount(item), item_before);
}

// Cycles through itertools objects are found by the collector (their
// traverse functions report every reference).
TEST_F(Itertools, CyclesAreCollected) {
    collect();
    {
        Ref l = ints({});
        Ref c = IT("cycle", {l}).take();
        ASSERT_TRUE(list_append(l.as<List>(), c).ok());
    }
    EXPECT_GE(collect(), 2);
    {
        Ref l = ints({1, 2});
        Ref pair = IT("tee", {l}).take();
        ASSERT_TRUE(next(pair.as<Tuple>()->items[0]).ok());
        ASSERT_TRUE(list_append(l.as<List>(), pair).ok());
    }
    EXPECT_GE(collect(), 4);
    {
        Ref l = ints({1, 1, 2});
        Ref g = IT("groupby", {l}).take();
        Ref group = next(g).take();
        ASSERT_TRUE(list_append(l.as<List>(), group).ok());
    }
    EXPECT_GE(collect(), 3);
    EXPECT_EQ(collect(), 0);
}

// ================================================================ deque

TEST_F(Itertools, DequeReprAndBasics) {
    Ref d = DEQUE({ints({1, 2})}).take();
    EXPECT_EQ(R(d), "deque([1, 2])");
    EXPECT_EQ(R(DEQUE({ints({1, 2, 3})}, {{"maxlen", I(2)}})), "deque([2, 3], maxlen=2)");
    EXPECT_EQ(R(DEQUE({})), "deque([])");
    ASSERT_TRUE(M(d, "appendleft", {I(0)}).ok());
    EXPECT_EQ(R(M(d, "pop")), "2");
    EXPECT_EQ(R(M(d, "popleft")), "0");
    EXPECT_EQ(R(d), "deque([1])");
    EXPECT_EQ(length(d).value(), 1);
    ASSERT_TRUE(M(d, "clear").ok());
    EXPECT_FALSE(truthy(d).value());
    EXPECT_EQ(error_of(M(d, "pop")), "IndexError: pop from an empty deque");
    EXPECT_EQ(error_of(M(d, "popleft")), "IndexError: pop from an empty deque");
    Ref self_ref = DEQUE({}).take();
    ASSERT_TRUE(M(self_ref, "append", {self_ref}).ok());
    EXPECT_EQ(R(self_ref), "deque([[...]])");
    ASSERT_TRUE(M(self_ref, "clear").ok());
}

TEST_F(Itertools, DequeErrors) {
    Ref d = DEQUE({ints({1, 2, 3})}).take();
    EXPECT_EQ(error_of(getitem(d, I(3))), "IndexError: deque index out of range");
    EXPECT_EQ(error_of(getitem(d, S("a"))), "TypeError: sequence index must be integer, not 'str'");
    EXPECT_EQ(error_of(M(d, "index", {I(7)})), "ValueError: 7 is not in deque");
    EXPECT_EQ(error_of(M(d, "remove", {I(7)})), "ValueError: 7 is not in deque");
    EXPECT_EQ(error_of(M(d, "index")), "TypeError: index() takes at least 1 argument (0 given)");
    EXPECT_EQ(error_of(M(d, "insert", {I(1)})), "TypeError: insert() takes exactly 2 arguments (1 given)");
    EXPECT_EQ(error_of(M(d, "rotate", {I(1), I(2)})), "TypeError: deque.rotate expected at most 1 argument, got 2");
    EXPECT_EQ(error_of(DEQUE({}, {{"maxlen", I(-1)}})), "ValueError: maxlen must be non-negative");
    EXPECT_EQ(error_of(DEQUE({}, {{"maxlen", S("a")}})), "TypeError: an integer is required");
    EXPECT_EQ(error_of(DEQUE({ints({}), I(1), I(2)})), "TypeError: deque() takes at most 2 arguments (3 given)");
    EXPECT_EQ(error_of(binary_op(d, ints({}), Special::add)),
              "TypeError: can only concatenate deque (not \"list\") to deque");
    Ref full = DEQUE({ints({1})}, {{"maxlen", I(1)}}).take();
    EXPECT_EQ(error_of(M(full, "insert", {I(0), I(2)})), "IndexError: deque already at its maximum size");
}

TEST_F(Itertools, DequeIteratorSeesMutation) {
    Ref d = DEQUE({ints({1, 2, 3})}).take();
    Ref it = iter(d).take();
    EXPECT_EQ(R(next(it)), "1");
    ASSERT_TRUE(M(d, "append", {I(4)}).ok());
    EXPECT_EQ(error_of(next(it)), "RuntimeError: deque mutated during iteration");
    EXPECT_EQ(error_of(next(it)), "RuntimeError: deque mutated during iteration");
    Ref it2 = iter(d).take();
    ASSERT_TRUE(setitem(d, I(0), I(9)).ok()); // replacing an item is not a mutation of the order
    EXPECT_EQ(R(sequence_to_list(it2)), "[9, 2, 3, 4]");
}

// Random operations at both ends, in the middle and by rotation, compared
// with std::deque after every step (crossing many block boundaries).
TEST_F(Itertools, DequeMatchesModel) {
    std::mt19937 rng(12345);
    for (int maxlen : {-1, 0, 1, 5, 130}) {
        Ref d = maxlen < 0 ? DEQUE({}).take() : DEQUE({}, {{"maxlen", I(maxlen)}}).take();
        std::deque<int64_t> model;
        auto trim_left = [&] {
            while (maxlen >= 0 && static_cast<int>(model.size()) > maxlen) model.pop_front();
        };
        auto trim_right = [&] {
            while (maxlen >= 0 && static_cast<int>(model.size()) > maxlen) model.pop_back();
        };
        int64_t next_value = 0;
        for (int step = 0; step < 4000; ++step) {
            int64_t n = static_cast<int64_t>(model.size());
            switch (rng() % 10) {
            case 0: case 1:
                ASSERT_TRUE(M(d, "append", {I(next_value)}).ok());
                model.push_back(next_value++);
                trim_left();
                break;
            case 2: case 3:
                ASSERT_TRUE(M(d, "appendleft", {I(next_value)}).ok());
                model.push_front(next_value++);
                trim_right();
                break;
            case 4:
                if (n == 0) break;
                EXPECT_EQ(R(M(d, "pop")), std::to_string(model.back()));
                model.pop_back();
                break;
            case 5:
                if (n == 0) break;
                EXPECT_EQ(R(M(d, "popleft")), std::to_string(model.front()));
                model.pop_front();
                break;
            case 6: {
                int64_t k = static_cast<int64_t>(rng() % 301) - 150;
                ASSERT_TRUE(M(d, "rotate", {I(k)}).ok());
                if (n > 0) {
                    int64_t shift = ((k % n) + n) % n;
                    std::rotate(model.begin(), model.end() - shift, model.end());
                }
                break;
            }
            case 7: {
                if (n == 0 || maxlen == n) break;
                int64_t at = static_cast<int64_t>(rng() % (n + 1));
                ASSERT_TRUE(M(d, "insert", {I(at), I(next_value)}).ok());
                model.insert(model.begin() + at, next_value++);
                break;
            }
            case 8: {
                if (n == 0) break;
                int64_t at = static_cast<int64_t>(rng() % n);
                ASSERT_TRUE(delitem(d, I(at - (rng() % 2 ? n : 0))).ok());
                model.erase(model.begin() + at);
                break;
            }
            case 9: {
                Ref batch = range_list(rng() % 100);
                for (int64_t i = 0; i < batch.as<List>()->size; ++i) {
                    batch.as<List>()->items[i] = Value::small_int(next_value + i);
                }
                bool left = rng() % 2;
                ASSERT_TRUE(M(d, left ? "extendleft" : "extend", {batch}).ok());
                for (int64_t i = 0; i < batch.as<List>()->size; ++i) {
                    if (left) {
                        model.push_front(next_value++);
                        trim_right();
                    } else {
                        model.push_back(next_value++);
                        trim_left();
                    }
                }
                break;
            }
            }
            ASSERT_EQ(length(d).value(), static_cast<int64_t>(model.size())) << "step " << step;
            if (step % 97 == 0 || model.size() < 3) {
                Ref items = sequence_to_list(d).take();
                List* l = items.as<List>();
                for (size_t i = 0; i < model.size(); ++i) ASSERT_EQ(l->items[i].as_small_int(), model[i]);
                if (!model.empty()) {
                    EXPECT_EQ(R(getitem(d, I(-1))), std::to_string(model.back()));
                    size_t mid = model.size() / 2;
                    EXPECT_EQ(R(getitem(d, I(static_cast<int64_t>(mid)))), std::to_string(model[mid]));
                }
                Ref reversed = sequence_to_list(M(d, "__reversed__").take()).take();
                for (size_t i = 0; i < model.size(); ++i)
                    ASSERT_EQ(reversed.as<List>()->items[i].as_small_int(), model[model.size() - 1 - i]);
            }
        }
    }
}

TEST_F(Itertools, DequeDeepNestingIsReleased) {
    Ref d = DEQUE({}).take();
    for (int i = 0; i < 200000; ++i) {
        Ref outer = DEQUE({}).take();
        ASSERT_TRUE(M(outer, "append", {d}).ok());
        d = outer;
    }
    d.reset(); // no stack overflow: released through the trashcan
    SUCCEED();
}

TEST_F(Itertools, DequeCyclesAreCollected) {
    collect();
    {
        Ref d = DEQUE({range_list(200)}).take();
        ASSERT_TRUE(M(d, "append", {d}).ok());
        Ref it = iter(d).take();
        ASSERT_TRUE(M(d, "appendleft", {it}).ok());
    }
    EXPECT_GE(collect(), 2);
    EXPECT_EQ(collect(), 0);
}

TEST_F(Itertools, DequeOperators) {
    Ref a = DEQUE({ints({1, 2})}).take();
    EXPECT_EQ(R(binary_op(a, DEQUE({ints({3})}).take(), Special::add)), "deque([1, 2, 3])");
    EXPECT_EQ(R(binary_op(a, I(2), Special::mul)), "deque([1, 2, 1, 2])");
    EXPECT_EQ(R(binary_op(I(2), a, Special::mul)), "deque([1, 2, 1, 2])");
    Ref limited = DEQUE({ints({1, 2})}, {{"maxlen", I(3)}}).take();
    EXPECT_EQ(R(binary_op(limited, I(5), Special::mul)), "deque([2, 1, 2], maxlen=3)");
    EXPECT_TRUE(compare_bool(a, DEQUE({ints({1, 3})}).take(), CompareOp::Lt).value());
    EXPECT_TRUE(compare_bool(a, DEQUE({ints({1, 2})}).take(), CompareOp::Eq).value());
    EXPECT_FALSE(compare_bool(a, ints({1, 2}), CompareOp::Eq).value());
    EXPECT_EQ(error_of(hash(a)), "TypeError: unhashable type: 'collections.deque'");
    Ref same = binary_op(a, ints({5}), Special::iadd).take();
    EXPECT_TRUE(same.get().is(a));
    EXPECT_EQ(R(a), "deque([1, 2, 5])");
    EXPECT_EQ(error_of(binary_op(a, I(int64_t(1) << 61), Special::mul)), "MemoryError");
}

} // namespace
} // namespace pyco

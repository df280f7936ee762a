// The builtins module: the functions that need no interpreter frame, and
// the namespace dict that also holds the built-in types, exceptions and
// constants. Behaviour and messages follow CPython 3.11's bltinmodule.c.
#include <climits>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/arg_parse.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/stdio.h"
#include "runtime/unicode.h"

namespace pyco {

namespace {

Ref none_ref() { return Ref::borrow(None()); }

std::string tname(Value v) { return std::string(type_name(v)); }

bool given(Value v) { return v && !v.is(None()); }

// getattr & co.: the attribute name must be a str; interned for the fast paths.
Result<Str*> attribute_name(Value name) {
    if (!is_str(name)) return raise_format(TypeError_type, "attribute name must be string, not '%s'", tname(name).c_str());
    return intern_str(name.as<Str>());
}

// ---------------------------------------------------------------- print, input

// One piece of print()'s output, written as PyFile_WriteObject does:
// file.write(str(value)); the standard stdout object takes a fast path.
Status write_object(Value file, Value value) {
    if (is_std_stream(file, 1)) {
        if (isinstance_exact(value, &str_type)) return write_stdout(value.as<Str>()->view());
        Ref text = TRY(str(value));
        return write_stdout(text.as<Str>()->view());
    }
    Ref write = TRY(getattr(file, intern("write")));
    Ref text = TRY(str(value));
    TRY(call(write, {text.get()}));
    return ok_status();
}

Status write_text(Value file, std::string_view text) {
    if (is_std_stream(file, 1)) return write_stdout(text);
    Ref s = make_str(text).ref();
    return write_object(file, s);
}

// Text for print()'s sep/end: None means the default.
Result<Value> separator(Value v, const char* name) {
    if (!v || v.is(None())) return Value();
    if (!is_str(v)) return raise_format(TypeError_type, "%s must be None or a string, not %s", name, tname(v).c_str());
    return v;
}

Result<Ref> builtin_print(CallArgs a) {
    enum { kSep, kEnd, kFile, kFlush };
    Value kw[4] = {};
    TRY(parse_keywords(a, {.fname = "print", .names = {"sep", "end", "file", "flush"}, .count_first = false}, kw));
    Ref file = kw[kFile] && !kw[kFile].is(None()) ? Ref::borrow(kw[kFile]) : sys_stream(1);
    if (!file) return raise(RuntimeError_type, "lost sys.stdout");
    if (file.get().is(None())) return none_ref(); // sys.stdout = None: print is a no-op
    Value sep = TRY(separator(kw[kSep], "sep"));
    Value end = TRY(separator(kw[kEnd], "end"));
    bool flush = kw[kFlush] ? TRY(truthy(kw[kFlush])) : false;
    for (size_t i = 0; i < a.nargs; ++i) {
        if (i > 0) {
            if (sep) TRY(write_object(file, sep));
            else TRY(write_text(file, " "));
        }
        TRY(write_object(file, a.args[i]));
    }
    if (end) TRY(write_object(file, end));
    else TRY(write_text(file, "\n"));
    if (flush) TRY(call_method(file, intern("flush"), {}));
    return none_ref();
}

Result<Ref> builtin_input(const Value* args, size_t nargs) {
    Ref in = sys_stream(0), out = sys_stream(1);
    if (!in || in.get().is(None())) return raise(RuntimeError_type, "input(): lost sys.stdin");
    if (!out || out.get().is(None())) return raise(RuntimeError_type, "input(): lost sys.stdout");
    if (nargs == 1) TRY(write_object(out, args[0]));
    TRY(call_method(out, intern("flush"), {}));
    Ref line = TRY(call_method(in, intern("readline"), {}));
    if (!is_str(line)) return raise(TypeError_type, "object.readline() returned non-string");
    std::string_view text = line.as<Str>()->view();
    if (text.empty()) return raise(EOFError_type, "EOF when reading a line");
    if (text.back() == '\n') text.remove_suffix(1);
    return make_str(text).ref();
}

// ---------------------------------------------------------------- simple functions

Result<Ref> builtin_abs(const Value* args, size_t) {
    if (args[0].is_small_int()) { // |x| of a tagged int is at most one past the tagged range
        int64_t x = args[0].as_small_int();
        int64_t magnitude = x < 0 ? -x : x;
        if (Value::fits_small_int(magnitude)) return Ref::borrow(Value::small_int(magnitude));
    }
    return unary_op(args[0], Special::abs);
}

// all() / any(): stop at the first item whose truth is `stop_on`.
// Over a generator, items whose truth needs no Python code (ints, bools,
// None, str) and does not decide are dropped inside its loop.
struct SkipTruth : YieldSink {
    bool stop_on;
    explicit SkipTruth(bool stop) : YieldSink{take}, stop_on(stop) {}
    static bool take(YieldSink* self, Value item) {
        bool truth;
        if (item.is_small_int()) truth = item.as_small_int() != 0;
        else if (item.is(True()) || item.is(False()) || item.is(None())) truth = item.is(True());
        else if (item.type() == &str_type) truth = item.as<Str>()->length != 0;
        else return false;
        if (truth == static_cast<SkipTruth*>(self)->stop_on) return false;
        decref(item); // a str's release runs no Python code
        return true;
    }
};

Result<Ref> truth_scan(Value iterable, bool stop_on) {
    Ref it = TRY(iter(iterable));
    SkipTruth sink(stop_on);
    for (;;) {
        Ref item = TRY(next_into(it, &sink));
        if (!item) return Ref::borrow(bool_value(!stop_on));
        if (TRY(truthy(item)) == stop_on) return Ref::borrow(bool_value(stop_on));
    }
}

Result<Ref> builtin_all(const Value* args, size_t) { return truth_scan(args[0], false); }
Result<Ref> builtin_any(const Value* args, size_t) { return truth_scan(args[0], true); }
Result<Ref> builtin_ascii(const Value* args, size_t) { return ascii(args[0]); }
Result<Ref> builtin_repr(const Value* args, size_t) { return repr(args[0]); }
Result<Ref> builtin_callable(const Value* args, size_t) { return Ref::borrow(bool_value(is_callable(args[0]))); }

// bin/oct/hex: format(operator.index(x), '#b') spells the prefix and sign.
Result<Ref> integer_text(Value v, const char* spec) {
    Ref number = TRY(index_object(v));
    return format(number, intern(spec));
}
Result<Ref> builtin_bin(const Value* args, size_t) { return integer_text(args[0], "#b"); }
Result<Ref> builtin_oct(const Value* args, size_t) { return integer_text(args[0], "#o"); }
Result<Ref> builtin_hex(const Value* args, size_t) { return integer_text(args[0], "#x"); }

Result<Ref> builtin_chr(const Value* args, size_t) {
    Ref number = TRY(index_object(args[0]));
    int64_t cp = 0;
    if (!int_to_int64(number, &cp) || cp < INT_MIN || cp > INT_MAX)
        return raise(OverflowError_type, "Python int too large to convert to C int");
    if (cp < 0 || cp > kMaxCodePoint) return raise(ValueError_type, "chr() arg not in range(0x110000)");
    // pyco's str is strict UTF-8 (see runtime/unicode.h): no lone surrogates.
    if (is_surrogate(static_cast<uint32_t>(cp)))
        return raise(ValueError_type, "chr() arg is a surrogate code point, which pyco strings cannot hold");
    std::string text;
    utf8_append(text, static_cast<uint32_t>(cp));
    return make_str(text).ref();
}

Result<Ref> builtin_ord(const Value* args, size_t) {
    Value c = args[0];
    int64_t size;
    if (is_str(c)) {
        Str* s = c.as<Str>();
        size = s->length;
        if (size == 1) {
            const char* p = s->data;
            return make_int(utf8_decode(p));
        }
    } else if (is_bytes(c)) {
        size = c.as<Bytes>()->size;
        if (size == 1) return make_int(static_cast<unsigned char>(c.as<Bytes>()->data[0]));
    } else {
        return raise_format(TypeError_type, "ord() expected string of length 1, but %s found", tname(c).c_str());
    }
    return raise_format(TypeError_type, "ord() expected a character, but string of length %lld found", (long long)size);
}

Result<Ref> builtin_divmod(const Value* args, size_t) { return binary_op(args[0], args[1], Special::divmod); }

Result<Ref> builtin_format(const Value* args, size_t nargs) {
    Value spec = nargs > 1 ? args[1] : Value(intern(""));
    if (!is_str(spec)) return raise_format(TypeError_type, "format() argument 2 must be str, not %s", tname(spec).c_str());
    return format(args[0], spec);
}

Result<Ref> builtin_getattr(const Value* args, size_t nargs) {
    Str* name = TRY(attribute_name(args[1]));
    if (nargs < 3) return getattr(args[0], name);
    Ref value = TRY(getattr_opt(args[0], name));
    return value ? value : Ref::borrow(args[2]);
}

Result<Ref> builtin_hasattr(const Value* args, size_t) {
    Str* name = TRY(attribute_name(args[1]));
    return Ref::borrow(bool_value(TRY(hasattr(args[0], name))));
}

Result<Ref> builtin_setattr(const Value* args, size_t) {
    Str* name = TRY(attribute_name(args[1]));
    TRY(setattr(args[0], name, args[2]));
    return none_ref();
}

Result<Ref> builtin_delattr(const Value* args, size_t) {
    Str* name = TRY(attribute_name(args[1]));
    TRY(delattr(args[0], name));
    return none_ref();
}

Result<Ref> builtin_hash(const Value* args, size_t) { return make_int(TRY(hash(args[0]))); }

// The identity is the Value's bits: an object's address, or (odd, so never
// an address) the tagged small int itself.
Result<Ref> builtin_id(const Value* args, size_t) { return make_int_u64(args[0].bits()); }

Result<Ref> builtin_len(const Value* args, size_t) { return make_int(TRY(length(args[0]))); }

// ---------------------------------------------------------------- isinstance, issubclass

constexpr int kMaxClassinfoDepth = 1000;

bool is_type(Value v) { return isinstance(v, &type_type); }

// `int | str`: its members, or null when `v` is not a union.
Result<Ref> union_members(Value v) {
    if (type_name(v) != "UnionType") return Ref();
    return getattr(v, intern("__args__"));
}

// CPython's abstract_get_bases: a "class" is anything with a tuple __bases__.
Result<Ref> class_bases(Value v) {
    Ref bases = TRY(getattr_opt(v, intern("__bases__")));
    if (bases && !is_tuple(bases)) return Ref();
    return bases;
}

Result<bool> abstract_issubclass(Value derived, Value cls, int depth) {
    if (derived.is(cls)) return true;
    if (depth > kMaxClassinfoDepth) return raise(RecursionError_type, "maximum recursion depth exceeded in __subclasscheck__");
    Ref bases = TRY(class_bases(derived));
    if (!bases) return false;
    Tuple* t = bases.as<Tuple>();
    for (int64_t i = 0; i < t->size; ++i)
        if (TRY(abstract_issubclass(t->items[i], cls, depth + 1))) return true;
    return false;
}

Status check_class(Value v, const char* message) {
    Ref bases = TRY(class_bases(v));
    if (!bases) return raise(TypeError_type, message);
    return ok_status();
}

// isinstance() without __instancecheck__: type membership, honouring an
// instance whose __class__ claims another type (proxies, mocks).
Result<bool> object_isinstance(Value inst, Value cls) {
    if (is_type(cls)) {
        if (isinstance(inst, cls.as<TypeObject>())) return true;
        Ref icls = TRY(getattr_opt(inst, intern("__class__")));
        if (icls && !icls.get().is(Value(inst.type())) && is_type(icls))
            return is_subtype(icls.as<TypeObject>(), cls.as<TypeObject>());
        return false;
    }
    TRY(check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"));
    Ref icls = TRY(getattr_opt(inst, intern("__class__")));
    if (!icls) return false;
    return abstract_issubclass(icls, cls, 0);
}

Result<bool> recursive_isinstance(Value inst, Value cls, int depth) {
    // is_object() first: a tagged int is not a pointer to cast (UBSan).
    if (cls.is_object() && inst.type() == static_cast<TypeObject*>(cls.as_object())) return true;
    if (isinstance_exact(cls, &type_type)) return object_isinstance(inst, cls);
    Ref members = TRY(union_members(cls));
    if (members) cls = members;
    if (is_tuple(cls)) {
        if (depth > kMaxClassinfoDepth) return raise(RecursionError_type, "maximum recursion depth exceeded in __instancecheck__");
        Tuple* t = cls.as<Tuple>();
        for (int64_t i = 0; i < t->size; ++i)
            if (TRY(recursive_isinstance(inst, t->items[i], depth + 1))) return true;
        return false;
    }
    if (lookup_special(cls.type(), Special::instancecheck)) {
        Ref verdict = TRY(call_special(cls, Special::instancecheck, {inst}));
        return truthy(verdict);
    }
    return object_isinstance(inst, cls);
}

Result<bool> recursive_issubclass(Value derived, Value cls) {
    if (is_type(cls) && is_type(derived)) return is_subtype(derived.as<TypeObject>(), cls.as<TypeObject>());
    TRY(check_class(derived, "issubclass() arg 1 must be a class"));
    Ref members = TRY(union_members(cls));
    if (!members) TRY(check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    return abstract_issubclass(derived, cls, 0);
}

Result<bool> object_issubclass(Value derived, Value cls, int depth) {
    if (isinstance_exact(cls, &type_type)) {
        if (derived.is(cls)) return true;
        return recursive_issubclass(derived, cls);
    }
    Ref members = TRY(union_members(cls));
    if (members) cls = members;
    if (is_tuple(cls)) {
        if (depth > kMaxClassinfoDepth) return raise(RecursionError_type, "maximum recursion depth exceeded in __subclasscheck__");
        Tuple* t = cls.as<Tuple>();
        for (int64_t i = 0; i < t->size; ++i)
            if (TRY(object_issubclass(derived, t->items[i], depth + 1))) return true;
        return false;
    }
    if (lookup_special(cls.type(), Special::subclasscheck)) {
        Ref verdict = TRY(call_special(cls, Special::subclasscheck, {derived}));
        return truthy(verdict);
    }
    return recursive_issubclass(derived, cls);
}

Result<Ref> builtin_isinstance(const Value* args, size_t) {
    return Ref::borrow(bool_value(TRY(recursive_isinstance(args[0], args[1], 0))));
}

Result<Ref> builtin_issubclass(const Value* args, size_t) {
    return Ref::borrow(bool_value(TRY(object_issubclass(args[0], args[1], 0))));
}

// ---------------------------------------------------------------- iteration

Result<Ref> builtin_iter(const Value* args, size_t nargs) {
    if (nargs == 1) return iter(args[0]);
    if (!is_callable(args[0])) return raise(TypeError_type, "iter(v, w): v must be callable");
    return make_callable_iterator(args[0], args[1]);
}

// next() calls the iterator itself rather than the abstract next(), which
// swallows StopIteration: a StopIteration carrying a value (a generator's
// return) must propagate unchanged when there is no default.
Result<Ref> builtin_next(const Value* args, size_t nargs) {
    Value it = args[0];
    TypeObject* type = it.type();
    Result<Ref> item = Ref();
    if (type->iternext) item = type->iternext(it);
    else if (lookup_special(type, Special::next)) item = call_special(it, Special::next, {});
    else return raise_format(TypeError_type, "'%s' object is not an iterator", tname(it).c_str());
    if (item.ok() && item.value()) return item;
    if (nargs < 2) {
        if (item.ok()) return raise(StopIteration_type);
        return kError;
    }
    if (item.failed()) {
        if (!error_matches(StopIteration_type)) return kError;
        error_clear();
    }
    return Ref::borrow(args[1]);
}

// min()/max() with no key while the best item is a small int: a
// generator's small-int items are compared inside its loop.
struct SmallIntBest : YieldSink {
    int64_t best;
    CompareOp op;
    SmallIntBest(int64_t b, CompareOp o) : YieldSink{take}, best(b), op(o) {}
    static bool take(YieldSink* self, Value item) {
        auto* s = static_cast<SmallIntBest*>(self);
        if (!item.is_small_int()) return false;
        int64_t v = item.as_small_int();
        if (s->op == CompareOp::Lt ? v < s->best : v > s->best) s->best = v;
        return true;
    }
};

// min() / max(): `op` is the comparison that makes a new item win.
Result<Ref> min_max(CallArgs a, CompareOp op) {
    const char* name = op == CompareOp::Lt ? "min" : "max";
    if (a.nargs == 0) return raise_format(TypeError_type, "%s expected at least 1 argument, got 0", name);
    enum { kKey, kDefault };
    Value kw[2] = {};
    TRY(parse_keywords(a, {.fname = name, .names = {"key", "default"}}, kw));
    bool positional = a.nargs > 1;
    if (positional && kw[kDefault])
        return raise_format(TypeError_type, "Cannot specify a default for %s() with multiple positional arguments", name);
    Ref sequence = positional ? tuple_from_array(a.args, a.nargs).ref() : Ref::borrow(a.args[0]);
    Ref it = TRY(iter(sequence));
    Value key = given(kw[kKey]) ? kw[kKey] : Value();
    Ref best_item, best_value;
    bool generator = it.get().type() == &generator_type;
    for (;;) {
        Ref item;
        if (generator && !key && best_item && best_item.get().is_small_int()) {
            SmallIntBest sink(best_item.get().as_small_int(), op);
            Result<Ref> r = next_into(it, &sink);
            best_item = Ref::small_int(sink.best);
            best_value = Ref::small_int(sink.best);
            item = TRY(std::move(r));
        } else {
            item = TRY(next(it));
        }
        if (!item) break;
        Ref value = key ? TRY(call(key, {item.get()})) : item;
        if (!best_value || TRY(compare_bool(value, best_value, op))) {
            best_item = std::move(item);
            best_value = std::move(value);
        }
    }
    if (best_item) return best_item;
    if (kw[kDefault]) return Ref::borrow(kw[kDefault]);
    return raise_format(ValueError_type, "%s() arg is an empty sequence", name);
}

Result<Ref> builtin_min(CallArgs a) { return min_max(a, CompareOp::Lt); }
Result<Ref> builtin_max(CallArgs a) { return min_max(a, CompareOp::Gt); }

Result<Ref> builtin_sorted(CallArgs a) {
    if (a.nargs != 1) return raise_format(TypeError_type, "sorted expected 1 argument, got %zu", a.nargs);
    enum { kKey, kReverse };
    Value kw[2] = {};
    TRY(parse_keywords(a, {.fname = "sort", .names = {"key", "reverse"}}, kw));
    bool reverse = kw[kReverse] ? TRY(truthy(kw[kReverse])) : false;
    return sorted_list(a.args[0], given(kw[kKey]) ? kw[kKey] : Value(), reverse);
}

// sum()'s running total while it is a small int, and the sink that adds a
// generator's small-int items to it.
struct SmallIntSum : YieldSink {
    int64_t total;
    explicit SmallIntSum(int64_t start) : YieldSink{take}, total(start) {}
    static bool add_to(int64_t* total, Value item) {
        if (!item.is_small_int()) return false;
        int64_t s = *total + item.as_small_int();
        if (!Value::fits_small_int(s)) return false;
        *total = s;
        return true;
    }
    static bool take(YieldSink* self, Value item) { return add_to(&static_cast<SmallIntSum*>(self)->total, item); }
};

Result<Ref> builtin_sum(CallArgs a) {
    if (a.nargs == 0) return raise(TypeError_type, "sum() takes at least 1 positional argument (0 given)");
    enum { kIterable, kStart };
    Value params[2] = {};
    TRY(parse_args(a, 0, {.fname = "sum", .names = {"iterable", "start"}, .posonly = 1, .minpos = 1, .maxpos = 2}, params));
    Value start = params[kStart];
    if (start) {
        if (is_str(start)) return raise(TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
        if (is_bytes(start)) return raise(TypeError_type, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (type_name(start) == "bytearray")
            return raise(TypeError_type, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Ref total = start ? Ref::borrow(start) : Ref::small_int(0);
    Ref it = TRY(iter(params[kIterable]));
    bool generator = it.get().type() == &generator_type;
    for (;;) {
        Ref item;
        if (generator && total.get().is_small_int()) {
            // A generator's small ints are added inside its loop, with no
            // exit per item.
            SmallIntSum sink(total.get().as_small_int());
            Result<Ref> r = next_into(it, &sink);
            total = Ref::small_int(sink.total);
            item = TRY(std::move(r));
        } else {
            item = TRY(next(it));
        }
        if (!item) return total;
        // Small ints add without a call while the total stays small.
        if (total.get().is_small_int()) {
            int64_t t = total.get().as_small_int();
            if (SmallIntSum::add_to(&t, item)) {
                total = Ref::small_int(t);
                continue;
            }
        }
        total = TRY(binary_op(total, item, Special::add));
    }
}

// ---------------------------------------------------------------- numbers

Result<Ref> builtin_pow(CallArgs a) {
    enum { kBase, kExp, kMod };
    Value p[3] = {};
    TRY(parse_args(a, 0, {.fname = "pow", .names = {"base", "exp", "mod"}, .minpos = 2, .maxpos = 3}, p));
    if (!given(p[kMod])) return binary_op(p[kBase], p[kExp], Special::pow);
    // Three-argument pow only asks the base's type (no reflected __rpow__).
    if (lookup_special(p[kBase].type(), Special::pow)) {
        Ref result = TRY(call_special(p[kBase], Special::pow, {p[kExp], p[kMod]}));
        if (!result.get().is(NotImplemented())) return result;
    }
    return raise_format(TypeError_type, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tname(p[kBase]).c_str(),
                        tname(p[kExp]).c_str(), tname(p[kMod]).c_str());
}

Result<Ref> builtin_round(CallArgs a) {
    enum { kNumber, kNdigits };
    Value p[2] = {};
    TRY(parse_args(a, 0, {.fname = "round", .names = {"number", "ndigits"}, .minpos = 1, .maxpos = 2}, p));
    if (!lookup_special(p[kNumber].type(), Special::round))
        return raise_format(TypeError_type, "type %s doesn't define __round__ method", tname(p[kNumber]).c_str());
    if (!given(p[kNdigits])) return call_special(p[kNumber], Special::round, {});
    return call_special(p[kNumber], Special::round, {p[kNdigits]});
}

// ---------------------------------------------------------------- async iteration

Result<Ref> builtin_aiter(const Value* args, size_t) {
    Value obj = args[0];
    if (!lookup_special(obj.type(), Special::aiter))
        return raise_format(TypeError_type, "'%s' object is not an async iterable", tname(obj).c_str());
    Ref it = TRY(call_special(obj, Special::aiter, {}));
    if (!lookup_special(it.get().type(), Special::anext))
        return raise_format(TypeError_type, "aiter() returned not an async iterator of type '%s'", tname(it).c_str());
    return it;
}

// anext(iterator[, default]): the awaitable its __anext__ returns, wrapped
// when a default is given so that exhaustion awaits to the default.
Result<Ref> builtin_anext(const Value* args, size_t nargs) {
    Value it = args[0];
    if (!lookup_special(it.type(), Special::anext))
        return raise_format(TypeError_type, "'%s' object is not an async iterator", tname(it).c_str());
    Ref awaitable = TRY(call_special(it, Special::anext, {}));
    if (nargs < 2) return awaitable;
    return make_anext_awaitable(awaitable, args[1]);
}

// ---------------------------------------------------------------- the table

// Module functions have no self: MethodKind::Static makes min/max_args count
// the call's own arguments.
constexpr MethodKind kFn = MethodKind::Static;

const MethodDef builtin_functions[] = {
    {"abs", builtin_abs, nullptr, 1, 1, kFn, "Return the absolute value of the argument."},
    {"aiter", builtin_aiter, nullptr, 1, 1, kFn, "Return an AsyncIterator for an AsyncIterable object."},
    {"all", builtin_all, nullptr, 1, 1, kFn,
     "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True."},
    {"anext", builtin_anext, nullptr, 1, 2, kFn,
     "async anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If default is given and the "
     "async\niterator is exhausted, it is returned instead of raising StopAsyncIteration."},
    {"any", builtin_any, nullptr, 1, 1, kFn,
     "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False."},
    {"ascii", builtin_ascii, nullptr, 1, 1, kFn,
     "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable "
     "representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, "
     "\\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2."},
    {"bin", builtin_bin, nullptr, 1, 1, kFn,
     "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"},
    {"callable", builtin_callable, nullptr, 1, 1, kFn,
     "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are "
     "instances of classes with a\n__call__() method."},
    {"chr", builtin_chr, nullptr, 1, 1, kFn, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"delattr", builtin_delattr, nullptr, 2, 2, kFn,
     "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``"},
    {"divmod", builtin_divmod, nullptr, 2, 2, kFn, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"format", builtin_format, nullptr, 1, 2, kFn,
     "Return value.__format__(format_spec)\n\nformat_spec defaults to the empty string.\nSee the Format Specification "
     "Mini-Language section of help('FORMATTING') for\ndetails."},
    {"getattr", builtin_getattr, nullptr, 2, 3, kFn,
     "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to "
     "x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception "
     "is raised in that case."},
    {"hasattr", builtin_hasattr, nullptr, 2, 2, kFn,
     "Return whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and "
     "catching AttributeError."},
    {"hash", builtin_hash, nullptr, 1, 1, kFn,
     "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, "
     "but the\nreverse is not necessarily true."},
    {"hex", builtin_hex, nullptr, 1, 1, kFn,
     "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"},
    {"id", builtin_id, nullptr, 1, 1, kFn,
     "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing "
     "objects.\n(CPython uses the object's memory address.)"},
    {"input", builtin_input, nullptr, 0, 1, kFn,
     "Read a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed "
     "to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, "
     "Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available."},
    {"isinstance", builtin_isinstance, nullptr, 2, 2, kFn,
     "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, "
     "B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or "
     "isinstance(x, B)\nor ...`` etc."},
    {"issubclass", builtin_issubclass, nullptr, 2, 2, kFn,
     "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, "
     "B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or "
     "issubclass(x, B)\nor ...``."},
    {"iter", builtin_iter, nullptr, 1, 2, kFn,
     "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first "
     "form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called "
     "until it returns the sentinel."},
    {"len", builtin_len, nullptr, 1, 1, kFn, "Return the number of items in a container."},
    {"max", nullptr, builtin_max, 0, -1, kFn,
     "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a "
     "single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to "
     "return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest argument."},
    {"min", nullptr, builtin_min, 0, -1, kFn,
     "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a "
     "single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to "
     "return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest argument."},
    {"next", builtin_next, nullptr, 1, 2, kFn,
     "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis "
     "exhausted, it is returned instead of raising StopIteration."},
    {"oct", builtin_oct, nullptr, 1, 1, kFn,
     "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"},
    {"open", nullptr, builtin_open, 0, -1, kFn, "Open file and return a stream.  Raise OSError upon failure."},
    {"ord", builtin_ord, nullptr, 1, 1, kFn, "Return the Unicode code point for a one-character string."},
    {"pow", nullptr, builtin_pow, 0, -1, kFn,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able "
     "to use a more efficient algorithm when\ninvoked using the three argument form."},
    {"print", nullptr, builtin_print, 0, -1, kFn,
     "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default "
     "a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object "
     "(stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream."},
    {"repr", builtin_repr, nullptr, 1, 1, kFn,
     "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, "
     "eval(repr(obj)) == obj."},
    {"round", nullptr, builtin_round, 0, -1, kFn,
     "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or "
     "None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative."},
    {"setattr", builtin_setattr, nullptr, 3, 3, kFn,
     "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y "
     "= v``"},
    {"sorted", nullptr, builtin_sorted, 0, -1, kFn,
     "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be "
     "supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending "
     "order."},
    {"sum", nullptr, builtin_sum, 0, -1, kFn,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return "
     "the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric "
     "types."},
    {nullptr},
};

Status set_item(Dict* d, const char* name, Value v) { return dict_set_str(d, intern(name), v); }

Status add_types(Dict* d) {
#define PYCO_ADD_TYPE(name) {#name, &name##_type},
    static const struct {
        const char* name;
        TypeObject* type;
    } types[] = {
        PYCO_ADD_TYPE(object) PYCO_ADD_TYPE(type) PYCO_ADD_TYPE(int) PYCO_ADD_TYPE(bool) PYCO_ADD_TYPE(float)
        PYCO_ADD_TYPE(str) PYCO_ADD_TYPE(bytes) PYCO_ADD_TYPE(tuple) PYCO_ADD_TYPE(list) PYCO_ADD_TYPE(dict)
        PYCO_ADD_TYPE(set) PYCO_ADD_TYPE(frozenset) PYCO_ADD_TYPE(range) PYCO_ADD_TYPE(slice)
        PYCO_ADD_TYPE(property) PYCO_ADD_TYPE(staticmethod) PYCO_ADD_TYPE(classmethod)
        PYCO_ADD_TYPE(enumerate) PYCO_ADD_TYPE(zip) PYCO_ADD_TYPE(map) PYCO_ADD_TYPE(filter) PYCO_ADD_TYPE(reversed)
    };
#undef PYCO_ADD_TYPE
    for (const auto& t : types) TRY(set_item(d, t.name, Value(t.type)));
#define PYCO_ADD_EXC(name, base) TRY(set_item(d, #name, Value(&name##_type)));
    PYCO_EXCEPTION_TYPES(PYCO_ADD_EXC)
#undef PYCO_ADD_EXC
    // Aliases kept by CPython since PEP 3151.
    TRY(set_item(d, "EnvironmentError", Value(&OSError_type)));
    TRY(set_item(d, "IOError", Value(&OSError_type)));
    return ok_status();
}

} // namespace

void init_builtins_types() {
    static bool done = false;
    if (done) return;
    done = true;
    init_builtin_iterator_types();
    init_file_types();
}

Result<Ref> make_builtins_dict() {
    init_builtins_types();
    Handle<Dict> d = dict_new();
    Str* module_name = intern("builtins");
    TRY(add_functions(d.get(), builtin_functions, module_name));
    TRY(add_types(d.get()));
    TRY(set_item(d.get(), "None", None()));
    TRY(set_item(d.get(), "True", True()));
    TRY(set_item(d.get(), "False", False()));
    TRY(set_item(d.get(), "Ellipsis", Ellipsis()));
    TRY(set_item(d.get(), "NotImplemented", NotImplemented()));
    TRY(set_item(d.get(), "__debug__", True()));
    TRY(set_item(d.get(), "__name__", module_name));
    Ref doc = make_str("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; "
                       "Ellipsis represents `...' in slices.")
                  .ref();
    TRY(set_item(d.get(), "__doc__", doc));
    return std::move(d).ref();
}

} // namespace pyco

// dict_keys / dict_values / dict_items and the dict iterators.
//
// A view is a live window on its dict. The keys and items views are
// set-like: they compare with sets and support & | - ^ (returning sets),
// following CPython's dictobject.c. Iterators walk the dict's entry array by
// position and detect mutation: a size change raises "dictionary changed
// size during iteration", and finding more keys than the dict had when
// iteration began (same size, different keys) "dictionary keys changed
// during iteration".
#include "runtime/container_util.h"
#include "runtime/gc.h"

namespace pyco {

TypeObject dict_keys_type, dict_values_type, dict_items_type;
TypeObject dict_keyiterator_type, dict_valueiterator_type, dict_itemiterator_type;

namespace {

// Reversed iterators are separate types in CPython (reversed({}) is a
// dict_reversekeyiterator); they are not part of the core type list.
TypeObject dict_reversekeyiterator_type, dict_reversevalueiterator_type, dict_reverseitemiterator_type;

struct DictIter : Object {
    Ref dict;          // null once exhausted
    int64_t used;      // dict size when iteration began (-1: already failed)
    int64_t pos;       // next entry position (reversed: counts down)
    int64_t remaining; // entries still expected
};

Dict* view_dict(Value view) { return view.as<DictView>()->dict.as<Dict>(); }

// ---------------------------------------------------------------- iterators

// The next live entry, or null when exhausted (or kError).
Result<const DictEntry*> advance(DictIter* it, bool reversed) {
    if (!it->dict) return static_cast<const DictEntry*>(nullptr);
    Dict* d = it->dict.as<Dict>();
    if (it->used != d->used) {
        it->used = -1; // stay failed
        return raise(RuntimeError_type, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    if (reversed) {
        if (i >= d->entries_len) i = d->entries_len - 1;
        while (i >= 0 && !d->entries[i].key) --i;
        if (i < 0) {
            it->dict.reset();
            return static_cast<const DictEntry*>(nullptr);
        }
        it->pos = i - 1;
    } else {
        while (i < d->entries_len && !d->entries[i].key) ++i;
        if (i >= d->entries_len) {
            it->dict.reset();
            return static_cast<const DictEntry*>(nullptr);
        }
        if (it->remaining == 0) {
            it->dict.reset();
            return raise(RuntimeError_type, "dictionary keys changed during iteration");
        }
        it->pos = i + 1;
    }
    it->remaining--;
    return static_cast<const DictEntry*>(&d->entries[i]);
}

bool is_reversed_iterator(TypeObject* type) {
    return type == &dict_reversekeyiterator_type || type == &dict_reversevalueiterator_type ||
           type == &dict_reverseitemiterator_type;
}

Result<Ref> iter_next_key(Value self) {
    const DictEntry* e = TRY(advance(self.as<DictIter>(), is_reversed_iterator(self.type())));
    return e ? Ref::borrow(e->key) : Ref();
}

Result<Ref> iter_next_value(Value self) {
    const DictEntry* e = TRY(advance(self.as<DictIter>(), is_reversed_iterator(self.type())));
    return e ? Ref::borrow(e->value) : Ref();
}

Result<Ref> iter_next_item(Value self) {
    const DictEntry* e = TRY(advance(self.as<DictIter>(), is_reversed_iterator(self.type())));
    if (!e) return Ref();
    // Own both before allocating the pair: allocation can run finalizers
    // that mutate the dict.
    Ref key = Ref::borrow(e->key), value = Ref::borrow(e->value);
    return std::move(tuple_pack({key, value})).ref();
}

Result<Ref> iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<DictIter>();
    if (it->dict && it->used == it->dict.as<Dict>()->used) return make_int(it->remaining);
    return make_int(0);
}

void iter_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* it = static_cast<DictIter*>(self);
    if (it->dict) visit(it->dict, ctx);
}
void iter_clear(Object* self) { static_cast<DictIter*>(self)->dict.reset(); }

// ---------------------------------------------------------------- views: basics

void view_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* v = static_cast<DictView*>(self);
    if (v->dict) visit(v->dict, ctx);
}
void view_clear(Object* self) { static_cast<DictView*>(self)->dict.reset(); }

TypeObject* iterator_kind(TypeObject* view_type) {
    if (view_type == &dict_keys_type) return &dict_keyiterator_type;
    if (view_type == &dict_values_type) return &dict_valueiterator_type;
    return &dict_itemiterator_type;
}

Result<Ref> view_len(const Value* args, size_t) { return make_int(view_dict(args[0])->used); }

Result<Ref> view_iter(const Value* args, size_t) {
    return make_dict_iterator(view_dict(args[0]), iterator_kind(args[0].type()), false);
}

Result<Ref> view_reversed(const Value* args, size_t) {
    return make_dict_iterator(view_dict(args[0]), iterator_kind(args[0].type()), true);
}

// "dict_keys([1, 2])": the type name around the repr of list(view).
Result<Ref> view_repr(const Value* args, size_t) {
    ReprGuard guard(args[0]);
    if (guard.active()) return text_to_str("...");
    Ref items = TRY(sequence_to_list(args[0]));
    std::string out(args[0].type()->name_view());
    out += "(";
    out += TRY(repr_text(items));
    out += ")";
    return text_to_str(out);
}

Result<bool> keys_contain(Value view, Value key) {
    Value found = TRY(dict_get(view_dict(view), key));
    return !found.is_null();
}

// (key, value) in d.items(): the key must be present with an equal value.
Result<bool> items_contain(Value view, Value item) {
    if (!isinstance(item, &tuple_type) || item.as<Tuple>()->size != 2) return false;
    Ref key = Ref::borrow(item.as<Tuple>()->items[0]), value = Ref::borrow(item.as<Tuple>()->items[1]);
    Value found = TRY(dict_get(view_dict(view), key));
    if (!found) return false;
    Ref keep = Ref::borrow(found);
    return equal(found, value);
}

Result<bool> view_contains_item(Value view, Value item) {
    if (isinstance(view, &dict_keys_type)) return keys_contain(view, item);
    return items_contain(view, item);
}

Result<Ref> keys_contains(const Value* args, size_t) {
    return Ref::borrow(bool_value(TRY(keys_contain(args[0], args[1]))));
}
Result<Ref> items_contains(const Value* args, size_t) {
    return Ref::borrow(bool_value(TRY(items_contain(args[0], args[1]))));
}

// ---------------------------------------------------------------- views: set algebra

// set(view), reading a keys view's dict directly.
Result<Ref> to_set(Value v) {
    Handle<Set> s = set_new(&set_type);
    Value source = isinstance_exact(v, &dict_keys_type) ? Value(view_dict(v)) : v;
    TRY(set_update(s.get(), source));
    return std::move(s).ref();
}

Result<Ref> views_or(Value a, Value b) {
    Ref result = TRY(to_set(a));
    TRY(set_update(result.as<Set>(), b));
    return result;
}

Result<Ref> views_sub(Value a, Value b) {
    Ref result = TRY(to_set(a));
    TRY(set_difference_update_with(result.as<Set>(), b));
    return result;
}

Result<Ref> views_xor(Value a, Value b) {
    Ref result = TRY(to_set(a));
    TRY(set_symmetric_difference_update_with(result.as<Set>(), b));
    return result;
}

// CPython's _PyDictView_Intersect: iterate the smaller side, probe the view.
Result<Ref> views_and(Value a, Value b) {
    Value self = is_dict_view_set(a) ? a : b;
    Value other = is_dict_view_set(a) ? b : a;
    int64_t len_self = view_dict(self)->used;
    if (isinstance_exact(other, &set_type) && len_self <= other.as<Set>()->used)
        return call_method(other, intern("intersection"), {self});
    if (is_dict_view_set(other) && view_dict(other)->used > len_self) std::swap(self, other);
    Handle<Set> result = set_new(&set_type);
    TRY(for_each(other, [&](Value item) -> Status {
        if (TRY(view_contains_item(self, item))) TRY(set_add(result.get(), item));
        return ok_status();
    }));
    return std::move(result).ref();
}

Result<Ref> view_and(const Value* args, size_t) { return views_and(args[0], args[1]); }
Result<Ref> view_rand(const Value* args, size_t) { return views_and(args[1], args[0]); }
Result<Ref> view_or(const Value* args, size_t) { return views_or(args[0], args[1]); }
Result<Ref> view_ror(const Value* args, size_t) { return views_or(args[1], args[0]); }
Result<Ref> view_sub(const Value* args, size_t) { return views_sub(args[0], args[1]); }
Result<Ref> view_rsub(const Value* args, size_t) { return views_sub(args[1], args[0]); }
Result<Ref> view_xor(const Value* args, size_t) { return views_xor(args[0], args[1]); }
Result<Ref> view_rxor(const Value* args, size_t) { return views_xor(args[1], args[0]); }

// Every item of `a` is in `b`.
Result<bool> all_contained_in(Value a, Value b) {
    Ref it = TRY(iter(a));
    for (;;) {
        Ref item = TRY(next(it));
        if (!item) return true;
        if (!TRY(contains(b, item))) return false;
    }
}

Result<Ref> view_compare(const Value* args, CompareOp op) {
    Value self = args[0], other = args[1];
    if (!is_any_set(other) && !is_dict_view_set(other)) return Ref::borrow(NotImplemented());
    int64_t len_self = TRY(length(self)), len_other = TRY(length(other));
    bool ok = false;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (len_self == len_other) ok = TRY(all_contained_in(self, other));
        if (op == CompareOp::Ne) ok = !ok;
        break;
    case CompareOp::Lt:
        if (len_self < len_other) ok = TRY(all_contained_in(self, other));
        break;
    case CompareOp::Le:
        if (len_self <= len_other) ok = TRY(all_contained_in(self, other));
        break;
    case CompareOp::Gt:
        if (len_self > len_other) ok = TRY(all_contained_in(other, self));
        break;
    case CompareOp::Ge:
        if (len_self >= len_other) ok = TRY(all_contained_in(other, self));
        break;
    }
    return Ref::borrow(bool_value(ok));
}
Result<Ref> view_lt(const Value* args, size_t) { return view_compare(args, CompareOp::Lt); }
Result<Ref> view_le(const Value* args, size_t) { return view_compare(args, CompareOp::Le); }
Result<Ref> view_eq(const Value* args, size_t) { return view_compare(args, CompareOp::Eq); }
Result<Ref> view_ne(const Value* args, size_t) { return view_compare(args, CompareOp::Ne); }
Result<Ref> view_gt(const Value* args, size_t) { return view_compare(args, CompareOp::Gt); }
Result<Ref> view_ge(const Value* args, size_t) { return view_compare(args, CompareOp::Ge); }

Result<Ref> view_isdisjoint(const Value* args, size_t) {
    Value self = args[0], other = args[1];
    if (self.is(other)) return Ref::borrow(bool_value(view_dict(self)->used == 0));
    // Iterate the smaller side, but only when membership in `other` is cheap.
    if (is_any_set(other) || is_dict_view_set(other)) {
        int64_t len_other = TRY(length(other));
        if (len_other > view_dict(self)->used) std::swap(self, other);
    }
    Ref it = TRY(iter(other));
    for (;;) {
        Ref item = TRY(next(it));
        if (!item) return Ref::borrow(True());
        if (TRY(contains(self, item))) return Ref::borrow(False());
    }
}

// ---------------------------------------------------------------- method tables

#define PYCO_SET_LIKE_VIEW_METHODS                                                \
    {.name = "__len__", .fn = view_len, .min_args = 1, .max_args = 1},            \
    {.name = "__iter__", .fn = view_iter, .min_args = 1, .max_args = 1},          \
    {.name = "__reversed__", .fn = view_reversed, .min_args = 1, .max_args = 1},  \
    {.name = "__repr__", .fn = view_repr, .min_args = 1, .max_args = 1},          \
    {.name = "__and__", .fn = view_and, .min_args = 2, .max_args = 2},            \
    {.name = "__rand__", .fn = view_rand, .min_args = 2, .max_args = 2},          \
    {.name = "__or__", .fn = view_or, .min_args = 2, .max_args = 2},              \
    {.name = "__ror__", .fn = view_ror, .min_args = 2, .max_args = 2},            \
    {.name = "__sub__", .fn = view_sub, .min_args = 2, .max_args = 2},            \
    {.name = "__rsub__", .fn = view_rsub, .min_args = 2, .max_args = 2},          \
    {.name = "__xor__", .fn = view_xor, .min_args = 2, .max_args = 2},            \
    {.name = "__rxor__", .fn = view_rxor, .min_args = 2, .max_args = 2},          \
    {.name = "__lt__", .fn = view_lt, .min_args = 2, .max_args = 2},              \
    {.name = "__le__", .fn = view_le, .min_args = 2, .max_args = 2},              \
    {.name = "__eq__", .fn = view_eq, .min_args = 2, .max_args = 2},              \
    {.name = "__ne__", .fn = view_ne, .min_args = 2, .max_args = 2},              \
    {.name = "__gt__", .fn = view_gt, .min_args = 2, .max_args = 2},              \
    {.name = "__ge__", .fn = view_ge, .min_args = 2, .max_args = 2},              \
    {.name = "isdisjoint", .fn = view_isdisjoint, .min_args = 2, .max_args = 2}

const MethodDef keys_methods[] = {
    PYCO_SET_LIKE_VIEW_METHODS,
    {.name = "__contains__", .fn = keys_contains, .min_args = 2, .max_args = 2},
    {nullptr},
};

const MethodDef items_methods[] = {
    PYCO_SET_LIKE_VIEW_METHODS,
    {.name = "__contains__", .fn = items_contains, .min_args = 2, .max_args = 2},
    {nullptr},
};

#undef PYCO_SET_LIKE_VIEW_METHODS

const MethodDef values_methods[] = {
    {.name = "__len__", .fn = view_len, .min_args = 1, .max_args = 1},
    {.name = "__iter__", .fn = view_iter, .min_args = 1, .max_args = 1},
    {.name = "__reversed__", .fn = view_reversed, .min_args = 1, .max_args = 1},
    {.name = "__repr__", .fn = view_repr, .min_args = 1, .max_args = 1},
    {nullptr},
};

const MethodDef iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

void init_view_type(TypeObject* type, const char* name, const MethodDef* methods) {
    init_native_type(type, {.name = name,
                            .basicsize = sizeof(DictView),
                            .flags = kTypeGC | kTypeAbstractNew,
                            .dealloc = generic_dealloc,
                            .traverse = view_traverse,
                            .clear = view_clear,
                            .methods = methods});
}

void init_iterator_type(TypeObject* type, const char* name, IterNextFn next_fn) {
    init_native_type(type, {.name = name,
                            .basicsize = sizeof(DictIter),
                            .flags = kTypeGC | kTypeAbstractNew,
                            .dealloc = generic_dealloc,
                            .traverse = iter_traverse,
                            .clear = iter_clear,
                            .iternext = next_fn,
                            .methods = iterator_methods});
}

} // namespace

Ref make_dict_view(TypeObject* view_type, Dict* d) {
    auto* view = alloc<DictView>(view_type);
    view->dict = Ref::borrow(Value(d));
    return Ref::steal(Value(view));
}

bool is_dict_view_set(Value v) { return isinstance(v, &dict_keys_type) || isinstance(v, &dict_items_type); }

Ref make_dict_iterator(Dict* d, TypeObject* kind, bool reversed) {
    TypeObject* type = kind;
    if (reversed) {
        if (kind == &dict_keyiterator_type) type = &dict_reversekeyiterator_type;
        else if (kind == &dict_valueiterator_type) type = &dict_reversevalueiterator_type;
        else type = &dict_reverseitemiterator_type;
    }
    auto* it = alloc<DictIter>(type);
    it->dict = Ref::borrow(Value(d));
    it->used = d->used;
    it->pos = reversed ? d->entries_len - 1 : 0;
    it->remaining = d->used;
    return Ref::steal(Value(it));
}

void init_dict_view_types() {
    init_view_type(&dict_keys_type, "dict_keys", keys_methods);
    init_view_type(&dict_items_type, "dict_items", items_methods);
    init_view_type(&dict_values_type, "dict_values", values_methods);
    set_unhashable(&dict_keys_type);
    set_unhashable(&dict_items_type);
    init_iterator_type(&dict_keyiterator_type, "dict_keyiterator", iter_next_key);
    init_iterator_type(&dict_valueiterator_type, "dict_valueiterator", iter_next_value);
    init_iterator_type(&dict_itemiterator_type, "dict_itemiterator", iter_next_item);
    init_iterator_type(&dict_reversekeyiterator_type, "dict_reversekeyiterator", iter_next_key);
    init_iterator_type(&dict_reversevalueiterator_type, "dict_reversevalueiterator", iter_next_value);
    init_iterator_type(&dict_reverseitemiterator_type, "dict_reverseitemiterator", iter_next_item);
}

} // namespace pyco

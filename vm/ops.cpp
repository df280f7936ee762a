// Slow paths of the dispatch loop (see vm/ops.h).
#include "vm/ops.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/str_impl.h"
#include "runtime/stdio.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"

namespace pyco {

namespace {
std::string tname(Value v) { return std::string(type_name(v)); }
} // namespace

// ---------------------------------------------------------------- names

ErrorTag raise_unbound_local(Code* code, uint32_t slot) {
    Str* name = code->varnames.as<Tuple>()->items[slot].as<Str>();
    return raise_format(UnboundLocalError_type, "cannot access local variable '%s' where it is not associated with a value",
                        name->data);
}

static Str* cell_name(Code* code, uint32_t index) {
    Tuple* cells = code->cellvars.as<Tuple>();
    if (index < cells->size) return cells->items[index].as<Str>();
    return code->freevars.as<Tuple>()->items[index - cells->size].as<Str>();
}

ErrorTag raise_unbound_deref(Code* code, uint32_t index) {
    Str* name = cell_name(code, index);
    if (index < code->cellvars.as<Tuple>()->size)
        return raise_format(UnboundLocalError_type,
                            "cannot access local variable '%s' where it is not associated with a value", name->data);
    return raise_format(NameError_type,
                        "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                        name->data);
}

// An exact dict: a subclass namespace goes through its own __getitem__ and
// __setitem__, as CPython's LOAD_NAME / STORE_NAME check PyDict_CheckExact.
static inline bool is_dict_quick(Value v) { return v.type() == &dict_type; }

static Result<Value> mapping_lookup(Value mapping, Str* name) {
    if (is_dict_quick(mapping)) return dict_get_str(mapping.as<Dict>(), name);
    Result<Ref> r = getitem(mapping, Value(name));
    if (r.ok()) {
        // Keep the value alive through the caller's incref: borrowed from a
        // fresh reference, so hand it over via a leaked-then-returned Ref.
        return r.take().release();
    }
    if (error_matches(KeyError_type)) {
        error_clear();
        return Value();
    }
    return kError;
}

Result<Ref> load_global_cached(Frame* frame, uint32_t name_index) {
    Str* name = frame->code->names.as<Tuple>()->items[name_index].as<Str>();
    GlobalCache& cache = frame->code->global_cache[name_index];
    int64_t ix = dict_find_str(frame->globals(), name);
    if (ix >= 0) {
        cache = GlobalCache{0, static_cast<int32_t>(ix), false};
        return Ref::borrow(frame->globals()->entries[ix].value);
    }
    ix = dict_find_str(frame->builtins(), name);
    if (ix >= 0) {
        cache = GlobalCache{frame->globals()->keys_version, static_cast<int32_t>(ix), true};
        return Ref::borrow(frame->builtins()->entries[ix].value);
    }
    return raise_name_error(name, frame->globals(), frame->builtins());
}

Result<Ref> load_global(Frame* frame, Str* name) {
    Value v = dict_get_str(frame->globals(), name);
    if (!v) v = dict_get_str(frame->builtins(), name);
    if (!v) return raise_name_error(name, frame->globals(), frame->builtins());
    return Ref::borrow(v);
}

Result<Ref> load_name(Frame* frame, Str* name) {
    if (frame->locals()) {
        bool is_plain_dict = is_dict_quick(frame->locals());
        Value v = TRY(mapping_lookup(frame->locals(), name));
        if (v) return is_plain_dict ? Ref::borrow(v) : Ref::steal(v);
    }
    return load_global(frame, name);
}

Result<Ref> load_class_deref(Frame* frame, uint32_t index) {
    Str* name = cell_name(frame->code, index);
    if (frame->locals()) {
        bool is_plain_dict = is_dict_quick(frame->locals());
        Value v = TRY(mapping_lookup(frame->locals(), name));
        if (v) return is_plain_dict ? Ref::borrow(v) : Ref::steal(v);
    }
    Value* cells = frame->slots() + frame->code->nlocals;
    Value v = cells[index].as<Cell>()->contents;
    if (!v) return raise_unbound_deref(frame->code, index);
    return Ref::borrow(v);
}

Status store_name(Frame* frame, Str* name, Value value) {
    if (!frame->locals()) return raise_format(SystemError_type, "no locals found when storing '%s'", name->data);
    if (is_dict_quick(frame->locals())) return dict_set_str(frame->locals().as<Dict>(), name, value);
    return setitem(frame->locals(), Value(name), value);
}

Status delete_name(Frame* frame, Str* name) {
    if (!frame->locals()) return raise_format(SystemError_type, "no locals when deleting '%s'", name->data);
    if (is_dict_quick(frame->locals())) {
        bool removed = TRY(dict_del(frame->locals().as<Dict>(), Value(name)));
        if (!removed) return raise_name_error(name);
        return ok_status();
    }
    Status s = delitem(frame->locals(), Value(name));
    if (s.failed() && error_matches(KeyError_type)) {
        error_clear();
        return raise_name_error(name);
    }
    return s;
}

Status delete_global(Frame* frame, Str* name) {
    bool removed = TRY(dict_del(frame->globals(), Value(name)));
    if (!removed) return raise_name_error(name);
    return ok_status();
}

// ---------------------------------------------------------------- methods

// The function or method_descriptor that `obj.name` finds on type t, when
// the lookup is object.__getattribute__'s (null otherwise). Whether the
// instance dict shadows it is checked separately (instance_shadows).
static Value plain_method(TypeObject* t, Str* name) {
    static Value object_getattribute = Value();
    if (!object_getattribute) object_getattribute = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::getattribute));
    if (!lookup_special(t, Special::getattribute).is(object_getattribute)) return Value();
    Value descr = type_lookup(t, name);
    if (descr && (descr.type() == &function_type || descr.type() == &method_descriptor_type)) return descr;
    return Value();
}

static bool instance_shadows(Value obj, Str* name) {
    Ref* dict_slot = instance_dict_slot(obj);
    return dict_slot && *dict_slot && dict_get_str(dict_slot->as<Dict>(), name);
}

// `module.name` for a plain module when nothing on the module type can
// intercept it (CPython's LOAD_ATTR_MODULE): the module dict's entry, or null
// for the full lookup (which also runs a module __getattr__).
static Value module_attr(Value obj, Str* name) {
    if (obj.type() != &module_type || type_lookup(&module_type, name)) return Value();
    Value dict = obj.as<Module>()->dict;
    return dict ? dict_get_str(dict.as<Dict>(), name) : Value();
}

static Status push_method(Value obj, Str* name, Value descr, Ref* method, bool* unbound) {
    if (descr && !instance_shadows(obj, name)) {
        *method = Ref::borrow(descr);
        *unbound = true;
        return ok_status();
    }
    if (Value v = module_attr(obj, name)) {
        *method = Ref::borrow(v);
        *unbound = false;
        return ok_status();
    }
    *method = TRY(getattr(obj, name));
    *unbound = false;
    return ok_status();
}

Status load_method_cached(Code* code, uint32_t name_index, Value obj, Ref* method, bool* unbound) {
    Str* name = code->names.as<Tuple>()->items[name_index].as<Str>();
    MethodCache& cache = code->method_cache[name_index];
    TypeObject* t = obj.type();
    if (cache.type != t || cache.epoch != type_epoch) {
        // Only hits are cached; a miss (data attribute, custom
        // __getattribute__) takes the full lookup every time.
        Value descr = plain_method(t, name);
        cache = descr ? MethodCache{t, type_epoch, descr} : MethodCache{};
    }
    return push_method(obj, name, cache.method, method, unbound);
}

// ---------------------------------------------------------------- attributes

// The dispatch loop's shortcut for one direction of an AttrCache.
static void shortcut(TypeObject* t, Str* name, Special hook, bool dict_first, AttrPath* path, uint32_t* offset) {
    if (dict_first) {
        if (t->dict_offset > 0) {
            *path = AttrPath::InstanceDict;
            *offset = static_cast<uint32_t>(t->dict_offset);
        }
    } else if (uint32_t slot = instance_slot_offset(t, name, hook)) {
        *path = AttrPath::Slot;
        *offset = slot;
    }
}

// A native type's field that `hook` (object's own __getattribute__ or
// __setattr__) reaches through t's getset descriptor for name: its def, or
// null. Such a descriptor is a data descriptor, so it wins over the
// instance dict.
static const GetSetDef* getset_field(TypeObject* t, Str* name, Special hook) {
    Value attr = type_lookup(t, name);
    if (!attr || attr.type() != &getset_descriptor_type) return nullptr;
    auto* d = attr.as<GetSetDescriptor>();
    if (!is_subtype(t, d->owner) || !uses_object_hook(t, hook)) return nullptr;
    return d->def;
}

static AttrCache& attr_cache_for(Code* code, uint32_t name_index, TypeObject* t, Str* name) {
    AttrCache& cache = code->attr_cache[name_index];
    if (cache.type != t || cache.epoch != type_epoch) {
        if (cache.type && cache.epoch == type_epoch) { // a second type at this site
            if (code->attr_cache_alt.empty()) code->attr_cache_alt.resize(code->attr_cache.size());
            AttrCache& alt = code->attr_cache_alt[name_index];
            std::swap(cache, alt);
            if (cache.type == t && cache.epoch == type_epoch) return cache;
        }
        bool load = instance_dict_first(t, name, Special::getattribute);
        bool store = instance_dict_first(t, name, Special::setattr);
        AttrCache fresh{.type = t, .epoch = type_epoch, .hint = cache.hint, .load_dict_first = load, .store_dict_first = store};
        shortcut(t, name, Special::getattribute, load, &fresh.load_path, &fresh.load_offset);
        shortcut(t, name, Special::setattr, store, &fresh.store_path, &fresh.store_offset);
        if (!load && fresh.load_path == AttrPath::Lookup) {
            fresh.load_getset = getset_field(t, name, Special::getattribute);
            if (fresh.load_getset) fresh.load_path = AttrPath::GetSet;
        }
        if (!store && fresh.store_path == AttrPath::Lookup) {
            fresh.store_getset = getset_field(t, name, Special::setattr);
            if (fresh.store_getset && fresh.store_getset->set) fresh.store_path = AttrPath::GetSet;
        }
        cache = fresh;
    }
    return cache;
}

Result<Ref> load_attr_cached(Code* code, uint32_t name_index, Value obj) {
    Str* name = code->names.as<Tuple>()->items[name_index].as<Str>();
    AttrCache& cache = attr_cache_for(code, name_index, obj.type(), name);
    if (cache.load_dict_first) {
        Ref* slot = instance_dict_slot(obj);
        if (slot && *slot) {
            Dict* d = slot->as<Dict>();
            int64_t ix = dict_find_str(d, name);
            if (ix >= 0) {
                cache.hint = static_cast<uint32_t>(ix);
                return Ref::borrow(d->entries[ix].value);
            }
        }
    } else if (cache.load_path == AttrPath::GetSet) {
        return cache.load_getset->get(obj);
    }
    if (Value v = module_attr(obj, name)) return Ref::borrow(v);
    return getattr(obj, name);
}

Status store_attr_cached(Code* code, uint32_t name_index, Value obj, Value value) {
    Str* name = code->names.as<Tuple>()->items[name_index].as<Str>();
    AttrCache& cache = attr_cache_for(code, name_index, obj.type(), name);
    if (cache.store_dict_first)
        if (Dict* dict = instance_dict(obj, true)) {
            cache.hint = static_cast<uint32_t>(TRY(dict_store_str(dict, name, value)));
            return ok_status();
        }
    if (cache.store_path == AttrPath::GetSet) return cache.store_getset->set(obj, value);
    return setattr(obj, name, value);
}

// ---------------------------------------------------------------- unpacking

static ErrorTag not_enough_values(size_t expected, size_t got, bool at_least) {
    return raise_format(ValueError_type, "not enough values to unpack (expected %s%zu, got %zu)", at_least ? "at least " : "",
                        expected, got);
}

static Status check_unpackable(Value seq) {
    if (!lookup_special(seq.type(), Special::iter) && !lookup_special(seq.type(), Special::getitem))
        return raise_format(TypeError_type, "cannot unpack non-iterable %s object", tname(seq).c_str());
    return ok_status();
}

Status unpack_sequence(Value seq, uint32_t count, Value* out) {
    if (seq.type() == &tuple_type || seq.type() == &list_type) {
        bool is_t = seq.type() == &tuple_type;
        int64_t n = is_t ? seq.as<Tuple>()->size : seq.as<List>()->size;
        Value* items = is_t ? seq.as<Tuple>()->items : seq.as<List>()->items;
        if (n < count) return not_enough_values(count, static_cast<size_t>(n), false);
        if (n > count) return raise_format(ValueError_type, "too many values to unpack (expected %u)", count);
        for (uint32_t i = 0; i < count; ++i) {
            incref(items[i]);
            out[count - 1 - i] = items[i];
        }
        return ok_status();
    }
    TRY(check_unpackable(seq));
    Ref it = TRY(iter(seq));
    std::vector<Ref> items;
    for (;;) {
        Ref x = TRY(next(it));
        if (!x) break;
        if (items.size() == count) return raise_format(ValueError_type, "too many values to unpack (expected %u)", count);
        items.push_back(std::move(x));
    }
    if (items.size() < count) return not_enough_values(count, items.size(), false);
    for (uint32_t i = 0; i < count; ++i) out[count - 1 - i] = items[i].release();
    return ok_status();
}

Status unpack_ex(Value seq, uint32_t before, uint32_t after, Value* out) {
    TRY(check_unpackable(seq));
    Ref list = TRY(sequence_to_list(seq));
    List* l = list.as<List>();
    size_t n = static_cast<size_t>(l->size);
    if (n < before + after) return not_enough_values(before + after, n, true);
    // Stack order: after items (last first), the starred list, before items.
    uint32_t total = before + after + 1;
    size_t k = 0;
    for (size_t i = n; i-- > n - after;) {
        incref(l->items[i]);
        out[k++] = l->items[i];
    }
    Handle<List> middle = list_new();
    for (size_t i = before; i < n - after; ++i) TRY(list_append(middle.get(), l->items[i]));
    out[k++] = Value(middle.release());
    for (size_t i = before; i-- > 0;) {
        incref(l->items[i]);
        out[k++] = l->items[i];
    }
    (void)total;
    return ok_status();
}

// ---------------------------------------------------------------- f-strings

Result<Ref> format_value(Value v, uint32_t flags, Value spec) {
    Ref converted;
    switch (flags & kFormatConvMask) {
    case kFormatStr: converted = TRY(str(v)); break;
    case kFormatRepr: converted = TRY(repr(v)); break;
    case kFormatAscii: converted = TRY(ascii(v)); break;
    default: converted = Ref::borrow(v); break;
    }
    if (!spec) {
        // format(x, '') is str(x) for exact str, int and float: skip the
        // __format__ call (CPython's PyObject_Format does for str and int).
        TypeObject* t = converted.get().type();
        if (t == &str_type) return converted;
        if (t == &int_type || t == &float_type) return str(converted);
    }
    return format(converted, spec);
}

Result<Ref> build_string(Value* parts, uint32_t count) {
    // The pieces' sizes, lengths and ASCII flags are known: one allocation,
    // no validation or rescan of the result.
    size_t bytes = 0;
    int64_t length = 0;
    bool ascii = true;
    for (uint32_t i = 0; i < count; ++i) {
        const Str* piece = parts[i].as<Str>();
        bytes += static_cast<size_t>(piece->size);
        length += piece->length;
        ascii = ascii && piece->ascii;
    }
    if (bytes <= 1) { // the shared empty and one-character strings
        std::string small;
        for (uint32_t i = 0; i < count; ++i) small += parts[i].as<Str>()->view();
        return make_str_known(small, length, ascii).ref();
    }
    Str* out = str_alloc_uninit(bytes);
    if (!out) return kError;
    char* to = out->data;
    for (uint32_t i = 0; i < count; ++i) {
        const Str* piece = parts[i].as<Str>();
        std::memcpy(to, piece->data, static_cast<size_t>(piece->size));
        to += piece->size;
    }
    str_finish(out, length, ascii);
    return Ref::steal(out);
}

// ---------------------------------------------------------------- collections

std::string function_str(Value func) {
    // CPython's _PyObject_FunctionStr: "module.qualname()" ("len()" for builtins).
    Result<Ref> qualname = getattr_opt(func, intern("__qualname__"));
    if (qualname.failed() || !qualname.value() || !is_str(qualname.value())) {
        error_clear();
        Result<std::string> text = str_text(func);
        if (text.failed()) error_clear();
        return text.ok() ? text.value() : std::string(type_name(func));
    }
    std::string name(qualname.value().as<Str>()->view());
    Result<Ref> module = getattr_opt(func, intern("__module__"));
    if (module.failed()) error_clear();
    if (module.ok() && module.value() && is_str(module.value()) && module.value().as<Str>()->view() != "builtins")
        return std::string(module.value().as<Str>()->view()) + "." + name + "()";
    return name + "()";
}

Result<Ref> call_function_ex(Value callable, Value posargs, Value kwargs) {
    Ref args_tuple = Ref::borrow(posargs);
    if (!is_tuple(posargs)) {
        if (!lookup_special(posargs.type(), Special::iter) && !lookup_special(posargs.type(), Special::getitem)) {
            return raise_format(TypeError_type, "%s argument after * must be an iterable, not %s",
                                function_str(callable).c_str(), tname(posargs).c_str());
        }
        args_tuple = TRY(sequence_to_tuple(posargs));
    }
    Tuple* pa = args_tuple.as<Tuple>();
    Dict* kw = kwargs && kwargs.as<Dict>()->used > 0 ? kwargs.as<Dict>() : nullptr;
    if (!kw) return call(callable, CallArgs{pa->items, static_cast<size_t>(pa->size), nullptr});
    // Positional values then keyword values, on the C++ stack for the usual
    // few arguments (the values stay owned by the tuple and the dict).
    size_t total = static_cast<size_t>(pa->size + kw->used);
    Value small[16];
    std::vector<Value> large;
    Value* flat = small;
    if (total > std::size(small)) {
        large.resize(total);
        flat = large.data();
    }
    std::copy(pa->items, pa->items + pa->size, flat);
    Handle<Tuple> names = tuple_new(static_cast<size_t>(kw->used));
    Value k, v;
    size_t i = 0;
    for (int64_t pos = 0; dict_next(kw, &pos, &k, &v);) {
        tuple_init_item(names.get(), i, Ref::borrow(k));
        flat[pa->size + i++] = v;
    }
    return call(callable, CallArgs{flat, static_cast<size_t>(pa->size), names.get()});
}

Status dict_update_from(Value dict, Value mapping, Value callable_for_merge) {
    Dict* d = dict.as<Dict>();
    if (is_dict(mapping)) {
        Value k, v;
        for (int64_t pos = 0; dict_next(mapping.as<Dict>(), &pos, &k, &v);) {
            if (callable_for_merge && TRY(dict_get(d, k))) {
                std::string key = is_str(k) ? std::string(k.as<Str>()->view()) : TRY(repr_text(k));
                return raise_format(TypeError_type, "%s got multiple values for keyword argument '%s'",
                                    function_str(callable_for_merge).c_str(), key.c_str());
            }
            TRY(dict_set(d, k, v));
        }
        return ok_status();
    }
    Ref keys_fn = TRY(getattr_opt(mapping, intern("keys")));
    if (!keys_fn) {
        if (callable_for_merge) {
            return raise_format(TypeError_type, "%s argument after ** must be a mapping, not %s",
                                function_str(callable_for_merge).c_str(), tname(mapping).c_str());
        }
        return raise_format(TypeError_type, "'%s' object is not a mapping", tname(mapping).c_str());
    }
    Ref keys = TRY(call(keys_fn, {}));
    return for_each(keys, [&](Value k) -> Status {
        Ref v = TRY(getitem(mapping, k));
        if (callable_for_merge && TRY(dict_get(d, k)))
            return raise_format(TypeError_type, "%s got multiple values for keyword argument '%s'",
                                function_str(callable_for_merge).c_str(), is_str(k) ? k.as<Str>()->data : "?");
        return dict_set(d, k, v);
    });
}

Result<Ref> build_map(Value* items, uint32_t pairs) {
    Handle<Dict> d = dict_new();
    for (uint32_t i = 0; i < pairs; ++i) TRY(dict_set(d.get(), items[2 * i], items[2 * i + 1]));
    return std::move(d).ref();
}

Result<Ref> build_set(Value* items, uint32_t count) {
    Handle<Set> s = set_new(&set_type);
    for (uint32_t i = 0; i < count; ++i) TRY(set_add(s.get(), items[i]));
    return std::move(s).ref();
}

Result<Ref> build_slice(Value* items, uint32_t count) {
    return make_slice(items[0], items[1], count == 3 ? items[2] : None());
}

// ---------------------------------------------------------------- functions

Result<Ref> make_function(Frame* frame, Code* code, uint32_t flags, Value* extras) {
    auto* f = alloc<Function>(&function_type);
    Ref keep = Ref::steal(Value(f));
    f->code = Ref::borrow(Value(code));
    f->globals = Ref::borrow(Value(frame->globals()));
    f->builtins = Ref::borrow(Value(frame->builtins()));
    f->name = code->name;
    f->qualname = code->qualname;
    size_t k = 0;
    if (flags & kMakeDefaults) f->defaults = Ref::borrow(extras[k++]);
    if (flags & kMakeKwDefaults) f->kwdefaults = Ref::borrow(extras[k++]);
    if (flags & kMakeAnnotations) f->annotations = Ref::borrow(extras[k++]);
    if (flags & kMakeClosure) f->closure = Ref::borrow(extras[k++]);
    Tuple* consts = code->consts.as<Tuple>();
    bool is_lambda = code->name.as<Str>()->view() == "<lambda>";
    if (!is_lambda && consts->size > 0 && is_str(consts->items[0])) f->doc = Ref::borrow(consts->items[0]);
    if (Value module = dict_get_str(frame->globals(), intern("__name__"))) f->module = Ref::borrow(module);
    return keep;
}

// ---------------------------------------------------------------- exceptions

static bool is_exception_class(Value v) {
    return isinstance(v, &type_type) && is_subtype(v.as<TypeObject>(), &BaseException_type);
}

Status check_exception_spec(Value spec) {
    bool valid = true;
    if (is_tuple(spec)) {
        Tuple* t = spec.as<Tuple>();
        for (int64_t i = 0; i < t->size && valid; ++i) valid = is_exception_class(t->items[i]);
    } else {
        valid = is_exception_class(spec);
    }
    if (!valid) return raise(TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
    return ok_status();
}

Result<bool> exception_matches_spec(Value exc, Value spec) {
    TRY(check_exception_spec(spec));
    if (!is_tuple(spec)) return isinstance(exc, spec.as<TypeObject>());
    Tuple* t = spec.as<Tuple>();
    for (int64_t i = 0; i < t->size; ++i)
        if (isinstance(exc, t->items[i].as<TypeObject>())) return true;
    return false;
}

static Result<Ref> instantiate_exception(Value v, const char* what) {
    if (is_exception_class(v)) {
        Ref e = TRY(call(v, {}));
        if (!isinstance(e, &BaseException_type))
            return raise_format(TypeError_type, "calling %s should have returned an instance of BaseException, not %s",
                                TRY(repr_text(v)).c_str(), tname(e).c_str());
        return e;
    }
    if (isinstance(v, &BaseException_type)) return Ref::borrow(v);
    return raise(TypeError_type, what);
}

Status do_raise(Value exc, Value cause) {
    Ref e = TRY(instantiate_exception(exc, "exceptions must derive from BaseException"));
    if (cause) {
        Ref c;
        if (!cause.is(None())) c = TRY(instantiate_exception(cause, "exception causes must derive from BaseException"));
        auto* be = e.as<BaseException>();
        be->cause = c;
        be->suppress_context = true;
    }
    return raise_object(std::move(e));
}

static Result<Ref> bind_special(Value obj, Value attr) {
    if (Value get = lookup_special(attr.type(), Special::get)) return call(get, {attr, obj, Value(obj.type())});
    return Ref::borrow(attr);
}

Status before_with(Value ctx, Ref* exit, Ref* enter_result, bool is_async) {
    Special enter_id = is_async ? Special::aenter : Special::enter;
    Special exit_id = is_async ? Special::aexit : Special::exit;
    Value enter = lookup_special(ctx.type(), enter_id);
    Value ex = lookup_special(ctx.type(), exit_id);
    if (!enter || !ex) {
        const char* protocol = is_async ? "asynchronous context manager" : "context manager";
        if (!enter)
            return raise_format(TypeError_type, "'%s' object does not support the %s protocol", tname(ctx).c_str(), protocol);
        return raise_format(TypeError_type, "'%s' object does not support the %s protocol (missed __%sexit__ method)",
                            tname(ctx).c_str(), protocol, is_async ? "a" : "");
    }
    *exit = TRY(bind_special(ctx, ex));
    Ref bound_enter = TRY(bind_special(ctx, enter));
    *enter_result = TRY(call(bound_enter, {}));
    return ok_status();
}

Result<Ref> call_exit_with_exception(Value exit, Value exc) {
    Value tb = exc.as<BaseException>()->traceback ? exc.as<BaseException>()->traceback.get() : None();
    return call(exit, {Value(exc.type()), exc, tb});
}

// ---------------------------------------------------------------- coroutines

Result<Ref> get_awaitable(Value v, uint32_t where) {
    TypeObject* t = v.type();
    if (t == &coroutine_type) {
        auto* gen = v.as<Generator>();
        if (gen->state == GenState::Closed) return raise(RuntimeError_type, "cannot reuse already awaited coroutine");
        // Suspended in its own await: another awaiter would steal its values.
        if (gen->delegate() && !gen_is_running(gen)) return raise(RuntimeError_type, "coroutine is being awaited already");
        return Ref::borrow(v);
    }
    if (t == &generator_type && (v.as<Generator>()->code()->flags & kCodeIterableCoroutine)) return Ref::borrow(v);
    Value aw = lookup_special(t, Special::await);
    if (!aw) {
        if (where == 1)
            return raise_format(TypeError_type,
                                "'async with' received an object from __aenter__ that does not implement __await__: %s",
                                tname(v).c_str());
        if (where == 2)
            return raise_format(TypeError_type,
                                "'async with' received an object from __aexit__ that does not implement __await__: %s",
                                tname(v).c_str());
        return raise_format(TypeError_type, "object %s can't be used in 'await' expression", tname(v).c_str());
    }
    Ref r = TRY(call_special(v, Special::await, {}));
    if (r.get().type() == &coroutine_type ||
        (r.get().type() == &generator_type && (r.as<Generator>()->code()->flags & kCodeIterableCoroutine)))
        return raise(TypeError_type, "__await__() returned a coroutine");
    if (!r.get().type()->iternext && !lookup_special(r.get().type(), Special::next))
        return raise_format(TypeError_type, "__await__() returned non-iterator of type '%s'", tname(r).c_str());
    return r;
}

Result<Ref> get_aiter(Value v) {
    Ref r = TRY(call_special(v, Special::aiter, {}));
    if (!r)
        return raise_format(TypeError_type, "'async for' requires an object with __aiter__ method, got %s", tname(v).c_str());
    if (!lookup_special(r.get().type(), Special::anext))
        return raise_format(TypeError_type,
                            "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                            tname(r).c_str());
    return r;
}

Result<Ref> get_anext(Value aiter) {
    if (aiter.type() == &async_generator_type) return async_gen_anext(aiter);
    Ref r = TRY(call_special(aiter, Special::anext, {}));
    if (!r)
        return raise_format(TypeError_type, "'async for' requires an iterator with __anext__ method, got %s",
                            tname(aiter).c_str());
    Result<Ref> aw = get_awaitable(r, 0);
    if (aw.failed()) {
        if (error_matches(TypeError_type)) {
            error_clear();
            return raise_format(TypeError_type,
                                "'async for' received an invalid object from __anext__: %s", tname(r).c_str());
        }
        return kError;
    }
    return aw;
}

// SEND when the receiver is not a generator this loop can resume in place:
// the generic iterator/send protocol, StopIteration turned into Returned.
ResumeResult send_slow(Value recv, Value v) {
    TypeObject* t = recv.type();
    if (t == &generator_type || t == &coroutine_type) return gen_send(recv.as<Generator>(), v);
    if (is_async_gen_awaitable(recv)) return async_gen_awaitable_send(recv, v);
    Result<Ref> r = Ref();
    if (v.is(None()) && t->iternext) {
        r = t->iternext(recv);
        // Exhausted: what StopIteration() would hand back, without one.
        if (r.ok() && !r.value()) return {ResumeKind::Returned, Ref::borrow(None())};
    } else {
        r = v.is(None()) ? call_special(recv, Special::next, {}) : call_method(recv, intern("send"), {v});
        if (r.ok() && r.value().is_null())
            r = raise_format(TypeError_type, "'%s' object is not an iterator", tname(recv).c_str());
    }
    if (r.ok()) return {ResumeKind::Yielded, r.take()};
    if (!error_matches(StopIteration_type)) return {ResumeKind::Raised, Ref()};
    Ref stop = error_fetch();
    Ref value = stop.as<BaseException>()->value;
    if (!value) {
        Tuple* a = stop.as<BaseException>()->args.as<Tuple>();
        value = Ref::borrow(a && a->size > 0 ? a->items[0] : None());
    }
    return {ResumeKind::Returned, value};
}

Result<Ref> get_yield_from_iter(Frame* frame, Value v) {
    if (v.type() == &coroutine_type) {
        if (!(frame->code->flags & (kCodeCoroutine | kCodeIterableCoroutine)))
            return raise(TypeError_type, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        return Ref::borrow(v);
    }
    if (v.type() == &generator_type) return Ref::borrow(v);
    return iter(v);
}

// ---------------------------------------------------------------- REPL

Status print_expr(Value v) {
    ThreadState& ts = thread_state();
    if (v.is(None())) return ok_status();
    // builtins._ = None first, as sys.displayhook does, so repr() sees the old value gone.
    TRY(dict_set_str(ts.builtins.as<Dict>(), intern("_"), None()));
    std::string text = TRY(repr_text(v));
    TRY(write_stdout(text + "\n"));
    return dict_set_str(ts.builtins.as<Dict>(), intern("_"), v);
}

} // namespace pyco

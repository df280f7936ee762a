// Builtins that need the interpreter: __build_class__, super, globals,
// locals, vars, dir, exec, eval, compile, __import__, exit/quit.
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/call.h"
#include "vm/interpreter.h"
#include "vm/modules.h"
#include "vm/pyco.h"

namespace pyco {

TypeObject super_type, quitter_type;

namespace {

std::string tname(Value v) { return std::string(type_name(v)); }

// The innermost frame running Python code.
Frame* current_frame() { return thread_state().frame; }

Result<Ref> frame_locals(Frame* f) {
    if (Value locals = f->locals()) return Ref::borrow(locals);
    // A function frame: a snapshot dict of its bound locals and cells.
    Handle<Dict> d = dict_new();
    Code* co = f->code;
    Tuple* names = co->varnames.as<Tuple>();
    for (int64_t i = 0; i < names->size; ++i)
        if (Value v = f->slots()[i]) TRY(dict_set(d.get(), names->items[i], v));
    Value* cells = f->slots() + co->nlocals;
    Tuple* cellnames = co->cellvars.as<Tuple>();
    Tuple* freenames = co->freevars.as<Tuple>();
    for (int64_t i = 0; i < cellnames->size + freenames->size; ++i) {
        Value name = i < cellnames->size ? cellnames->items[i] : freenames->items[i - cellnames->size];
        if (Value v = cells[i].as<Cell>()->contents) TRY(dict_set(d.get(), name, v));
    }
    return std::move(d).ref();
}

} // namespace

Result<Ref> locals_of_frame(Frame* f) { return frame_locals(f); }

// ---------------------------------------------------------------- __build_class__

static Result<Ref> calculate_metaclass(Value meta, Tuple* bases) {
    TypeObject* winner = meta.is_null() ? &type_type : nullptr;
    if (!isinstance(meta.is_null() ? Value(&type_type) : meta, &type_type)) return Ref::borrow(meta);
    if (!winner) winner = meta.as<TypeObject>();
    for (int64_t i = 0; i < bases->size; ++i) {
        TypeObject* bt = bases->items[i].type();
        if (is_subtype(winner, bt)) continue;
        if (is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return raise(TypeError_type,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                     "metaclasses of all its bases");
    }
    return Ref::borrow(Value(winner));
}

// PEP 560: a base that is not a class may stand for others via __mro_entries__.
static Result<Handle<Tuple>> resolve_mro_entries(Tuple* orig) {
    bool any = false;
    std::vector<Ref> resolved;
    for (int64_t i = 0; i < orig->size; ++i) {
        Value b = orig->items[i];
        if (isinstance(b, &type_type)) {
            resolved.push_back(Ref::borrow(b));
            continue;
        }
        Ref entries_fn = TRY(getattr_opt(b, intern("__mro_entries__")));
        if (!entries_fn) {
            resolved.push_back(Ref::borrow(b));
            continue;
        }
        any = true;
        Ref entries = TRY(call(entries_fn, {Value(orig)}));
        if (!is_tuple(entries)) return raise(TypeError_type, "__mro_entries__ must return a tuple");
        for (int64_t k = 0; k < entries.as<Tuple>()->size; ++k) resolved.push_back(Ref::borrow(entries.as<Tuple>()->items[k]));
    }
    if (!any) return Handle<Tuple>::borrow(orig);
    Handle<Tuple> out = tuple_new(resolved.size());
    for (size_t i = 0; i < resolved.size(); ++i) tuple_init_item(out.get(), i, resolved[i]);
    return out;
}

static Result<Ref> build_class(CallArgs args) {
    if (args.nargs < 2) return raise(TypeError_type, "__build_class__: not enough arguments");
    Value body = args[0];
    Value name = args[1];
    if (body.type() != &function_type) return raise(TypeError_type, "__build_class__: func must be a function");
    if (!is_str(name)) return raise(TypeError_type, "__build_class__: name is not a string");
    Handle<Tuple> orig_bases = tuple_new(args.nargs - 2);
    for (size_t i = 2; i < args.nargs; ++i) tuple_init_item(orig_bases.get(), i - 2, Ref::borrow(args[i]));
    Handle<Tuple> bases = TRY(resolve_mro_entries(orig_bases.get()));
    Value meta;
    std::vector<Value> kwvalues;
    Handle<Tuple> kwnames;
    std::vector<Value> names;
    for (size_t k = 0; k < args.nkw(); ++k) {
        Str* key = args.kwnames->items[k].as<Str>();
        Value v = args.args[args.nargs + k];
        if (key->view() == "metaclass") {
            meta = v;
        } else {
            names.push_back(Value(key));
            kwvalues.push_back(v);
        }
    }
    if (!names.empty()) {
        kwnames = tuple_new(names.size());
        for (size_t i = 0; i < names.size(); ++i) tuple_init_item(kwnames.get(), i, Ref::borrow(names[i]));
    }
    if (!meta && bases->size > 0) meta = bases->items[0].type();
    Ref metaclass = TRY(calculate_metaclass(meta, bases.get()));
    // __prepare__
    Ref ns;
    Ref prepare = TRY(getattr_opt(metaclass, intern("__prepare__")));
    if (prepare) {
        std::vector<Value> pargs{name, Value(bases.get())};
        pargs.insert(pargs.end(), kwvalues.begin(), kwvalues.end());
        ns = TRY(call(prepare, CallArgs{pargs.data(), 2, kwnames.get()}));
    } else {
        ns = dict_new().ref();
    }
    if (orig_bases.get() != bases.get()) TRY(setitem(ns, Value(intern("__orig_bases__")), orig_bases));
    // Run the class body with the namespace as its locals.
    auto* f = body.as<Function>();
    Code* co = f->code.as<Code>();
    ThreadState& ts = thread_state();
    Frame* frame = ts.frames.push(Frame::size_for(co, true));
    frame_init_env(frame, co, f, f->globals.as<Dict>(), f->builtins.as<Dict>(), ns);
    setup_cells(frame, f);
    Ref cell = TRY(run_new_frame(frame));
    std::vector<Value> margs{name, Value(bases.get()), ns};
    margs.insert(margs.end(), kwvalues.begin(), kwvalues.end());
    Ref cls = TRY(call(metaclass, CallArgs{margs.data(), 3, kwnames.get()}));
    if (cell && cell.get().type() == &cell_type) {
        Value contents = cell.as<Cell>()->contents;
        if (!contents.is(cls.get())) {
            if (!contents)
                return raise_format(RuntimeError_type, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                                    TRY(repr_text(name)).c_str(), TRY(repr_text(cls)).c_str());
        }
    }
    return cls;
}

// ---------------------------------------------------------------- super

struct Super : Object {
    Ref type;     // the class after which the MRO search starts
    Ref obj;      // instance or class (or null for unbound super)
    Ref obj_type; // type(obj), or obj itself when obj is a class
};

static Result<Ref> super_check(TypeObject* type, Value obj) {
    if (isinstance(obj, &type_type) && is_subtype(obj.as<TypeObject>(), type)) return Ref::borrow(obj);
    if (isinstance(obj, type)) return Ref::borrow(Value(obj.type()));
    // __class__ may have been reassigned
    Ref cls = TRY(getattr_opt(obj, intern("__class__")));
    if (cls && isinstance(cls, &type_type) && is_subtype(cls.as<TypeObject>(), type)) return cls;
    return raise(TypeError_type, "super(type, obj): obj must be an instance or subtype of type");
}

static Result<Ref> super_new(const Value* args, size_t) {
    auto* cls = args[0].as<TypeObject>();
    return Ref::steal(Value(alloc_object(cls, cls->basicsize)));
}

static Status super_zero_args(Ref* type, Ref* obj) {
    Frame* f = current_frame();
    if (!f || !f->func) return raise(RuntimeError_type, "super(): no arguments");
    Code* co = f->code;
    if (co->argcount == 0 && !(co->flags & kCodeVarargs)) return raise(RuntimeError_type, "super(): no arguments");
    Value first = f->slots()[0];
    // The first argument may live in a cell if a closure captured `self`.
    Tuple* cellnames = co->cellvars.as<Tuple>();
    Str* argname = co->varnames.as<Tuple>()->items[0].as<Str>();
    for (int64_t i = 0; i < cellnames->size; ++i)
        if (str_equal(cellnames->items[i].as<Str>(), argname))
            first = (f->slots() + co->nlocals)[i].as<Cell>()->contents;
    if (!first) return raise(RuntimeError_type, "super(): arg[0] deleted");
    Tuple* freenames = co->freevars.as<Tuple>();
    for (int64_t i = 0; i < freenames->size; ++i) {
        if (freenames->items[i].as<Str>()->view() != "__class__") continue;
        Value cell = (f->slots() + co->nlocals)[cellnames->size + i];
        Value cls = cell.as<Cell>()->contents;
        if (!cls) return raise(RuntimeError_type, "super(): empty __class__ cell");
        if (!isinstance(cls, &type_type)) return raise(RuntimeError_type, "super(): __class__ is not a type");
        *type = Ref::borrow(cls);
        *obj = Ref::borrow(first);
        return ok_status();
    }
    return raise(RuntimeError_type, "super(): __class__ cell not found");
}

static Result<Ref> super_init(const Value* args, size_t nargs) {
    auto* s = args[0].as<Super>();
    Ref type, obj;
    if (nargs == 1) {
        TRY(super_zero_args(&type, &obj));
    } else {
        if (!isinstance(args[1], &type_type))
            return raise_format(TypeError_type, "super() argument 1 must be a type, not %s", tname(args[1]).c_str());
        type = Ref::borrow(args[1]);
        if (nargs > 2 && !args[2].is(None())) obj = Ref::borrow(args[2]);
    }
    if (obj) s->obj_type = TRY(super_check(type.as<TypeObject>(), obj));
    s->type = type;
    s->obj = obj;
    return Ref::borrow(None());
}

static Result<Ref> super_getattribute(const Value* args, size_t) {
    auto* s = args[0].as<Super>();
    Str* name = intern_str(args[1].as<Str>());
    if (s->obj_type && name->view() != "__class__") {
        Tuple* mro = s->obj_type.as<TypeObject>()->mro.as<Tuple>();
        int64_t i = 0;
        while (i < mro->size && !mro->items[i].is(s->type)) ++i;
        for (++i; i < mro->size; ++i) {
            Value attr = dict_get_str(mro->items[i].as<TypeObject>()->dict.as<Dict>(), name);
            if (!attr) continue;
            if (Value get = lookup_special(attr.type(), Special::get)) {
                Value inst = s->obj.get().is(s->obj_type.get()) ? None() : s->obj.get();
                return call(get, {attr, inst, s->obj_type});
            }
            return Ref::borrow(attr);
        }
    }
    return generic_getattr(args[0], name);
}

static Result<Ref> super_repr(const Value* args, size_t) {
    auto* s = args[0].as<Super>();
    std::string type_text = s->type ? TRY(repr_text(s->type)) : "NULL";
    if (s->obj_type)
        return make_str("<super: " + type_text + ", <" + std::string(s->obj_type.as<TypeObject>()->name_view()) + " object>>").ref();
    return make_str("<super: " + type_text + ", NULL>").ref();
}

static Result<Ref> super_get(const Value* args, size_t) {
    auto* s = args[0].as<Super>();
    if (args[1].is(None()) || s->obj) return Ref::borrow(args[0]);
    return call(Value(args[0].type()), {s->type, args[1]});
}

static Result<Ref> super_thisclass(Value self) { return self.as<Super>()->type; }
static Result<Ref> super_self(Value self) {
    Ref& o = self.as<Super>()->obj;
    return o ? o : Ref::borrow(None());
}
static Result<Ref> super_self_class(Value self) {
    Ref& o = self.as<Super>()->obj_type;
    return o ? o : Ref::borrow(None());
}
static void super_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* s = static_cast<Super*>(self);
    for (Ref* r : {&s->type, &s->obj, &s->obj_type})
        if (*r) visit(*r, ctx);
}
static void super_clear(Object* self) {
    auto* s = static_cast<Super*>(self);
    for (Ref* r : {&s->type, &s->obj, &s->obj_type}) r->reset();
}

static const MethodDef super_methods[] = {
    {"__new__", super_new, nullptr, 1, -1, MethodKind::Static},
    {"__init__", super_init, nullptr, 1, 3},
    {"__getattribute__", super_getattribute, nullptr, 2, 2},
    {"__repr__", super_repr, nullptr, 1, 1},
    {"__get__", super_get, nullptr, 2, 3},
    {nullptr},
};
static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass}, {"__self__", super_self}, {"__self_class__", super_self_class}, {nullptr},
};

// ---------------------------------------------------------------- namespaces

static Result<Ref> builtin_globals(const Value*, size_t) {
    Frame* f = current_frame();
    if (!f) return raise(SystemError_type, "globals(): no current frame");
    return Ref::borrow(Value(f->globals()));
}

static Result<Ref> builtin_locals(const Value*, size_t) {
    Frame* f = current_frame();
    if (!f) return raise(SystemError_type, "locals(): no current frame");
    return frame_locals(f);
}

static Result<Ref> builtin_vars(const Value* args, size_t nargs) {
    if (nargs == 0) return builtin_locals(args, 0);
    Result<Ref> d = getattr(args[0], intern("__dict__"));
    if (d.failed() && error_matches(AttributeError_type)) {
        error_clear();
        return raise(TypeError_type, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Result<Ref> builtin_dir(const Value* args, size_t nargs) {
    Ref names;
    if (nargs == 0) {
        Ref locals = TRY(builtin_locals(args, 0));
        Ref keys = TRY(call_method(locals, intern("keys"), {}));
        names = TRY(sequence_to_list(keys));
    } else {
        Ref listed;
        if (isinstance(args[0], &type_type)) {
            // dir(class): attributes along the MRO.
            Handle<Dict> seen = dict_new();
            Tuple* mro = args[0].as<TypeObject>()->mro.as<Tuple>();
            for (int64_t i = 0; i < mro->size; ++i) {
                Dict* d = mro->items[i].as<TypeObject>()->dict.as<Dict>();
                Value k, v;
                for (int64_t pos = 0; dict_next(d, &pos, &k, &v);) TRY(dict_set(seen.get(), k, None()));
            }
            listed = seen.ref();
        } else if (args[0].type() == &module_type) {
            listed = args[0].as<Module>()->dict;
        } else {
            Ref dir_fn = TRY(getattr(Value(args[0].type()), intern("__dir__")));
            listed = TRY(call(dir_fn, {args[0]}));
        }
        names = TRY(sequence_to_list(listed));
    }
    TRY(call_method(names, intern("sort"), {}));
    return names;
}

// ---------------------------------------------------------------- exec / eval / compile

static Result<Ref> run_with_namespaces(const Value* args, size_t nargs, CompileMode mode, const char* fname) {
    Value source = args[0];
    Frame* f = current_frame();
    bool explicit_globals = nargs > 1 && !args[1].is(None());
    Value globals = explicit_globals ? args[1] : Value(f ? f->globals() : nullptr);
    Value locals = nargs > 2 && !args[2].is(None()) ? args[2] : Value();
    if (!globals || !is_dict(globals))
        return raise_format(TypeError_type, "%s() globals must be a dict, not %s", fname, tname(globals).c_str());
    Ref snapshot; // exec() inside a function sees a snapshot of its locals, as CPython
    if (!explicit_globals && !locals && f) {
        snapshot = TRY(frame_locals(f));
        locals = snapshot;
    }
    if (!dict_get_str(globals.as<Dict>(), intern("__builtins__")))
        TRY(dict_set_str(globals.as<Dict>(), intern("__builtins__"), thread_state().builtins));
    if (source.type() == &code_type) return run_code(source.as<Code>(), globals.as<Dict>(), locals);
    if (!is_str(source)) return raise_format(TypeError_type, "%s() arg 1 must be a string, bytes or code object", fname);
    std::string text(source.as<Str>()->view());
    if (mode == CompileMode::Eval) {
        size_t start = text.find_first_not_of(" \t");
        text = start == std::string::npos ? "" : text.substr(start);
    }
    return exec_source(text, "<string>", globals.as<Dict>(), locals, mode);
}

static Result<Ref> builtin_exec(const Value* args, size_t nargs) {
    TRY(run_with_namespaces(args, nargs, CompileMode::Exec, "exec"));
    return Ref::borrow(None());
}
static Result<Ref> builtin_eval(const Value* args, size_t nargs) {
    return run_with_namespaces(args, nargs, CompileMode::Eval, "eval");
}
static Result<Ref> builtin_compile(const Value* args, size_t nargs) {
    if (!is_str(args[0])) return raise(TypeError_type, "compile() arg 1 must be a string, bytes or AST object");
    if (!is_str(args[1]) || !is_str(args[2])) return raise(TypeError_type, "compile() arguments 2 and 3 must be str");
    std::string_view mode = args[2].as<Str>()->view();
    CompileMode m = mode == "exec" ? CompileMode::Exec : mode == "eval" ? CompileMode::Eval : CompileMode::Single;
    if (mode != "exec" && mode != "eval" && mode != "single")
        return raise(ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
    (void)nargs;
    Handle<Code> code = TRY(compile_source(std::string(args[0].as<Str>()->view()), std::string(args[1].as<Str>()->view()), m));
    return std::move(code).ref();
}

static Result<Ref> builtin_import(CallArgs args) {
    if (args.nargs < 1 || !is_str(args[0])) return raise(TypeError_type, "__import__() argument 1 must be str");
    Value fromlist = args.nargs > 3 ? args[3] : Value();
    Ref module = TRY(import_module(std::string(args[0].as<Str>()->view())));
    if (fromlist && !fromlist.is(None()) && TRY(truthy(fromlist))) return module;
    std::string name(args[0].as<Str>()->view());
    return import_module(name.substr(0, name.find('.')));
}

// ---------------------------------------------------------------- exit / quit

struct Quitter : Object {
    const char* name;
};
static Result<Ref> quitter_repr(const Value* args, size_t) {
    return make_str(std::string("Use ") + args[0].as<Quitter>()->name + "() or Ctrl-D (i.e. EOF) to exit").ref();
}
static Result<Ref> quitter_call(const Value* args, size_t nargs) {
    Value code = nargs > 1 ? args[1] : None();
    Result<Ref> exc = call(Value(&SystemExit_type), {code});
    if (exc.failed()) return kError;
    return raise_object(exc.take());
}
static const MethodDef quitter_methods[] = {
    {"__repr__", quitter_repr, nullptr, 1, 1},
    {"__call__", quitter_call, nullptr, 1, 2},
    {nullptr},
};

static const MethodDef vm_builtins[] = {
    {"__build_class__", nullptr, build_class},
    {"globals", builtin_globals, nullptr, 0, 0, MethodKind::Static},
    {"locals", builtin_locals, nullptr, 0, 0, MethodKind::Static},
    {"vars", builtin_vars, nullptr, 0, 1, MethodKind::Static},
    {"dir", builtin_dir, nullptr, 0, 1, MethodKind::Static},
    {"exec", builtin_exec, nullptr, 1, 3, MethodKind::Static},
    {"eval", builtin_eval, nullptr, 1, 3, MethodKind::Static},
    {"compile", builtin_compile, nullptr, 3, 6, MethodKind::Static},
    {"__import__", nullptr, builtin_import},
    {nullptr},
};

Status add_vm_builtins(Dict* builtins) {
    TRY(add_functions(builtins, vm_builtins, make_str("builtins")));
    TRY(dict_set_str(builtins, intern("super"), Value(&super_type)));
    for (const char* name : {"exit", "quit"}) {
        auto* q = alloc<Quitter>(&quitter_type);
        q->name = name;
        TRY(dict_set_str(builtins, intern(name), Ref::steal(Value(q))));
    }
    return ok_status();
}

void init_builtins_vm_types() {
    init_native_type(&super_type, {.name = "super", .basicsize = sizeof(Super), .flags = kTypeBaseType | kTypeGC,
                                   .dealloc = generic_dealloc, .traverse = super_traverse, .clear = super_clear,
                                   .methods = super_methods, .getsets = super_getsets});
    init_native_type(&quitter_type, {.name = "Quitter", .module = "_sitebuiltins", .basicsize = sizeof(Quitter),
                                     .flags = 0, .methods = quitter_methods});
}

} // namespace pyco

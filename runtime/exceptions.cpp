// The built-in exception hierarchy (error.h), the thread state holding the
// current exception, and the C++ raising helpers.
//
// Every exception type shares the BaseException layout; the per-family
// payload fields (StopIteration.value, OSError.errno, …) are filled by the
// family's __init__ (or __new__ for OSError and exception groups, as in
// CPython's Objects/exceptions.c). Natively raised exceptions skip the
// Python-level __new__/__init__ dispatch: make_exception_from_args() builds
// the instance and runs the same family initialisation directly.
#include <cerrno>
#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/type_hierarchy.h"
#include "runtime/unicode.h"
#include "vm/code.h"

namespace pyco {

#define PYCO_DEFINE_EXC(name, base) TypeObject name##_type;
PYCO_EXCEPTION_TYPES(PYCO_DEFINE_EXC)
#undef PYCO_DEFINE_EXC

namespace {

// ---------------------------------------------------------------- small helpers

BaseException* as_exc(Value v) { return v.as<BaseException>(); }

Value or_none(const Ref& r) { return r ? r.get() : None(); }
Ref none_ref() { return Ref::borrow(None()); }

Tuple* exc_args(BaseException* e) { return e->args ? e->args.as<Tuple>() : empty_tuple(); }

Ref str_ref(std::string_view text) { return make_str(text).ref(); }

// "X() takes no keyword arguments", X being the instance's type name.
Status reject_keywords(CallArgs a, TypeObject* type) {
    if (a.nkw() == 0) return ok_status();
    return raise_format(TypeError_type, "%s() takes no keyword arguments", std::string(type->name_view()).c_str());
}

// Keyword-only parameters of an __init__ (NameError(name=…) and friends):
// fills out[i] for names[i]; unknown names raise CPython's message, which
// names the family (`fname`), not the subclass.
Status parse_keyword_only(CallArgs a, const char* fname, std::initializer_list<const char*> names, Value* out) {
    size_t nkw = a.nkw();
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view key = a.kwnames->items[k].as<Str>()->view();
        size_t i = 0;
        for (const char* n : names) {
            if (key == n) break;
            ++i;
        }
        if (i == names.size())
            return raise_format(TypeError_type, "'%s' is an invalid keyword argument for %s()", std::string(key).c_str(), fname);
        out[i] = a.args[a.nargs + k];
    }
    return ok_status();
}

// Instance methods receive args[0] = self; the rest are the call's arguments.
Handle<Tuple> rest_args(CallArgs a) { return tuple_from_array(a.args + 1, a.nargs - 1); }

// The check CPython's tp_new_wrapper makes before any native __new__ runs.
Result<TypeObject*> new_target(CallArgs a, const char* owner, TypeObject* base) {
    if (a.nargs < 1) return raise_format(TypeError_type, "%s.__new__(): not enough arguments", owner);
    Value cls = a.args[0];
    if (!isinstance(cls, &type_type))
        return raise_format(TypeError_type, "%s.__new__(X): X is not a type object (%s)", owner,
                            std::string(type_name(cls)).c_str());
    TypeObject* type = cls.as<TypeObject>();
    if (!is_subtype(type, base)) {
        std::string n(type->name_view());
        return raise_format(TypeError_type, "%s.__new__(%s): %s is not a subtype of %s", owner, n.c_str(), n.c_str(), owner);
    }
    return type;
}

Handle<BaseException> alloc_exception(TypeObject* type) {
    return Handle<BaseException>::steal(static_cast<BaseException*>(alloc_object(type, type->basicsize)));
}

// ---------------------------------------------------------------- GC support

#define PYCO_EXC_REF_FIELDS(X)                                                                \
    X(dict) X(args) X(traceback) X(cause) X(context) X(notes) X(value) X(code) X(name) X(obj) \
    X(msg) X(filename) X(lineno) X(offset) X(text) X(end_lineno) X(end_offset) X(path)        \
    X(myerrno) X(strerror) X(filename2) X(exceptions)

void exc_traverse(Object* self, VisitFn visit, void* ctx) {
    BaseException* e = static_cast<BaseException*>(self);
#define PYCO_VISIT(field) if (e->field) visit(e->field.get(), ctx);
    PYCO_EXC_REF_FIELDS(PYCO_VISIT)
#undef PYCO_VISIT
}

void exc_clear(Object* self) {
    BaseException* e = static_cast<BaseException*>(self);
#define PYCO_CLEAR(field) e->field.reset();
    PYCO_EXC_REF_FIELDS(PYCO_CLEAR)
#undef PYCO_CLEAR
}

// ---------------------------------------------------------------- family initialisation
//
// Each function receives the full args tuple (it has already been stored
// as .args) and sets the family's payload, mirroring the family's tp_init.

void stop_iteration_fill(BaseException* e, Tuple* args) {
    e->value = args->size > 0 ? Ref::borrow(args->items[0]) : none_ref();
}

void system_exit_fill(BaseException* e, Tuple* args) {
    if (args->size == 0) e->code.reset();
    else if (args->size == 1) e->code = Ref::borrow(args->items[0]);
    else e->code = Ref::borrow(args);
}

void import_error_fill(BaseException* e, Tuple* args) {
    if (args->size == 1) e->msg = Ref::borrow(args->items[0]);
    else e->msg.reset();
}

Status syntax_error_fill(BaseException* e, Tuple* args) {
    if (args->size >= 1) e->msg = Ref::borrow(args->items[0]);
    if (args->size != 2) return ok_status();
    Ref info = TRY(sequence_to_tuple(args->items[1]));
    Tuple* t = info.as<Tuple>();
    if (t->size < 4)
        return raise_format(TypeError_type, "function takes at least 4 arguments (%lld given)", (long long)t->size);
    if (t->size > 6)
        return raise_format(TypeError_type, "function takes at most 6 arguments (%lld given)", (long long)t->size);
    e->filename = Ref::borrow(t->items[0]);
    e->lineno = Ref::borrow(t->items[1]);
    e->offset = Ref::borrow(t->items[2]);
    e->text = Ref::borrow(t->items[3]);
    e->end_lineno = t->size > 4 ? Ref::borrow(t->items[4]) : Ref();
    e->end_offset = t->size > 5 ? Ref::borrow(t->items[5]) : Ref();
    if (e->end_lineno && !e->end_offset)
        return raise(TypeError_type, "end_offset must be provided when end_lineno is provided");
    return ok_status();
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]). With a
// filename, .args keeps only (errno, strerror), as CPython does.
void oserror_fill(BaseException* e, Tuple* args) {
    e->args = Ref::borrow(args);
    e->myerrno.reset();
    e->strerror.reset();
    e->filename.reset();
    e->filename2.reset();
    int64_t n = args->size;
    if (n < 2 || n > 5) return;
    e->myerrno = Ref::borrow(args->items[0]);
    e->strerror = Ref::borrow(args->items[1]);
    Value filename = n >= 3 ? args->items[2] : Value();
    if (!filename || filename.is(None())) return;
    // BlockingIOError's third argument (characters_written) is not modelled.
    e->filename = Ref::borrow(filename);
    if (n == 5 && !args->items[4].is(None())) e->filename2 = Ref::borrow(args->items[4]);
    e->args = tuple_from_array(args->items, 2).ref();
}

// Which subclass OSError(errno, …) really creates (CPython's errnomap).
TypeObject* oserror_subclass_for(int errnum) {
    switch (errnum) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return &BlockingIOError_type;
    case ECHILD: return &ChildProcessError_type;
    case EPIPE:
    case ESHUTDOWN: return &BrokenPipeError_type;
    case ECONNABORTED: return &ConnectionAbortedError_type;
    case ECONNREFUSED: return &ConnectionRefusedError_type;
    case ECONNRESET: return &ConnectionResetError_type;
    case EEXIST: return &FileExistsError_type;
    case ENOENT: return &FileNotFoundError_type;
    case EISDIR: return &IsADirectoryError_type;
    case ENOTDIR: return &NotADirectoryError_type;
    case EINTR: return &InterruptedError_type;
    case EACCES:
    case EPERM: return &PermissionError_type;
    case ESRCH: return &ProcessLookupError_type;
    case ETIMEDOUT: return &TimeoutError_type;
    default: return nullptr;
    }
}

// The payload initialisation a natively created instance of `type` needs.
Status native_fill(TypeObject* type, BaseException* e, Tuple* args) {
    if (is_subtype(type, &StopIteration_type)) {
        stop_iteration_fill(e, args);
    } else if (is_subtype(type, &SystemExit_type)) {
        system_exit_fill(e, args);
    } else if (is_subtype(type, &ImportError_type)) {
        import_error_fill(e, args);
    } else if (is_subtype(type, &SyntaxError_type)) {
        return syntax_error_fill(e, args);
    } else if (is_subtype(type, &OSError_type)) {
        oserror_fill(e, args);
    }
    return ok_status();
}

// ---------------------------------------------------------------- BaseException

Result<Ref> BaseException_new(CallArgs a) {
    TypeObject* type = TRY(new_target(a, "BaseException", &BaseException_type));
    Handle<BaseException> self = alloc_exception(type);
    self->args = tuple_from_array(a.args + 1, a.nargs - 1).ref();
    return std::move(self).ref();
}

Result<Ref> BaseException_init(CallArgs a) {
    BaseException* self = as_exc(a.args[0]);
    TRY(reject_keywords(a, self->type));
    self->args = rest_args(a).ref();
    return none_ref();
}

Result<Ref> BaseException_str_impl(BaseException* self) {
    Tuple* args = exc_args(self);
    if (args->size == 0) return str_ref("");
    if (args->size == 1) return str(args->items[0]);
    return str(args);
}

Result<Ref> BaseException_str(const Value* args, size_t) { return BaseException_str_impl(as_exc(args[0])); }

Result<Ref> BaseException_repr(const Value* argv, size_t) {
    BaseException* self = as_exc(argv[0]);
    std::string text(self->type->name_view());
    Tuple* args = exc_args(self);
    if (args->size == 1) {
        text += '(';
        text += TRY(repr_text(args->items[0]));
        text += ')';
    } else {
        text += TRY(repr_text(args));
    }
    return str_ref(text);
}

Result<Ref> BaseException_with_traceback(const Value* args, size_t) {
    Value tb = args[1];
    if (!tb.is(None()) && !isinstance_exact(tb, &traceback_type))
        return raise(TypeError_type, "__traceback__ must be a traceback or None");
    as_exc(args[0])->traceback = tb.is(None()) ? Ref() : Ref::borrow(tb);
    return Ref::borrow(args[0]);
}

Result<Ref> BaseException_add_note(const Value* args, size_t) {
    BaseException* self = as_exc(args[0]);
    Value note = args[1];
    if (!is_str(note)) return raise_format(TypeError_type, "note must be a str, not '%s'", std::string(type_name(note)).c_str());
    if (!self->notes) self->notes = list_new().ref();
    if (!is_list(self->notes)) return raise(TypeError_type, "Cannot add note: __notes__ is not a list");
    TRY(list_append(self->notes.as<List>(), note));
    return none_ref();
}

Result<Ref> BaseException_reduce(const Value* argv, size_t) {
    BaseException* self = as_exc(argv[0]);
    Value type = Value(self->type);
    if (self->dict && self->dict.as<Dict>()->used > 0)
        return tuple_pack({type, exc_args(self), self->dict.get()}).ref();
    return tuple_pack({type, exc_args(self)}).ref();
}

Result<Ref> BaseException_setstate(const Value* args, size_t) {
    Value state = args[1];
    if (state.is(None())) return none_ref();
    if (!is_dict(state)) return raise(TypeError_type, "state is not a dictionary");
    Dict* d = state.as<Dict>();
    Value key, value;
    for (int64_t pos = 0; dict_next(d, &pos, &key, &value);) {
        if (!is_str(key)) return raise(TypeError_type, "attribute name must be string");
        TRY(setattr(args[0], intern_str(key.as<Str>()), value));
    }
    return none_ref();
}

Result<Ref> get_args(Value self) { return Ref::borrow(exc_args(as_exc(self))); }

Status set_args(Value self, Value value) {
    if (!value) return raise(TypeError_type, "args may not be deleted");
    as_exc(self)->args = TRY(sequence_to_tuple(value));
    return ok_status();
}

Result<Ref> get_traceback(Value self) { return Ref::borrow(or_none(as_exc(self)->traceback)); }

Status set_traceback(Value self, Value value) {
    if (!value) return raise(TypeError_type, "__traceback__ may not be deleted");
    if (!value.is(None()) && !isinstance_exact(value, &traceback_type))
        return raise(TypeError_type, "__traceback__ must be a traceback or None");
    as_exc(self)->traceback = value.is(None()) ? Ref() : Ref::borrow(value);
    return ok_status();
}

// __cause__ and __context__ accept None or an exception instance.
Result<Ref> chained_value(Value value, const char* what) {
    if (value.is(None())) return Ref();
    if (!isinstance(value, &BaseException_type))
        return raise_format(TypeError_type, "exception %s must be None or derive from BaseException", what);
    return Ref::borrow(value);
}

Result<Ref> get_cause(Value self) { return Ref::borrow(or_none(as_exc(self)->cause)); }

Status set_cause(Value self, Value value) {
    if (!value) return raise(TypeError_type, "__cause__ may not be deleted");
    BaseException* e = as_exc(self);
    e->cause = TRY(chained_value(value, "cause"));
    e->suppress_context = true;
    return ok_status();
}

Result<Ref> get_context(Value self) { return Ref::borrow(or_none(as_exc(self)->context)); }

Status set_context(Value self, Value value) {
    if (!value) return raise(TypeError_type, "__context__ may not be deleted");
    as_exc(self)->context = TRY(chained_value(value, "context"));
    return ok_status();
}

Result<Ref> get_suppress_context(Value self) { return Ref::borrow(bool_value(as_exc(self)->suppress_context)); }

Status set_suppress_context(Value self, Value value) {
    if (!value) return raise(TypeError_type, "can't delete numeric/char attribute");
    if (!isinstance_exact(value, &bool_type)) return raise(TypeError_type, "attribute value type must be bool");
    as_exc(self)->suppress_context = value.is(True());
    return ok_status();
}

// __notes__ lives in its own field (CPython keeps it in __dict__); it is
// absent until add_note() or an assignment creates it.
Result<Ref> get_notes(Value self) {
    BaseException* e = as_exc(self);
    if (!e->notes) return raise_attribute_error(self, intern("__notes__"));
    return e->notes;
}

Status set_notes(Value self, Value value) {
    BaseException* e = as_exc(self);
    if (!value && !e->notes) return raise_attribute_error(self, intern("__notes__"));
    e->notes = value ? Ref::borrow(value) : Ref();
    return ok_status();
}

Result<Ref> get_dict(Value self) {
    BaseException* e = as_exc(self);
    if (!e->dict) e->dict = dict_new().ref();
    return e->dict;
}

Status set_dict(Value self, Value value) {
    if (!value) return raise(TypeError_type, "__dict__ may not be deleted");
    if (!is_dict(value)) return raise(TypeError_type, "__dict__ must be a dictionary");
    as_exc(self)->dict = Ref::borrow(value);
    return ok_status();
}

const MethodDef BaseException_methods[] = {
    {"__new__", nullptr, BaseException_new, 0, -1, MethodKind::Static},
    {"__init__", nullptr, BaseException_init},
    {"__str__", BaseException_str, nullptr, 1, 1},
    {"__repr__", BaseException_repr, nullptr, 1, 1},
    {"__reduce__", BaseException_reduce, nullptr, 1, 1},
    {"__setstate__", BaseException_setstate, nullptr, 2, 2},
    {"with_traceback", BaseException_with_traceback, nullptr, 2, 2, MethodKind::Instance,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", BaseException_add_note, nullptr, 2, 2, MethodKind::Instance,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {nullptr},
};

const GetSetDef BaseException_getsets[] = {
    {"__dict__", get_dict, set_dict},
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__context__", get_context, set_context},
    {"__cause__", get_cause, set_cause},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
    {"__notes__", get_notes, set_notes},
    {nullptr},
};

// ---------------------------------------------------------------- simple payload attributes
//
// Member-like attributes (CPython's T_OBJECT members): read None when unset,
// assignable and deletable.

#define PYCO_EXC_MEMBER(field)                                                                  \
    Result<Ref> get_##field(Value self) { return Ref::borrow(or_none(as_exc(self)->field)); } \
    Status set_##field(Value self, Value value) {                                             \
        as_exc(self)->field = value ? Ref::borrow(value) : Ref();                              \
        return ok_status();                                                                   \
    }
PYCO_EXC_MEMBER(value)
PYCO_EXC_MEMBER(code)
PYCO_EXC_MEMBER(name)
PYCO_EXC_MEMBER(obj)
PYCO_EXC_MEMBER(msg)
PYCO_EXC_MEMBER(path)
PYCO_EXC_MEMBER(filename)
PYCO_EXC_MEMBER(lineno)
PYCO_EXC_MEMBER(offset)
PYCO_EXC_MEMBER(text)
PYCO_EXC_MEMBER(end_lineno)
PYCO_EXC_MEMBER(end_offset)
PYCO_EXC_MEMBER(myerrno)
PYCO_EXC_MEMBER(strerror)
PYCO_EXC_MEMBER(filename2)
#undef PYCO_EXC_MEMBER

// SyntaxError.print_file_and_line: always None (the traceback printer only
// checks that it exists).
Result<Ref> get_print_file_and_line(Value) { return none_ref(); }
Status set_print_file_and_line(Value, Value) { return ok_status(); }

// ---------------------------------------------------------------- StopIteration, SystemExit

Result<Ref> StopIteration_init(CallArgs a) {
    TRY(BaseException_init(a));
    BaseException* self = as_exc(a.args[0]);
    stop_iteration_fill(self, exc_args(self));
    return none_ref();
}

const MethodDef StopIteration_methods[] = {
    {"__init__", nullptr, StopIteration_init},
    {nullptr},
};
const GetSetDef StopIteration_getsets[] = {
    {"value", get_value, set_value},
    {nullptr},
};

Result<Ref> SystemExit_init(CallArgs a) {
    TRY(BaseException_init(a));
    BaseException* self = as_exc(a.args[0]);
    system_exit_fill(self, exc_args(self));
    return none_ref();
}

const MethodDef SystemExit_methods[] = {
    {"__init__", nullptr, SystemExit_init},
    {nullptr},
};
const GetSetDef SystemExit_getsets[] = {
    {"code", get_code, set_code},
    {nullptr},
};

// ---------------------------------------------------------------- KeyError

Result<Ref> KeyError_str(const Value* argv, size_t) {
    BaseException* self = as_exc(argv[0]);
    Tuple* args = exc_args(self);
    // repr, so that KeyError('') does not print as an empty message.
    if (args->size == 1) return repr(args->items[0]);
    return BaseException_str_impl(self);
}

const MethodDef KeyError_methods[] = {
    {"__str__", KeyError_str, nullptr, 1, 1},
    {nullptr},
};

// ---------------------------------------------------------------- NameError, AttributeError, ImportError

Status store_positional_args(CallArgs a) {
    as_exc(a.args[0])->args = rest_args(a).ref();
    return ok_status();
}

Result<Ref> NameError_init(CallArgs a) {
    Value name;
    TRY(parse_keyword_only(a, "NameError", {"name"}, &name));
    TRY(store_positional_args(a));
    as_exc(a.args[0])->name = name ? Ref::borrow(name) : Ref();
    return none_ref();
}

const MethodDef NameError_methods[] = {
    {"__init__", nullptr, NameError_init},
    {nullptr},
};
const GetSetDef NameError_getsets[] = {
    {"name", get_name, set_name},
    {nullptr},
};

Result<Ref> AttributeError_init(CallArgs a) {
    Value kw[2];
    TRY(parse_keyword_only(a, "AttributeError", {"name", "obj"}, kw));
    TRY(store_positional_args(a));
    BaseException* self = as_exc(a.args[0]);
    self->name = kw[0] ? Ref::borrow(kw[0]) : Ref();
    self->obj = kw[1] ? Ref::borrow(kw[1]) : Ref();
    return none_ref();
}

const MethodDef AttributeError_methods[] = {
    {"__init__", nullptr, AttributeError_init},
    {nullptr},
};
const GetSetDef AttributeError_getsets[] = {
    {"name", get_name, set_name},
    {"obj", get_obj, set_obj},
    {nullptr},
};

Result<Ref> ImportError_init(CallArgs a) {
    Value kw[2];
    TRY(parse_keyword_only(a, "ImportError", {"name", "path"}, kw));
    TRY(store_positional_args(a));
    BaseException* self = as_exc(a.args[0]);
    self->name = kw[0] ? Ref::borrow(kw[0]) : Ref();
    self->path = kw[1] ? Ref::borrow(kw[1]) : Ref();
    import_error_fill(self, exc_args(self));
    return none_ref();
}

Result<Ref> ImportError_str(const Value* argv, size_t) {
    BaseException* self = as_exc(argv[0]);
    if (self->msg && isinstance_exact(self->msg, &str_type)) return self->msg;
    return BaseException_str_impl(self);
}

const MethodDef ImportError_methods[] = {
    {"__init__", nullptr, ImportError_init},
    {"__str__", ImportError_str, nullptr, 1, 1},
    {nullptr},
};
const GetSetDef ImportError_getsets[] = {
    {"msg", get_msg, set_msg},
    {"name", get_name, set_name},
    {"path", get_path, set_path},
    {nullptr},
};

// ---------------------------------------------------------------- SyntaxError

Result<Ref> SyntaxError_init(CallArgs a) {
    TRY(BaseException_init(a));
    BaseException* self = as_exc(a.args[0]);
    TRY(syntax_error_fill(self, exc_args(self)));
    return none_ref();
}

// "msg (file.py, line 3)": the file's base name only.
Result<Ref> SyntaxError_str(const Value* argv, size_t) {
    BaseException* self = as_exc(argv[0]);
    std::string msg = TRY(str_text(or_none(self->msg)));
    bool have_file = self->filename && is_str(self->filename);
    int64_t lineno = 0;
    bool have_lineno = self->lineno && isinstance_exact(self->lineno, &int_type) && int_to_int64(self->lineno, &lineno);
    if (!have_file && !have_lineno) return str_ref(msg);
    std::string text = msg + " (";
    if (have_file) {
        std::string_view path = self->filename.as<Str>()->view();
        size_t slash = path.rfind('/');
        text += slash == std::string_view::npos ? path : path.substr(slash + 1);
        if (have_lineno) text += ", ";
    }
    if (have_lineno) text += "line " + std::to_string(lineno);
    text += ')';
    return str_ref(text);
}

const MethodDef SyntaxError_methods[] = {
    {"__init__", nullptr, SyntaxError_init},
    {"__str__", SyntaxError_str, nullptr, 1, 1},
    {nullptr},
};
const GetSetDef SyntaxError_getsets[] = {
    {"msg", get_msg, set_msg},
    {"filename", get_filename, set_filename},
    {"lineno", get_lineno, set_lineno},
    {"offset", get_offset, set_offset},
    {"text", get_text, set_text},
    {"end_lineno", get_end_lineno, set_end_lineno},
    {"end_offset", get_end_offset, set_end_offset},
    {"print_file_and_line", get_print_file_and_line, set_print_file_and_line},
    {nullptr},
};

// ---------------------------------------------------------------- OSError

Value type_dict_entry(TypeObject* type, const char* name) { return dict_get_str(type->dict.as<Dict>(), intern(name)); }

// CPython parses OSError's arguments in __new__, unless a subclass defines
// its own __init__ (and not its own __new__): then __new__ ignores them and
// OSError.__init__ does the work when (if) the subclass calls it.
bool oserror_use_init(TypeObject* type) {
    Str* init = intern("__init__");
    Str* new_ = intern("__new__");
    return type_lookup(type, init) != type_dict_entry(&OSError_type, "__init__") &&
           type_lookup(type, new_) == type_dict_entry(&OSError_type, "__new__");
}

Result<Ref> OSError_new(CallArgs a) {
    TypeObject* type = TRY(new_target(a, "OSError", &OSError_type));
    Handle<Tuple> args = tuple_from_array(a.args + 1, a.nargs - 1);
    bool use_init = oserror_use_init(type);
    if (!use_init) {
        TRY(reject_keywords(a, type));
        int64_t errnum = 0;
        if (type == &OSError_type && args->size >= 2 && args->size <= 5 && is_int(args->items[0]) &&
            int_to_int64(args->items[0], &errnum) && errnum == static_cast<int>(errnum)) {
            if (TypeObject* sub = oserror_subclass_for(static_cast<int>(errnum))) type = sub;
        }
    }
    Handle<BaseException> self = alloc_exception(type);
    if (use_init) self->args = Ref::borrow(empty_tuple());
    else oserror_fill(self.get(), args.get());
    return std::move(self).ref();
}

Result<Ref> OSError_init(CallArgs a) {
    BaseException* self = as_exc(a.args[0]);
    if (!oserror_use_init(self->type)) return none_ref(); // __new__ did everything
    TRY(reject_keywords(a, self->type));
    oserror_fill(self, rest_args(a).get());
    return none_ref();
}

Result<Ref> OSError_str(const Value* argv, size_t) {
    BaseException* self = as_exc(argv[0]);
    if (self->filename || (self->myerrno && self->strerror)) {
        std::string text = "[Errno " + TRY(str_text(or_none(self->myerrno))) + "] " + TRY(str_text(or_none(self->strerror)));
        if (self->filename) {
            text += ": " + TRY(repr_text(self->filename));
            if (self->filename2) text += " -> " + TRY(repr_text(self->filename2));
        }
        return str_ref(text);
    }
    return BaseException_str_impl(self);
}

const MethodDef OSError_methods[] = {
    {"__new__", nullptr, OSError_new, 0, -1, MethodKind::Static},
    {"__init__", nullptr, OSError_init},
    {"__str__", OSError_str, nullptr, 1, 1},
    {nullptr},
};
const GetSetDef OSError_getsets[] = {
    {"errno", get_myerrno, set_myerrno},
    {"strerror", get_strerror, set_strerror},
    {"filename", get_filename, set_filename},
    {"filename2", get_filename2, set_filename2},
    {nullptr},
};

// ---------------------------------------------------------------- UnicodeDecodeError, UnicodeEncodeError
//
// Simplification: encoding/object/start/end/reason are read-only views of
// .args (CPython keeps separately assignable copies).

Result<Ref> unicode_error_init(CallArgs a, bool decode) {
    TRY(BaseException_init(a));
    size_t n = a.nargs - 1;
    if (n != 5) return raise_format(TypeError_type, "function takes exactly 5 arguments (%zu given)", n);
    const Value* v = a.args + 1;
    if (!is_str(v[0])) return raise_format(TypeError_type, "argument 1 must be str, not %s", std::string(type_name(v[0])).c_str());
    if (decode && !is_bytes(v[1]))
        return raise_format(TypeError_type, "a bytes-like object is required, not '%s'", std::string(type_name(v[1])).c_str());
    if (!decode && !is_str(v[1]))
        return raise_format(TypeError_type, "argument 2 must be str, not %s", std::string(type_name(v[1])).c_str());
    for (int i = 2; i < 4; ++i)
        if (!is_int(v[i]))
            return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer", std::string(type_name(v[i])).c_str());
    if (!is_str(v[4])) return raise_format(TypeError_type, "argument 5 must be str, not %s", std::string(type_name(v[4])).c_str());
    return none_ref();
}

Result<Ref> UnicodeDecodeError_init(CallArgs a) { return unicode_error_init(a, true); }
Result<Ref> UnicodeEncodeError_init(CallArgs a) { return unicode_error_init(a, false); }

// The five constructor arguments, or null when .args has another shape.
const Value* unicode_error_fields(Value self) {
    Tuple* args = exc_args(as_exc(self));
    return args->size == 5 ? args->items : nullptr;
}

Result<Ref> unicode_field(Value self, int i) {
    const Value* f = unicode_error_fields(self);
    return Ref::borrow(f ? f[i] : None());
}
Result<Ref> get_encoding(Value self) { return unicode_field(self, 0); }
Result<Ref> get_object(Value self) { return unicode_field(self, 1); }
Result<Ref> get_start(Value self) { return unicode_field(self, 2); }
Result<Ref> get_end(Value self) { return unicode_field(self, 3); }
Result<Ref> get_reason(Value self) { return unicode_field(self, 4); }

Result<Ref> unicode_error_str(Value self, bool decode) {
    const Value* f = unicode_error_fields(self);
    int64_t start = 0, end = 0;
    if (!f || !int_to_int64(f[2], &start) || !int_to_int64(f[3], &end)) return str_ref("");
    std::string encoding = TRY(str_text(f[0]));
    std::string reason = TRY(str_text(f[4]));
    int64_t len = decode ? f[1].as<Bytes>()->size : f[1].as<Str>()->length;
    char buf[64];
    std::string text = "'" + encoding + "' codec can't " + (decode ? "decode " : "encode ");
    if (start < len && end == start + 1) {
        if (decode) {
            std::snprintf(buf, sizeof buf, "byte 0x%02x", static_cast<unsigned char>(f[1].as<Bytes>()->data[start]));
            text += buf;
        } else {
            std::string_view text_view = f[1].as<Str>()->view();
            const char* p = text_view.data() + utf8_offset(text_view, start);
            uint32_t cp = utf8_decode(p);
            const char* fmt = cp <= 0xff ? "character '\\x%02x'" : cp <= 0xffff ? "character '\\u%04x'" : "character '\\U%08x'";
            std::snprintf(buf, sizeof buf, fmt, cp);
            text += buf;
        }
        text += " in position " + std::to_string(start);
    } else {
        text += decode ? "bytes" : "characters";
        text += " in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
    return str_ref(text + ": " + reason);
}

Result<Ref> UnicodeDecodeError_str(const Value* args, size_t) { return unicode_error_str(args[0], true); }
Result<Ref> UnicodeEncodeError_str(const Value* args, size_t) { return unicode_error_str(args[0], false); }

const MethodDef UnicodeDecodeError_methods[] = {
    {"__init__", nullptr, UnicodeDecodeError_init},
    {"__str__", UnicodeDecodeError_str, nullptr, 1, 1},
    {nullptr},
};
const MethodDef UnicodeEncodeError_methods[] = {
    {"__init__", nullptr, UnicodeEncodeError_init},
    {"__str__", UnicodeEncodeError_str, nullptr, 1, 1},
    {nullptr},
};
const GetSetDef UnicodeError_getsets[] = {
    {"encoding", get_encoding}, {"object", get_object}, {"start", get_start},
    {"end", get_end},           {"reason", get_reason}, {nullptr},
};

// ---------------------------------------------------------------- exception groups

// PySequence_Check: anything with __getitem__ except a dict.
bool is_sequence(Value v) {
    return !isinstance(v, &dict_type) && lookup_special(v.type(), Special::getitem);
}

Result<Ref> BaseExceptionGroup_new(CallArgs a) {
    TypeObject* type = TRY(new_target(a, "BaseExceptionGroup", &BaseExceptionGroup_type));
    size_t n = a.nargs - 1;
    if (n != 2)
        return raise_format(TypeError_type, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", n);
    Value message = a.args[1];
    if (!is_str(message))
        return raise_format(TypeError_type, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                            std::string(type_name(message)).c_str());
    if (!is_sequence(a.args[2])) return raise(TypeError_type, "second argument (exceptions) must be a sequence");
    Ref excs = TRY(sequence_to_tuple(a.args[2]));
    Tuple* items = excs.as<Tuple>();
    if (items->size == 0) return raise(ValueError_type, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base_exceptions = false;
    for (int64_t i = 0; i < items->size; ++i) {
        if (!isinstance(items->items[i], &BaseException_type))
            return raise_format(ValueError_type, "Item %lld of second argument (exceptions) is not an exception", (long long)i);
        if (!isinstance(items->items[i], &Exception_type)) nested_base_exceptions = true;
    }
    if (type == &ExceptionGroup_type) {
        if (nested_base_exceptions) return raise(TypeError_type, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (type == &BaseExceptionGroup_type) {
        if (!nested_base_exceptions) type = &ExceptionGroup_type;
    } else if (nested_base_exceptions && is_subtype(type, &Exception_type)) {
        return raise_format(TypeError_type, "Cannot nest BaseExceptions in '%s'", std::string(type->name_view()).c_str());
    }
    Handle<BaseException> self = alloc_exception(type);
    self->args = tuple_from_array(a.args + 1, n).ref();
    self->msg = Ref::borrow(message);
    self->exceptions = std::move(excs);
    return std::move(self).ref();
}

Result<Ref> BaseExceptionGroup_init(CallArgs a) {
    TRY(reject_keywords(a, a.args[0].type()));
    return BaseException_init(a);
}

Result<Ref> BaseExceptionGroup_str(const Value* argv, size_t) {
    BaseException* self = as_exc(argv[0]);
    std::string text = TRY(str_text(or_none(self->msg)));
    int64_t n = self->exceptions ? self->exceptions.as<Tuple>()->size : 0;
    text += " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s)" : ")");
    return str_ref(text);
}

Result<Ref> BaseExceptionGroup_derive(const Value* args, size_t) {
    BaseException* self = as_exc(args[0]);
    return call(Value(&BaseExceptionGroup_type), {or_none(self->msg), args[1]});
}

// How split()/subgroup() test a leaf: by exception type(s) or by predicate.
struct GroupMatcher {
    Value condition;
    bool by_type;
};

Result<GroupMatcher> make_matcher(Value condition) {
    auto is_exc_class = [](Value v) { return isinstance(v, &type_type) && is_subtype(v.as<TypeObject>(), &BaseException_type); };
    if (is_callable(condition) && !isinstance(condition, &type_type)) return GroupMatcher{condition, false};
    if (is_exc_class(condition)) return GroupMatcher{condition, true};
    if (isinstance_exact(condition, &tuple_type)) {
        Tuple* t = condition.as<Tuple>();
        bool all = true;
        for (int64_t i = 0; i < t->size && all; ++i) all = is_exc_class(t->items[i]);
        if (all) return GroupMatcher{condition, true};
    }
    return raise(TypeError_type, "expected a function, exception type or tuple of exception types");
}

Result<bool> matcher_matches(const GroupMatcher& m, Value exc) {
    if (!m.by_type) {
        Ref r = TRY(call(m.condition, {exc}));
        return truthy(r);
    }
    if (isinstance(m.condition, &type_type)) return isinstance(exc, m.condition.as<TypeObject>());
    Tuple* t = m.condition.as<Tuple>();
    for (int64_t i = 0; i < t->size; ++i)
        if (isinstance(exc, t->items[i].as<TypeObject>())) return true;
    return false;
}

struct SplitResult {
    Ref match;
    Ref rest;
};

Status group_split(Value exc, const GroupMatcher& m, bool construct_rest, SplitResult* out) {
    if (TRY(matcher_matches(m, exc))) {
        out->match = Ref::borrow(exc);
        return ok_status();
    }
    if (!isinstance(exc, &BaseExceptionGroup_type)) {
        if (construct_rest) out->rest = Ref::borrow(exc);
        return ok_status();
    }
    Handle<List> match_list = list_new();
    Handle<List> rest_list = list_new();
    Tuple* excs = as_exc(exc)->exceptions.as<Tuple>();
    for (int64_t i = 0; i < excs->size; ++i) {
        SplitResult sub;
        TRY(group_split(excs->items[i], m, construct_rest, &sub));
        if (sub.match) TRY(list_append(match_list.get(), sub.match));
        if (sub.rest) TRY(list_append(rest_list.get(), sub.rest));
    }
    out->match = TRY(exception_group_subset(exc, match_list.get()));
    if (construct_rest) out->rest = TRY(exception_group_subset(exc, rest_list.get()));
    return ok_status();
}

Result<Ref> BaseExceptionGroup_split(const Value* args, size_t) {
    GroupMatcher m = TRY(make_matcher(args[1]));
    SplitResult r;
    TRY(group_split(args[0], m, true, &r));
    return tuple_pack({or_none(r.match), or_none(r.rest)}).ref();
}

Result<Ref> BaseExceptionGroup_subgroup(const Value* args, size_t) {
    GroupMatcher m = TRY(make_matcher(args[1]));
    SplitResult r;
    TRY(group_split(args[0], m, false, &r));
    return Ref::borrow(or_none(r.match));
}

Result<Ref> get_group_message(Value self) { return Ref::borrow(or_none(as_exc(self)->msg)); }
Result<Ref> get_group_exceptions(Value self) { return Ref::borrow(or_none(as_exc(self)->exceptions)); }

const MethodDef BaseExceptionGroup_methods[] = {
    {"__new__", nullptr, BaseExceptionGroup_new, 0, -1, MethodKind::Static},
    {"__init__", nullptr, BaseExceptionGroup_init},
    {"__str__", BaseExceptionGroup_str, nullptr, 1, 1},
    {"derive", BaseExceptionGroup_derive, nullptr, 2, 2},
    {"split", BaseExceptionGroup_split, nullptr, 2, 2},
    {"subgroup", BaseExceptionGroup_subgroup, nullptr, 2, 2},
    {nullptr},
};
const GetSetDef BaseExceptionGroup_getsets[] = {
    {"message", get_group_message},
    {"exceptions", get_group_exceptions},
    {nullptr},
};

// ---------------------------------------------------------------- the type table

struct ExceptionSpec {
    TypeObject* type;
    const char* name;
    TypeObject* base;
    const char* doc;
    const MethodDef* methods = nullptr;
    const GetSetDef* getsets = nullptr;
};

// The docstrings are CPython's.
const char* exception_doc(std::string_view name) {
    static const struct {
        const char* name;
        const char* doc;
    } docs[] = {
        {"BaseException", "Common base class for all exceptions"},
        {"BaseExceptionGroup", "A combination of multiple unrelated exceptions."},
        {"GeneratorExit", "Request that a generator exit."},
        {"KeyboardInterrupt", "Program interrupted by user."},
        {"SystemExit", "Request to exit from the interpreter."},
        {"Exception", "Common base class for all non-exit exceptions."},
        {"ArithmeticError", "Base class for arithmetic errors."},
        {"FloatingPointError", "Floating point operation failed."},
        {"OverflowError", "Result too large to be represented."},
        {"ZeroDivisionError", "Second argument to a division or modulo operation was zero."},
        {"AssertionError", "Assertion failed."},
        {"AttributeError", "Attribute not found."},
        {"BufferError", "Buffer error."},
        {"EOFError", "Read beyond end of file."},
        {"ImportError", "Import can't find module, or can't find name in module."},
        {"ModuleNotFoundError", "Module not found."},
        {"LookupError", "Base class for lookup errors."},
        {"IndexError", "Sequence index out of range."},
        {"KeyError", "Mapping key not found."},
        {"MemoryError", "Out of memory."},
        {"NameError", "Name not found globally."},
        {"UnboundLocalError", "Local name referenced but not bound to a value."},
        {"OSError", "Base class for I/O related errors."},
        {"BlockingIOError", "I/O operation would block."},
        {"ChildProcessError", "Child process error."},
        {"ConnectionError", "Connection error."},
        {"BrokenPipeError", "Broken pipe."},
        {"ConnectionAbortedError", "Connection aborted."},
        {"ConnectionRefusedError", "Connection refused."},
        {"ConnectionResetError", "Connection reset."},
        {"FileExistsError", "File already exists."},
        {"FileNotFoundError", "File not found."},
        {"InterruptedError", "Interrupted by signal."},
        {"IsADirectoryError", "Operation doesn't work on directories."},
        {"NotADirectoryError", "Operation only works on directories."},
        {"PermissionError", "Not enough permissions."},
        {"ProcessLookupError", "Process not found."},
        {"TimeoutError", "Timeout expired."},
        {"ReferenceError", "Weak ref proxy used after referent went away."},
        {"RuntimeError", "Unspecified run-time error."},
        {"NotImplementedError", "Method or function hasn't been implemented yet."},
        {"RecursionError", "Recursion limit exceeded."},
        {"StopAsyncIteration", "Signal the end from iterator.__anext__()."},
        {"StopIteration", "Signal the end from iterator.__next__()."},
        {"SyntaxError", "Invalid syntax."},
        {"IndentationError", "Improper indentation."},
        {"TabError", "Improper mixture of spaces and tabs."},
        {"SystemError",
         "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the "
         "traceback,\nthe Python version, and the hardware/OS platform and version."},
        {"TypeError", "Inappropriate argument type."},
        {"ValueError", "Inappropriate argument value (of correct type)."},
        {"UnicodeError", "Unicode related error."},
        {"UnicodeDecodeError", "Unicode decoding error."},
        {"UnicodeEncodeError", "Unicode encoding error."},
        {"Warning", "Base class for warning categories."},
        {"DeprecationWarning", "Base class for warnings about deprecated features."},
        {"RuntimeWarning", "Base class for warnings about dubious runtime behavior."},
        {"UserWarning", "Base class for warnings generated by user code."},
        {"PendingDeprecationWarning", "Base class for warnings about features which will be deprecated\nin the future."},
        {"SyntaxWarning", "Base class for warnings about dubious syntax."},
        {"FutureWarning", "Base class for warnings about constructs that will change semantically\nin the future."},
        {"ImportWarning", "Base class for warnings about probable mistakes in module imports"},
        {"UnicodeWarning", "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."},
        {"BytesWarning",
         "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or "
         "comparing to str."},
        {"ResourceWarning", "Base class for warnings about resource usage."},
        {"EncodingWarning", "Base class for warnings about encodings."},
    };
    for (const auto& d : docs)
        if (name == d.name) return d.doc;
    return nullptr;
}

// Methods and attributes a family adds on top of what it inherits.
void family_tables(TypeObject* type, const MethodDef** methods, const GetSetDef** getsets) {
    static const struct {
        TypeObject* type;
        const MethodDef* methods;
        const GetSetDef* getsets;
    } families[] = {
        {&BaseException_type, BaseException_methods, BaseException_getsets},
        {&BaseExceptionGroup_type, BaseExceptionGroup_methods, BaseExceptionGroup_getsets},
        {&StopIteration_type, StopIteration_methods, StopIteration_getsets},
        {&SystemExit_type, SystemExit_methods, SystemExit_getsets},
        {&KeyError_type, KeyError_methods, nullptr},
        {&NameError_type, NameError_methods, NameError_getsets},
        {&AttributeError_type, AttributeError_methods, AttributeError_getsets},
        {&ImportError_type, ImportError_methods, ImportError_getsets},
        {&SyntaxError_type, SyntaxError_methods, SyntaxError_getsets},
        {&OSError_type, OSError_methods, OSError_getsets},
        {&UnicodeDecodeError_type, UnicodeDecodeError_methods, UnicodeError_getsets},
        {&UnicodeEncodeError_type, UnicodeEncodeError_methods, UnicodeError_getsets},
    };
    for (const auto& f : families) {
        if (f.type == type) {
            *methods = f.methods;
            *getsets = f.getsets;
            return;
        }
    }
}

void init_exception_type(TypeObject* type, const char* name, const char* module, TypeObject* base) {
    NativeTypeSpec spec;
    spec.name = name;
    spec.module = module;
    spec.base = base;
    spec.basicsize = sizeof(BaseException);
    spec.flags = kTypeBaseType | kTypeGC | kTypeIsException;
    spec.dealloc = generic_dealloc;
    spec.traverse = exc_traverse;
    spec.clear = exc_clear;
    spec.doc = exception_doc(name);
    family_tables(type, &spec.methods, &spec.getsets);
    init_native_type(type, spec);
    // BaseException is not standard-layout (fields in Object and here), but
    // GCC lays out single inheritance predictably.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    type->dict_offset = offsetof(BaseException, dict);
#pragma GCC diagnostic pop
}

// `type` gets `extra_base` after its native base, as `class type(base,
// extra_base)` would: both bases are native exception types whose MROs are
// consistent, so the merge cannot fail.
void add_second_base(TypeObject* type, TypeObject* extra_base) {
    type->bases = tuple_pack({Value(type->base), Value(extra_base)}).ref();
    Result<Ref> mro = compute_mro(type, type->bases.as<Tuple>());
    type->mro = mro.take();
    (void)add_subclass_of_each(tuple_pack({Value(extra_base)}).get(), type);
    invalidate_type_caches();
}

// ---------------------------------------------------------------- thread state

// pyco has no threads: one thread state. Plain Values rather than Refs so
// that no Python object is deallocated by a static destructor at exit.
Value g_current_exception; // owned
// raise_no_memory() must not allocate: it raises this instance (immortal).
Value g_memory_error;

void set_current(Value exc) {
    Value old = g_current_exception;
    g_current_exception = exc;
    decref(old);
}

} // namespace

// A copy of `orig` holding only `excs` (via orig.derive, so subclasses can
// control the type), carrying over traceback, cause, context and notes.
Result<Ref> exception_group_subset(Value orig, List* excs) {
    if (excs->size == 0) return Ref();
    Ref eg = TRY(call_method(orig, intern("derive"), {Value(excs)}));
    if (!isinstance(eg, &BaseExceptionGroup_type))
        return raise(TypeError_type, "derive must return an instance of BaseExceptionGroup");
    BaseException* src = as_exc(orig);
    BaseException* dst = as_exc(eg);
    dst->traceback = src->traceback;
    dst->context = src->context;
    dst->cause = src->cause;
    dst->suppress_context = true; // PyException_SetCause always sets it
    if (src->notes && is_sequence(src->notes)) dst->notes = TRY(sequence_to_list(src->notes));
    return eg;
}


// Implicit chaining: `exc.__context__ = <exception being handled>`, after
// cutting `exc` out of the handled exception's context chain so no cycle
// forms (CPython's _PyErr_SetObject; Floyd's algorithm stops on cycles
// that already exist).
void chain_exception_context(Value exc, Value handled) {
    if (!handled || handled.is(None()) || handled.is(exc) || !isinstance(exc, &BaseException_type)) return;
    BaseException* o = as_exc(handled);
    BaseException* slow = o;
    bool advance_slow = false;
    while (o->context) {
        BaseException* context = as_exc(o->context);
        if (Value(context).is(exc)) {
            o->context.reset();
            break;
        }
        o = context;
        if (o == slow) break;
        if (advance_slow) slow = as_exc(slow->context);
        advance_slow = !advance_slow;
    }
    as_exc(exc)->context = Ref::borrow(handled);
}

// ---------------------------------------------------------------- public API

void init_exception_types() {
    // ExceptionGroup is `class ExceptionGroup(BaseExceptionGroup, Exception)`;
    // the X-macro lists its second base.
#define PYCO_INIT_EXC(name, base)                                           \
    init_exception_type(&name##_type, #name, "builtins",                    \
                        &name##_type == &ExceptionGroup_type ? &BaseExceptionGroup_type : &base##_type);
    PYCO_EXCEPTION_TYPES(PYCO_INIT_EXC)
#undef PYCO_INIT_EXC
    add_second_base(&ExceptionGroup_type, &Exception_type);
    Handle<BaseException> memory_error = alloc_exception(&MemoryError_type);
    memory_error->args = Ref::borrow(empty_tuple());
    g_memory_error = memory_error.release();
}

void init_exception_subtype(TypeObject* type, const char* name, const char* module, TypeObject* base,
                            TypeObject* extra_base) {
    init_exception_type(type, name, module, base);
    if (extra_base) add_second_base(type, extra_base);
}

Result<Ref> make_exception_from_args(TypeObject& type, Tuple* args) {
    Handle<BaseException> self = alloc_exception(&type);
    self->args = Ref::borrow(args);
    TRY(native_fill(&type, self.get(), args));
    return std::move(self).ref();
}

Result<Ref> make_exception(TypeObject& type, std::string_view message) {
    Ref text = str_ref(message);
    return make_exception_from_args(type, tuple_pack({text.get()}).get());
}

ErrorTag raise_object(Ref exc) {
    chain_exception_context(exc, current_handled_exception());
    set_current(exc.release());
    return kError;
}

// Raising needs an instance; if building it fails, that failure (already
// set) is what propagates.
static ErrorTag raise_with_args(TypeObject& type, Tuple* args) {
    Result<Ref> exc = make_exception_from_args(type, args);
    if (exc.failed()) return kError;
    return raise_object(exc.take());
}

ErrorTag raise(TypeObject& type, std::string_view message) {
    Ref text = str_ref(message);
    return raise_with_args(type, tuple_pack({text.get()}).get());
}

ErrorTag raise(TypeObject& type) { return raise_with_args(type, empty_tuple()); }

ErrorTag raise_format(TypeObject& type, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = std::vsnprintf(nullptr, 0, fmt, ap);
    va_end(ap);
    std::string text(n > 0 ? static_cast<size_t>(n) : 0, '\0');
    std::vsnprintf(text.data(), text.size() + 1, fmt, ap2);
    va_end(ap2);
    return raise(type, text);
}

ErrorTag raise_stop_iteration(Value value) {
    if (!value || value.is(None())) return raise(StopIteration_type);
    return raise_with_args(StopIteration_type, tuple_pack({value}).get());
}

ErrorTag raise_key_error(Value key) {
    // Always wrapped in a 1-tuple, so a tuple key is not unpacked into args.
    return raise_with_args(KeyError_type, tuple_pack({key}).get());
}

ErrorTag raise_no_memory() {
    BaseException* e = as_exc(g_memory_error);
    e->traceback.reset();
    e->context.reset();
    e->cause.reset();
    incref(g_memory_error);
    set_current(g_memory_error);
    return kError;
}

ErrorTag raise_os_error(int errnum, Value filename) {
    TypeObject* type = oserror_subclass_for(errnum);
    Ref code = make_int(errnum);
    Ref message = str_ref(std::strerror(errnum));
    Handle<Tuple> args = filename ? tuple_pack({code.get(), message.get(), filename}) : tuple_pack({code.get(), message.get()});
    return raise_with_args(type ? *type : OSError_type, args.get());
}

ErrorTag raise_attribute_error(Value obj, Str* name) {
    std::string n(name->view());
    std::string text;
    if (isinstance(obj, &type_type)) {
        text = "type object '" + std::string(obj.as<TypeObject>()->name_view()) + "' has no attribute '" + n + "'";
    } else if (isinstance(obj, &module_type)) {
        Value mod_name = obj.as<Module>()->name;
        text = "module '" + std::string(mod_name && is_str(mod_name) ? mod_name.as<Str>()->view() : "?") +
               "' has no attribute '" + n + "'";
    } else {
        text = "'" + std::string(type_name(obj)) + "' object has no attribute '" + n + "'";
    }
    Result<Ref> exc = make_exception(AttributeError_type, text);
    if (exc.failed()) return kError;
    as_exc(exc.value())->name = Ref::borrow(name);
    as_exc(exc.value())->obj = Ref::borrow(obj);
    return raise_object(exc.take());
}

ErrorTag raise_name_error(Str* name, Dict* globals, Dict* builtins) {
    Result<Ref> exc = make_exception(NameError_type, "name '" + std::string(name->view()) + "' is not defined");
    if (exc.failed()) return kError;
    BaseException* e = as_exc(exc.value());
    e->name = Ref::borrow(name);
    // NameError has no Python-visible .obj: it keeps (globals, builtins) for
    // the suggestion, which CPython reads from the traceback's frame.
    if (globals && builtins) e->obj = tuple_pack({Value(globals), Value(builtins)}).ref();
    return raise_object(exc.take());
}

std::string_view type_name(Value v) { return v.type()->message_name(); }

bool error_occurred() { return !g_current_exception.is_null(); }

Ref error_fetch() {
    Value exc = g_current_exception;
    g_current_exception = Value();
    return Ref::steal(exc);
}

Value error_peek() { return g_current_exception; }
void error_restore(Ref exc) { set_current(exc.release()); }
void error_clear() { set_current(Value()); }

bool exception_matches(Value exc, TypeObject& type) { return exc && isinstance(exc, &type); }
bool error_matches(TypeObject& type) { return exception_matches(g_current_exception, type); }

} // namespace pyco

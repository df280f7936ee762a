// Code objects, functions, cells and traceback entries as Python objects.
#include "vm/code.h"

#include <algorithm>
#include <new>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

namespace pyco {

TypeObject code_type, function_type, cell_type, traceback_type;

// ---------------------------------------------------------------- code

void Code::finish_layout() {
    ncells = static_cast<int32_t>(cellvars.as<Tuple>()->size + freevars.as<Tuple>()->size);
    global_cache.assign(static_cast<size_t>(names.as<Tuple>()->size), GlobalCache{});
    method_cache.assign(static_cast<size_t>(names.as<Tuple>()->size), MethodCache{});
    attr_cache.assign(static_cast<size_t>(names.as<Tuple>()->size), AttrCache{});
    bool plain = ncells == 0 && kwonlyargcount == 0 && !(flags & (kCodeVarargs | kCodeVarkeywords));
    fast_argc = plain ? argcount : -1;
}

const LineEntry* Code::line_entry_for(uint32_t instr) const {
    // The last entry starting at or before instr.
    auto it = std::upper_bound(line_table.begin(), line_table.end(), instr,
                               [](uint32_t i, const LineEntry& e) { return i < e.start; });
    if (it == line_table.begin()) return nullptr;
    return &*(it - 1);
}

int Code::line_for(uint32_t instr) const {
    const LineEntry* e = line_entry_for(instr);
    return e && e->line > 0 ? e->line : firstlineno;
}

Handle<Code> make_code() {
    auto* c = alloc<Code>(&code_type);
    // The C++ members need construction; the allocator only zeroes memory.
    new (&c->code) std::vector<CodeUnit>();
    new (&c->exception_table) std::vector<ExceptionEntry>();
    new (&c->line_table) std::vector<LineEntry>();
    new (&c->cell2arg) std::vector<int32_t>();
    new (&c->attr_cache_alt) std::vector<AttrCache>();
    Tuple* empty = empty_tuple();
    for (Ref* r : {&c->consts, &c->names, &c->varnames, &c->cellvars, &c->freevars}) *r = Ref::borrow(Value(empty));
    return Handle<Code>::steal(c);
}

static void code_dealloc(Object* self) {
    auto* c = static_cast<Code*>(self);
    for (Ref* r : {&c->name, &c->qualname, &c->filename, &c->consts, &c->names, &c->varnames, &c->cellvars, &c->freevars})
        r->reset();
    c->code.~vector();
    c->exception_table.~vector();
    c->line_table.~vector();
    c->cell2arg.~vector();
    c->global_cache.~vector();
    c->method_cache.~vector();
    c->attr_cache.~vector();
    c->attr_cache_alt.~vector();
    free_object(self);
}

static Result<Ref> code_repr(const Value* args, size_t) {
    auto* c = args[0].as<Code>();
    return make_str("<code object " + std::string(c->name.as<Str>()->view()) + ", file \"" +
                    std::string(c->filename.as<Str>()->view()) + "\", line " + std::to_string(c->firstlineno) + ">")
        .ref();
}
static Result<Ref> code_name(Value self) { return self.as<Code>()->name; }
static Result<Ref> code_qualname(Value self) { return self.as<Code>()->qualname; }
static Result<Ref> code_filename(Value self) { return self.as<Code>()->filename; }
static Result<Ref> code_firstlineno(Value self) { return make_int(self.as<Code>()->firstlineno); }
static Result<Ref> code_argcount(Value self) { return make_int(self.as<Code>()->argcount); }
static Result<Ref> code_posonlyargcount(Value self) { return make_int(self.as<Code>()->posonlyargcount); }
static Result<Ref> code_kwonlyargcount(Value self) { return make_int(self.as<Code>()->kwonlyargcount); }
static Result<Ref> code_nlocals(Value self) { return make_int(self.as<Code>()->nlocals); }
static Result<Ref> code_flags(Value self) { return make_int(self.as<Code>()->flags); }
static Result<Ref> code_varnames(Value self) { return self.as<Code>()->varnames; }
static Result<Ref> code_cellvars(Value self) { return self.as<Code>()->cellvars; }
static Result<Ref> code_freevars(Value self) { return self.as<Code>()->freevars; }
static Result<Ref> code_consts(Value self) { return self.as<Code>()->consts; }
static Result<Ref> code_names(Value self) { return self.as<Code>()->names; }

// code.replace(co_flags=…, co_name=…): a copy with some fields changed
// (types.coroutine uses it to mark generator-based coroutines).
static Result<Ref> code_replace(CallArgs args) {
    if (args.nargs != 1) return raise(TypeError_type, "replace() takes no positional arguments");
    auto* src = args[0].as<Code>();
    Handle<Code> c = make_code();
    for (auto [dst, from] : {std::pair{&c->name, &src->name}, {&c->qualname, &src->qualname}, {&c->filename, &src->filename},
                             {&c->consts, &src->consts}, {&c->names, &src->names}, {&c->varnames, &src->varnames},
                             {&c->cellvars, &src->cellvars}, {&c->freevars, &src->freevars}})
        *dst = *from;
    c->code = src->code;
    c->exception_table = src->exception_table;
    c->line_table = src->line_table;
    c->cell2arg = src->cell2arg;
    c->flags = src->flags;
    c->argcount = src->argcount;
    c->posonlyargcount = src->posonlyargcount;
    c->kwonlyargcount = src->kwonlyargcount;
    c->nlocals = src->nlocals;
    c->stacksize = src->stacksize;
    c->firstlineno = src->firstlineno;
    for (size_t k = 0; k < args.nkw(); ++k) {
        std::string_view key = args.kwnames->items[k].as<Str>()->view();
        Value v = args.args[args.nargs + k];
        if (key == "co_flags") {
            int64_t flags;
            if (!is_int(v) || !int_to_int64(v, &flags)) return raise(TypeError_type, "co_flags must be an int");
            c->flags = static_cast<uint32_t>(flags);
        } else if (key == "co_name" && is_str(v)) {
            c->name = Ref::borrow(v);
        } else if (key == "co_qualname" && is_str(v)) {
            c->qualname = Ref::borrow(v);
        } else {
            return raise_format(TypeError_type, "replace() got an unexpected keyword argument '%s'", std::string(key).c_str());
        }
    }
    c->finish_layout(); // after co_flags, which decides fast_argc
    return std::move(c).ref();
}

static const MethodDef code_methods[] = {
    {"__repr__", code_repr, nullptr, 1, 1},
    {"replace", nullptr, code_replace},
    {nullptr},
};
static const GetSetDef code_getsets[] = {
    {"co_name", code_name}, {"co_qualname", code_qualname}, {"co_filename", code_filename},
    {"co_firstlineno", code_firstlineno}, {"co_argcount", code_argcount},
    {"co_posonlyargcount", code_posonlyargcount}, {"co_kwonlyargcount", code_kwonlyargcount},
    {"co_nlocals", code_nlocals}, {"co_flags", code_flags}, {"co_varnames", code_varnames},
    {"co_cellvars", code_cellvars}, {"co_freevars", code_freevars}, {"co_consts", code_consts},
    {"co_names", code_names}, {nullptr},
};

// ---------------------------------------------------------------- function

static void function_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* f = static_cast<Function*>(self);
    for (Ref* r : {&f->code, &f->globals, &f->builtins, &f->name, &f->qualname, &f->defaults, &f->kwdefaults,
                   &f->closure, &f->doc, &f->dict, &f->module, &f->annotations})
        if (*r) visit(*r, ctx);
}
static void function_clear(Object* self) {
    auto* f = static_cast<Function*>(self);
    for (Ref* r : {&f->code, &f->globals, &f->builtins, &f->name, &f->qualname, &f->defaults, &f->kwdefaults,
                   &f->closure, &f->doc, &f->dict, &f->module, &f->annotations})
        r->reset();
}

static Result<Ref> function_repr(const Value* args, size_t) {
    auto* f = args[0].as<Function>();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%#lx", static_cast<unsigned long>(args[0].bits()));
    return make_str("<function " + std::string(f->qualname.as<Str>()->view()) + " at " + buf + ">").ref();
}
static Result<Ref> function_get(const Value* args, size_t) {
    if (args[1].is(None())) return Ref::borrow(args[0]);
    return make_bound_method(args[0], args[1]);
}
static Result<Ref> function_call(CallArgs args) {
    return call_function(args[0].as<Function>(), CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

#define FUNCTION_FIELD_GETTER(field, none_if_null)                                     \
    static Result<Ref> function_get_##field(Value self) {                              \
        Ref& r = self.as<Function>()->field;                                           \
        return r ? r : Ref::borrow(None());                                            \
    }
FUNCTION_FIELD_GETTER(name, true)
FUNCTION_FIELD_GETTER(qualname, true)
FUNCTION_FIELD_GETTER(defaults, true)
FUNCTION_FIELD_GETTER(kwdefaults, true)
FUNCTION_FIELD_GETTER(closure, true)
FUNCTION_FIELD_GETTER(doc, true)
FUNCTION_FIELD_GETTER(module, true)
FUNCTION_FIELD_GETTER(globals, true)
FUNCTION_FIELD_GETTER(code, true)
#undef FUNCTION_FIELD_GETTER

static Status function_set_str(Ref& field, Value v, const char* what) {
    if (!v || !is_str(v)) return raise_format(TypeError_type, "%s must be set to a string object", what);
    field = Ref::borrow(v);
    return ok_status();
}
static Status function_set_name(Value self, Value v) { return function_set_str(self.as<Function>()->name, v, "__name__"); }
static Status function_set_qualname(Value self, Value v) {
    return function_set_str(self.as<Function>()->qualname, v, "__qualname__");
}
static Status function_set_doc(Value self, Value v) {
    self.as<Function>()->doc = Ref::borrow(v && !v.is(None()) ? v : Value());
    return ok_status();
}
static Status function_set_module(Value self, Value v) {
    self.as<Function>()->module = Ref::borrow(v);
    return ok_status();
}
static Status function_set_defaults(Value self, Value v) {
    if (v && !v.is(None()) && !is_tuple(v)) return raise(TypeError_type, "__defaults__ must be set to a tuple object");
    self.as<Function>()->defaults = Ref::borrow(v && !v.is(None()) ? v : Value());
    return ok_status();
}
static Status function_set_kwdefaults(Value self, Value v) {
    if (v && !v.is(None()) && !is_dict(v)) return raise(TypeError_type, "__kwdefaults__ must be set to a dict object");
    self.as<Function>()->kwdefaults = Ref::borrow(v && !v.is(None()) ? v : Value());
    return ok_status();
}
static Result<Ref> function_get_annotations(Value self) {
    auto* f = self.as<Function>();
    if (!f->annotations) f->annotations = dict_new().ref();
    return f->annotations;
}
static Status function_set_annotations(Value self, Value v) {
    self.as<Function>()->annotations = Ref::borrow(v);
    return ok_status();
}
static Result<Ref> function_get_dict(Value self) {
    auto* f = self.as<Function>();
    if (!f->dict) f->dict = dict_new().ref();
    return f->dict;
}
static Status function_set_code(Value self, Value v) {
    if (!v || v.type() != &code_type) return raise(TypeError_type, "__code__ must be set to a code object");
    auto* f = self.as<Function>();
    int64_t nfree = v.as<Code>()->freevars.as<Tuple>()->size;
    int64_t nclosure = f->closure ? f->closure.as<Tuple>()->size : 0;
    if (nfree != nclosure)
        return raise_format(ValueError_type, "%s() requires a code object with %lld free vars, not %lld",
                            f->name.as<Str>()->data, static_cast<long long>(nclosure), static_cast<long long>(nfree));
    f->code = Ref::borrow(v);
    return ok_status();
}
static Result<Ref> function_get_builtins(Value self) { return self.as<Function>()->builtins; }

static const MethodDef function_methods[] = {
    {"__repr__", function_repr, nullptr, 1, 1},
    {"__get__", function_get, nullptr, 2, 3},
    {"__call__", nullptr, function_call},
    {nullptr},
};
static const GetSetDef function_getsets[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__defaults__", function_get_defaults, function_set_defaults},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
    {"__closure__", function_get_closure},
    {"__doc__", function_get_doc, function_set_doc},
    {"__module__", function_get_module, function_set_module},
    {"__globals__", function_get_globals},
    {"__builtins__", function_get_builtins},
    {"__code__", function_get_code, function_set_code},
    {"__annotations__", function_get_annotations, function_set_annotations},
    {"__dict__", function_get_dict},
    {nullptr},
};

// ---------------------------------------------------------------- cell

Ref make_cell(Value contents) {
    auto* c = alloc<Cell>(&cell_type);
    incref(contents);
    c->contents = contents;
    return Ref::steal(Value(c));
}
static void cell_traverse(Object* self, VisitFn visit, void* ctx) {
    if (Value v = static_cast<Cell*>(self)->contents) visit(v, ctx);
}
static void cell_clear(Object* self) {
    auto* c = static_cast<Cell*>(self);
    Value v = c->contents;
    c->contents = Value();
    decref(v);
}
static Result<Ref> cell_get_contents(Value self) {
    Value v = self.as<Cell>()->contents;
    if (!v) return raise(ValueError_type, "Cell is empty");
    return Ref::borrow(v);
}
static Status cell_set_contents(Value self, Value v) {
    auto* c = self.as<Cell>();
    incref(v);
    Value old = c->contents;
    c->contents = v;
    decref(old);
    return ok_status();
}
static Result<Ref> cell_repr(const Value* args, size_t) {
    auto* c = args[0].as<Cell>();
    char buf[96];
    if (!c->contents) {
        std::snprintf(buf, sizeof buf, "<cell at %#lx: empty>", static_cast<unsigned long>(args[0].bits()));
    } else {
        std::snprintf(buf, sizeof buf, "<cell at %#lx: %s object at %#lx>", static_cast<unsigned long>(args[0].bits()),
                      std::string(type_name(c->contents)).c_str(), static_cast<unsigned long>(c->contents.bits()));
    }
    return make_str(buf).ref();
}
static const MethodDef cell_methods[] = {{"__repr__", cell_repr, nullptr, 1, 1}, {nullptr}};
static const GetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents, cell_set_contents}, {nullptr}};

// ---------------------------------------------------------------- traceback

static void traceback_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* t = static_cast<Traceback*>(self);
    for (Ref* r : {&t->next, &t->code, &t->frame})
        if (*r) visit(*r, ctx);
}
static void traceback_clear(Object* self) {
    auto* t = static_cast<Traceback*>(self);
    for (Ref* r : {&t->next, &t->code, &t->frame}) r->reset();
}
// A RecursionError's traceback is as long as the recursion (100,000 entries
// under a raised limit): freeing the tb_next chain must not recurse per entry.
static void traceback_dealloc(Object* self) { trashcan_dealloc(self, generic_dealloc); }
static Result<Ref> traceback_next(Value self) {
    Ref& n = self.as<Traceback>()->next;
    return n ? n : Ref::borrow(None());
}
static Result<Ref> traceback_frame(Value self) {
    Ref& f = self.as<Traceback>()->frame;
    return f ? f : Ref::borrow(None());
}
static Result<Ref> traceback_lineno(Value self) { return make_int(self.as<Traceback>()->lineno); }
static Result<Ref> traceback_lasti(Value self) { return make_int(self.as<Traceback>()->lasti * 2); }
static const GetSetDef traceback_getsets[] = {
    {"tb_next", traceback_next}, {"tb_frame", traceback_frame}, {"tb_lineno", traceback_lineno}, {"tb_lasti", traceback_lasti}, {nullptr},
};

void init_code_object_types() {
    init_native_type(&code_type, {.name = "code", .basicsize = sizeof(Code), .flags = 0, .dealloc = code_dealloc,
                                  .methods = code_methods, .getsets = code_getsets});
    init_native_type(&function_type, {.name = "function", .basicsize = sizeof(Function), .flags = kTypeGC,
                                      .dealloc = generic_dealloc, .traverse = function_traverse,
                                      .clear = function_clear, .methods = function_methods,
                                      .getsets = function_getsets});
    function_type.dict_offset = offsetof(Function, dict); // f.attr = value
    init_native_type(&cell_type, {.name = "cell", .basicsize = sizeof(Cell), .flags = kTypeGC,
                                  .dealloc = generic_dealloc, .traverse = cell_traverse, .clear = cell_clear,
                                  .methods = cell_methods, .getsets = cell_getsets});
    init_native_type(&traceback_type, {.name = "traceback", .basicsize = sizeof(Traceback), .flags = kTypeGC,
                                       .dealloc = traceback_dealloc, .traverse = traceback_traverse,
                                       .clear = traceback_clear, .getsets = traceback_getsets});
}

} // namespace pyco

// Calling Python functions: binding arguments into a new frame's slots with
// CPython's error messages, creating generator objects for generator
// functions, and the native entry point call_function().
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "vm/call.h"
#include "vm/generator.h"
#include "vm/interpreter.h"

namespace pyco {

namespace {

std::string qualname_of(Function* f) { return std::string(f->qualname.as<Str>()->view()); }

std::string quoted_list(const std::vector<std::string>& names) {
    // 'a', 'b' and 'c'
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

ErrorTag missing_arguments(Function* f, const std::vector<std::string>& names, const char* kind) {
    size_t n = names.size();
    return raise_format(TypeError_type, "%s() missing %zu required %s argument%s: %s", qualname_of(f).c_str(), n, kind,
                        n == 1 ? "" : "s", quoted_list(names).c_str());
}

ErrorTag too_many_positional(Function* f, Code* co, size_t given, size_t kwonly_given) {
    int64_t ndefaults = f->defaults ? f->defaults.as<Tuple>()->size : 0;
    int64_t max = co->argcount, min = co->argcount - ndefaults;
    std::string takes = min < max ? "from " + std::to_string(min) + " to " + std::to_string(max) : std::to_string(max);
    std::string kw;
    if (kwonly_given)
        kw = " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
             " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ")";
    std::string msg = qualname_of(f) + "() takes " + takes + " positional argument" + (max == 1 && min == max ? "" : "s") +
                      " but " + std::to_string(given) + (kwonly_given ? kw : (given == 1 ? " was" : " were")) +
                      (kwonly_given ? " were given" : " given");
    return raise(TypeError_type, msg);
}

// Index of keyword `name` among the parameters that accept keywords, or -1.
int64_t keyword_slot(Code* co, Str* name) {
    Tuple* names = co->varnames.as<Tuple>();
    int64_t total = co->argcount + co->kwonlyargcount;
    for (int64_t i = co->posonlyargcount; i < total; ++i)
        if (names->items[i].is(Value(name))) return i;
    for (int64_t i = co->posonlyargcount; i < total; ++i)
        if (str_equal(names->items[i].as<Str>(), name)) return i;
    return -1;
}

bool is_positional_only_name(Code* co, Str* name) {
    Tuple* names = co->varnames.as<Tuple>();
    for (int64_t i = 0; i < co->posonlyargcount; ++i)
        if (str_equal(names->items[i].as<Str>(), name)) return true;
    return false;
}

void set_slot(Value* slots, int64_t i, Value v) {
    incref(v);
    slots[i] = v;
}

} // namespace

Status bind_arguments(Frame* frame, Function* f, CallArgs args) {
    Code* co = frame->code;
    Value* slots = frame->slots();
    int64_t argcount = co->argcount;
    int64_t total = argcount + co->kwonlyargcount;
    bool has_varargs = co->flags & kCodeVarargs;
    bool has_varkw = co->flags & kCodeVarkeywords;
    int64_t nargs = static_cast<int64_t>(args.nargs);

    // The common call: exactly the positional parameters, nothing else.
    if (!args.kwnames && nargs == argcount && !has_varargs && !has_varkw && co->kwonlyargcount == 0) {
        for (int64_t i = 0; i < nargs; ++i) set_slot(slots, i, args.args[i]);
        return ok_status();
    }

    Handle<Dict> kwdict;
    if (has_varkw) {
        kwdict = dict_new();
        slots[total + (has_varargs ? 1 : 0)] = kwdict.ref().release();
    }
    int64_t n = std::min(nargs, argcount);
    for (int64_t i = 0; i < n; ++i) set_slot(slots, i, args.args[i]);
    if (has_varargs) {
        Handle<Tuple> rest = tuple_new(static_cast<size_t>(nargs - n));
        for (int64_t i = n; i < nargs; ++i) tuple_init_item(rest.get(), static_cast<size_t>(i - n), Ref::borrow(args.args[i]));
        slots[total] = std::move(rest).ref().release();
    }

    std::vector<std::string> posonly_as_kw;
    size_t nkw = args.nkw();
    for (size_t k = 0; k < nkw; ++k) {
        Str* name = args.kwnames->items[k].as<Str>();
        Value value = args.args[args.nargs + k];
        int64_t j = keyword_slot(co, name);
        if (j >= 0) {
            if (slots[j])
                return raise_format(TypeError_type, "%s() got multiple values for argument '%s'", qualname_of(f).c_str(),
                                    name->data);
            set_slot(slots, j, value);
        } else if (kwdict) {
            TRY(dict_set(kwdict.get(), Value(name), value));
        } else if (is_positional_only_name(co, name)) {
            posonly_as_kw.emplace_back(name->view());
        } else {
            return raise_format(TypeError_type, "%s() got an unexpected keyword argument '%s'", qualname_of(f).c_str(),
                                name->data);
        }
    }
    if (!posonly_as_kw.empty()) {
        std::string list;
        for (size_t i = 0; i < posonly_as_kw.size(); ++i) list += (i ? ", '" : "'") + posonly_as_kw[i] + "'";
        return raise_format(TypeError_type, "%s() got some positional-only arguments passed as keyword arguments: %s",
                            qualname_of(f).c_str(), list.c_str());
    }
    if (nargs > argcount && !has_varargs) {
        size_t kwonly_given = 0;
        for (int64_t i = argcount; i < total; ++i) kwonly_given += slots[i] ? 1 : 0;
        return too_many_positional(f, co, static_cast<size_t>(nargs), kwonly_given);
    }

    // Defaults for missing positional parameters.
    if (n < argcount) {
        Tuple* defaults = f->defaults ? f->defaults.as<Tuple>() : nullptr;
        int64_t ndefaults = defaults ? defaults->size : 0;
        int64_t first_default = argcount - ndefaults;
        std::vector<std::string> missing;
        for (int64_t i = n; i < argcount; ++i) {
            if (slots[i]) continue;
            if (i >= first_default) set_slot(slots, i, defaults->items[i - first_default]);
            else missing.emplace_back(co->varnames.as<Tuple>()->items[i].as<Str>()->view());
        }
        if (!missing.empty()) return missing_arguments(f, missing, "positional");
    }
    // Keyword-only parameters.
    if (co->kwonlyargcount) {
        std::vector<std::string> missing;
        for (int64_t i = argcount; i < total; ++i) {
            if (slots[i]) continue;
            Str* name = co->varnames.as<Tuple>()->items[i].as<Str>();
            Value dflt = f->kwdefaults ? dict_get_str(f->kwdefaults.as<Dict>(), name) : Value();
            if (dflt) set_slot(slots, i, dflt);
            else missing.emplace_back(name->view());
        }
        if (!missing.empty()) return missing_arguments(f, missing, "keyword-only");
    }
    return ok_status();
}

void setup_cells(Frame* frame, Function* f) {
    Code* co = frame->code;
    Value* slots = frame->slots();
    int64_t ncells = co->cellvars.as<Tuple>()->size;
    Value* cells = slots + co->nlocals;
    for (int64_t i = 0; i < ncells; ++i) {
        int32_t arg = i < static_cast<int64_t>(co->cell2arg.size()) ? co->cell2arg[static_cast<size_t>(i)] : -1;
        cells[i] = make_cell(arg >= 0 ? slots[arg] : Value()).release();
    }
    if (f && f->closure) {
        Tuple* closure = f->closure.as<Tuple>();
        for (int64_t i = 0; i < closure->size; ++i) set_slot(cells, ncells + i, closure->items[i]);
    }
}

// Copy borrowed positional arguments into the first slots of a frame of a
// code whose fast_argc they match: nothing else to bind, no cells.
static void copy_fast_args(Frame* frame, CallArgs args) {
    Value* slots = frame->slots();
    for (size_t i = 0; i < args.nargs; ++i) set_slot(slots, static_cast<int64_t>(i), args.args[i]);
}

Result<Ref> call_function(Function* f, CallArgs args) {
    Code* co = f->code.as<Code>();
    ThreadState& ts = thread_state();
    bool fast = co->fast_argc == static_cast<int32_t>(args.nargs) && !args.kwnames;
    if (co->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
        // CPython creates the generator by running the new frame's first
        // instruction, so at the recursion limit no generator comes to exist
        // (and no coroutine is left over to warn that it was never awaited).
        if (ts.recursion_depth + 1 > ts.recursion_limit) return raise(RecursionError_type, "maximum recursion depth exceeded");
        Generator* gen = make_generator(f, co);
        Ref keep = Ref::steal(Value(gen));
        if (fast) {
            copy_fast_args(&gen->frame, args);
            return keep;
        }
        TRY(bind_arguments(&gen->frame, f, args));
        setup_cells(&gen->frame, f);
        return keep;
    }
    Frame* frame = ts.frames.push(Frame::size_for(co));
    frame_init(frame, co, f);
    if (fast) {
        copy_fast_args(frame, args);
        return run_new_frame(frame);
    }
    Status bound = bind_arguments(frame, f, args);
    if (bound.failed()) {
        frame_clear(frame);
        ts.frames.pop(frame);
        return kError;
    }
    setup_cells(frame, f);
    return run_new_frame(frame);
}

} // namespace pyco

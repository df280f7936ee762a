// Slow paths of the dispatch loop, kept out of it so the loop stays small:
// each is one named function with the opcode's full CPython semantics.
#pragma once

#include "runtime/objects.h"
#include "vm/frame.h"
#include "vm/generator.h"

namespace pyco {

// Names.
ErrorTag raise_unbound_local(Code* code, uint32_t slot);
ErrorTag raise_unbound_deref(Code* code, uint32_t cell_index);
Result<Ref> load_name(Frame* frame, Str* name);     // locals, globals, builtins
Result<Ref> load_global(Frame* frame, Str* name);   // globals, builtins
// LOAD_GLOBAL's slow path: load_global that also fills the code's GlobalCache.
Result<Ref> load_global_cached(Frame* frame, uint32_t name_index);
Result<Ref> load_class_deref(Frame* frame, uint32_t cell_index);
Status store_name(Frame* frame, Str* name, Value value);
Status delete_name(Frame* frame, Str* name);
Status delete_global(Frame* frame, Str* name);

// Method lookup for LOAD_METHOD of code->names[name_index], through the
// code's MethodCache: fills method; unbound when it is a plain method that
// CALL gets `obj` for as its first argument (no bound method is made).
Status load_method_cached(Code* code, uint32_t name_index, Value obj, Ref* method, bool* unbound);
// LOAD_ATTR / STORE_ATTR of code->names[name_index] through the code's
// AttrCache: the instance dict without the type's lookup when that is safe.
Result<Ref> load_attr_cached(Code* code, uint32_t name_index, Value obj);
Status store_attr_cached(Code* code, uint32_t name_index, Value obj, Value value);

// Unpacking: writes `count` owned values to out[0..count) in stack order
// (last item first), CPython's messages on length mismatch.
Status unpack_sequence(Value seq, uint32_t count, Value* out);
Status unpack_ex(Value seq, uint32_t before, uint32_t after, Value* out);

// f-strings.
Result<Ref> format_value(Value v, uint32_t flags, Value spec);
Result<Ref> build_string(Value* parts, uint32_t count);

// "module.qualname()" as CPython's messages name a callable.
std::string function_str(Value func);

// CALL_FUNCTION_EX: f(*posargs, **kwargs) (kwargs null or an exact dict).
Result<Ref> call_function_ex(Value callable, Value posargs, Value kwargs);

// Collections.
Status dict_update_from(Value dict, Value mapping, Value callable_for_merge /* null: update */);
Result<Ref> build_map(Value* items, uint32_t pairs);
Result<Ref> build_set(Value* items, uint32_t count);
Result<Ref> build_slice(Value* items, uint32_t count);

// Functions, classes, imports.
Result<Ref> make_function(Frame* frame, Code* code, uint32_t flags, Value* extras);
Result<Ref> import_name(Frame* frame, Str* name, Value fromlist, Value level);
Result<Ref> import_from(Value module, Str* name);
Status import_star(Frame* frame, Value module);

// Exceptions and context managers.
// What may follow `except`: an exception class or a tuple of them (TypeError).
Status check_exception_spec(Value spec);
Result<bool> exception_matches_spec(Value exc, Value spec); // CHECK_EXC_MATCH
// except* (PEP 654), vm/except_star.cpp; plain owned Values, as the
// dispatch loop keeps no RAII objects across its computed gotos.
// CHECK_EG_MATCH: the part of `exc` that `type` matches (None if none; a
// bare exception is wrapped in an ExceptionGroup) and the rest (None if
// nothing is left).
Status exception_group_match(Value exc, Value type, Value* match, Value* rest);
// PREP_RERAISE_STAR: what the except* clauses of a try leave to raise, from
// the caught `orig` and `raised` (what each clause raised or re-raised, and
// the unmatched rest; None entries are skipped): None if nothing, null with
// the error set on failure.
Value prep_reraise_star(Value orig, List* raised);
Status do_raise(Value exc, Value cause);                    // RAISE_VARARGS 1/2
Status before_with(Value ctx, Ref* exit, Ref* enter_result, bool is_async);
Result<Ref> call_exit_with_exception(Value exit, Value exc);

// Coroutines.
Result<Ref> get_awaitable(Value v, uint32_t where);
Result<Ref> get_aiter(Value v);
Result<Ref> get_anext(Value aiter);
Result<Ref> get_yield_from_iter(Frame* frame, Value v);
ResumeResult send_slow(Value recv, Value v); // SEND through the generic protocol

// REPL.
Status print_expr(Value v);

} // namespace pyco

// The builtins module's namespace.
#pragma once

#include "runtime/objects.h"

namespace pyco {

// enumerate, zip, map, filter, reversed, callable_iterator and the sequence
// iterator (builtins_iter.cpp).
extern TypeObject enumerate_type, zip_type, map_type, filter_type, reversed_type;
extern TypeObject callable_iterator_type, seq_iterator_type;
void init_builtin_iterator_types();
// iter(callable, sentinel)
Ref make_callable_iterator(Value callable, Value sentinel);

// anext(it, default)'s awaitable (vm/anext_awaitable.cpp).
extern TypeObject anext_awaitable_type;
Ref make_anext_awaitable(Value awaitable, Value default_value);
void init_anext_awaitable_type();

// Initialises the types owned by the builtins files (the iterators above,
// file objects); idempotent. make_builtins_dict() calls it.
void init_builtins_types();

// A new dict with every builtin function that does not need the VM's frame,
// the built-in types and exceptions by name, None/True/False/Ellipsis/
// NotImplemented and __debug__. The VM adds globals, locals, vars, dir,
// super, __import__, exec, eval, compile, __build_class__, exit and quit.
Result<Ref> make_builtins_dict();

} // namespace pyco

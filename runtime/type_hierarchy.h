// The class hierarchy: how a class's bases decide its layout base and its
// MRO, the registry of direct subclasses, and `__bases__` assignment, which
// recomputes the MRO of the class and of every class below it. Class
// creation (type.cpp) and `__bases__` assignment share the same rules and
// error messages (CPython's best_base, mro_implementation, type_set_bases).
#pragma once

#include "runtime/result.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyco {

struct Tuple;

// The base whose instance layout a class with `bases` extends: the most
// derived "solid" one; TypeError for a non-type, a final type or
// conflicting layouts.
Result<TypeObject*> best_base(Tuple* bases);
// The C3 linearisation of a class `type` with `bases`, `type` first;
// TypeError for a duplicate base or when no consistent order exists.
Result<Ref> compute_mro(TypeObject* type, Tuple* bases);
// The MRO of `type` from its bases: compute_mro, or what its metaclass's
// mro() returns when the metaclass is not `type` (CPython's mro_invoke).
Result<Ref> class_mro(TypeObject* type);

// Record `type` as a direct subclass of each of `bases` (in order: what
// __subclasses__() lists), or forget it. Heap types forget themselves when
// torn down, so the registry never holds a dead class.
Status add_subclass_of_each(Tuple* bases, TypeObject* type);
void remove_subclass_of_each(Tuple* bases, TypeObject* type);

// For type's method and getset tables.
Result<Ref> type_subclasses(const Value* args, size_t nargs); // type.__subclasses__()
Status type_set_bases(Value self, Value value);
Status type_set_readonly(Value self, Value value); // __mro__, __base__: "readonly attribute"

} // namespace pyco

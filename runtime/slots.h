// __slots__ on heap classes (CPython semantics): each name becomes a
// `member_descriptor` on the class whose value lives in the instance, in
// extra Ref words after the base's layout; instances get no __dict__ unless
// '__dict__' is one of the names or a base already gives them one.
// '__weakref__' adds no storage (pyco has no weak references), but it counts
// in layout checks as in CPython (TypeObject::weakref_slot).
#pragma once

#include <string>
#include <vector>

#include "runtime/result.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyco {

struct SlotSpec {
    std::vector<std::string> names; // storage slots, already mangled
    bool add_dict = false;          // '__dict__' was listed
    bool add_weakref = false;       // '__weakref__' was listed (nothing is stored: TypeObject::weakref_slot)
};

// Read a class body's __slots__ (a str or an iterable of str).
Status parse_slots(Value slots, std::string_view class_name, SlotSpec* out);
// Add one member_descriptor per slot to the new type's dict (at
// type->slots_offset onward); a name already in the dict is a ValueError.
Status install_slot_members(TypeObject* type, const SlotSpec& spec);
// GC and dealloc hooks of heap instances: every slot of every heap class of
// the instance's layout.
void slots_traverse(Object* self, VisitFn visit, void* ctx);
void slots_clear(Object* self);

// Whether instances of `from` may become instances of `to` without
// reinterpreting memory, for `attr` ("__class__", "__bases__") assignment
// (CPython's compatible_for_assignment): the same solid layout, or sibling
// heap classes adding the same slot names and dict over one base. Else
// CPython's TypeError "<attr> assignment: 'to' deallocator differs from
// 'from'" or "... object layout differs from ...".
Status check_layout_assignment(TypeObject* from, TypeObject* to, const char* attr);

// object.__getattribute__/__setattr__ call these for a member_descriptor
// found on the type instead of going through its __get__/__set__ methods
// (value null = delete).
extern TypeObject member_descriptor_type;
Result<Ref> member_descriptor_get(Value descr, Value obj);
Status member_descriptor_set(Value descr, Value obj, Value value);
// Where the descriptor's slot is in instances of t (nonzero), or 0 when the
// descriptor does not apply to them (its owner is not a base of t).
uint32_t member_descriptor_offset(Value descr, TypeObject* t);

void init_member_descriptor_type();

} // namespace pyco

// Start-up of the object model in dependency order.
//
// Bootstrapping problem: creating any type needs strings (its name), dicts
// (its namespace) and tuples (its MRO), whose own types are being created.
// So the layout fields the allocator reads (sizes, GC flag) of str, dict and
// tuple are set first; everything else follows in normal order.
#include <cstddef>

#include "runtime/callable.h"
#include "runtime/gc.h"
#include "runtime/objects.h"
#include "runtime/runtime.h"

namespace pyco {

static void preset_layouts() {
    str_type.basicsize = sizeof(Str); // data[1] holds the NUL
    str_type.itemsize = 1;
    tuple_type.basicsize = offsetof(Tuple, items);
    tuple_type.itemsize = sizeof(Value);
    tuple_type.flags = kTypeBaseType | kTypeGC;
    dict_type.basicsize = sizeof(Dict);
    dict_type.flags = kTypeBaseType | kTypeGC;
    list_type.basicsize = sizeof(List);
    list_type.flags = kTypeBaseType | kTypeGC;
    // Every type's dict holds descriptors for its methods and attributes.
    method_descriptor_type.basicsize = sizeof(MethodDescriptor);
    classmethod_descriptor_type.basicsize = sizeof(MethodDescriptor);
    getset_descriptor_type.basicsize = sizeof(GetSetDescriptor);
    builtin_function_type.basicsize = sizeof(NativeFunction);
    builtin_function_type.flags = kTypeGC;
}

void init_runtime() {
    static bool done = false;
    if (done) return;
    done = true;
    preset_layouts();
    init_type_type();
    init_object_types();
    init_str_type();
    init_tuple_type();
    init_dict_types();
    init_list_type();
    init_callable_types();
    init_member_descriptor_type();
    init_int_types();
    init_float_type();
    init_bytes_type();
    init_set_types();
    init_range_slice_types();
    init_exception_types();
    init_code_object_types();
    init_generator_types();
    init_vm_types();
}

} // namespace pyco

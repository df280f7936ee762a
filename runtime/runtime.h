// Start-up of the object model: every built-in type is initialised once,
// in dependency order, by init_runtime() (runtime/init.cpp).
#pragma once

namespace pyco {

void init_runtime();

// One per runtime/*.cpp that defines types; called by init_runtime() after
// object, type and str exist.
void init_type_type();        // type (type.cpp)
void init_object_types();     // object, NoneType, NotImplementedType, ellipsis (object.cpp)
void init_member_descriptor_type(); // __slots__ members (slots.cpp)
void init_callable_types();   // builtin functions, descriptors, method, property, module (callable.cpp)
void init_int_types();        // int, bool (int.cpp)
void init_float_type();       // float (float.cpp)
void init_str_type();         // str, str_iterator (str.cpp)
void init_bytes_type();       // bytes, bytes_iterator (bytes.cpp)
void init_tuple_type();       // tuple, tuple_iterator (tuple.cpp)
void init_list_type();        // list, list iterators (list.cpp)
void init_dict_types();       // dict, views, iterators (dict.cpp)
void init_set_types();        // set, frozenset, set_iterator (set.cpp)
void init_range_slice_types();// range, range_iterator, slice (range.cpp)
void init_exception_types();  // the hierarchy in error.h (exceptions.cpp)
void init_code_object_types(); // code, function, cell, traceback (vm/code.cpp)
void init_generator_types();  // generator, coroutine, async_generator (vm/generator.cpp)
void init_vm_types();         // super, frame views, coroutine wrappers (vm/)

} // namespace pyco

// Code objects, functions and tracebacks: what the compiler produces and
// the interpreter runs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/objects.h"

namespace pyco {

// Flags mirror CPython's co_flags where they exist.
enum CodeFlag : uint32_t {
    kCodeOptimized = 0x1,      // locals live in fast slots
    kCodeNewLocals = 0x2,
    kCodeVarargs = 0x4,
    kCodeVarkeywords = 0x8,
    kCodeNested = 0x10,
    kCodeGenerator = 0x20,
    kCodeCoroutine = 0x80,
    kCodeIterableCoroutine = 0x100, // types.coroutine
    kCodeAsyncGenerator = 0x200,
};

// One row of the exception table: instructions in [start, end) jump to
// `handler` with the value stack cut to `depth` (+1 for the pushed
// lasti when push_lasti) and the exception pushed.
struct ExceptionEntry {
    uint32_t start;
    uint32_t end;
    uint32_t handler;
    uint16_t depth;
    bool push_lasti;
};

// Line table: for instruction i, the line is the last entry whose
// start <= i. Compact enough and trivially searchable.
struct LineEntry {
    uint32_t start;
    int32_t line;  // -1: no line (artificial instructions)
    int32_t col;   // 0-based column of the expression start
    int32_t end_col;
    // Last line of the expression when it spans several (end_col is then a
    // column on that line); 0 means `line`. The traceback printer needs it
    // to highlight a multi-line expression up to the end of its first line.
    int32_t end_line = 0;
};

using CodeUnit = uint32_t; // opcode in the low 8 bits, 24-bit operand

// LOAD_GLOBAL's inline cache, one per entry of co_names (a name resolves the
// same way wherever one code object loads it): the index of the dict entry
// that held it last time. Valid while that entry still holds the same key
// object; a builtins hit also needs the globals' keys version unchanged
// (which proves the name is still absent from them, whatever values were
// replaced meanwhile). Any globals dict may use it.
struct GlobalCache {
    uint64_t globals_version = 0;
    int32_t index = -1;
    bool in_builtins = false;
};

// LOAD_METHOD's inline cache, one per entry of co_names: the type in which the
// name last resolved to a plain method (function or method_descriptor, with
// object.__getattribute__), in which type epoch, and that method. Valid while
// the epoch is unchanged: then the type and its MRO dicts are as they were, so
// the type dict still holds `method` (borrowed).
struct MethodCache {
    TypeObject* type = nullptr;
    uint64_t epoch = 0;
    Value method;
};

// How the dispatch loop may load or store an attribute without a lookup.
enum class AttrPath : uint8_t {
    Lookup,       // no shortcut (load_attr_cached / store_attr_cached)
    InstanceDict, // the instance dict at a fixed offset, at the entry `hint`
    Slot,         // a __slots__ slot at a fixed offset (CPython's LOAD_ATTR_SLOT)
    GetSet,       // a native type's field: its GetSetDef's getter/setter, called
                  // directly (load_attr_cached / store_attr_cached)
};

// LOAD_ATTR / STORE_ATTR's inline cache, one per entry of co_names: for
// instances of `type` in type epoch `epoch`, whether loading (storing) the
// name may go straight to the instance dict (instance_dict_first), and the
// dispatch loop's shortcut for it: load_path / store_path with the offset of
// the instance dict or of the slot (instance_slot_offset). `hint` is the
// position in the instance dict's entries where the name was last found
// (CPython's LOAD_ATTR_WITH_HINT): instances of one class usually get their
// attributes in the same order, so the entry there holding the very same key
// object is a hit without hashing or probing. It is only a guess, checked on
// every use, so no change to a dict can make it wrong.
struct AttrCache {
    TypeObject* type = nullptr;
    uint64_t epoch = 0;
    uint32_t load_offset = 0;
    uint32_t store_offset = 0;
    uint32_t hint = 0;
    const GetSetDef* load_getset = nullptr;  // AttrPath::GetSet
    const GetSetDef* store_getset = nullptr; // AttrPath::GetSet
    AttrPath load_path = AttrPath::Lookup;
    AttrPath store_path = AttrPath::Lookup;
    bool load_dict_first = false;
    bool store_dict_first = false;
};

struct Code : Object {
    Ref name;        // Str: co_name
    Ref qualname;    // Str: co_qualname
    Ref filename;    // Str
    Ref consts;      // Tuple
    Ref names;       // Tuple of Str (globals, attributes)
    Ref varnames;    // Tuple of Str: arguments first, then other locals
    Ref cellvars;    // Tuple of Str
    Ref freevars;    // Tuple of Str
    std::vector<CodeUnit> code;
    std::vector<ExceptionEntry> exception_table;
    std::vector<LineEntry> line_table;
    std::vector<int32_t> cell2arg; // for each cellvar: argument index, or -1
    uint32_t flags = 0;
    int32_t argcount = 0;
    int32_t posonlyargcount = 0;
    int32_t kwonlyargcount = 0;
    int32_t nlocals = 0;     // len(varnames)
    int32_t stacksize = 0;   // max value-stack depth
    int32_t firstlineno = 0;
    // Frame slot layout: [locals | cells | frees | value stack]. The counts
    // are cached by finish_layout() (calls read them on every frame push).
    int32_t ncells = 0;      // len(cellvars) + len(freevars)
    int32_t nslots() const { return nlocals + ncells + stacksize; }
    // CALL's fast path: a call with exactly this many positional arguments
    // (and no keywords) moves them into the new frame's first slots (of a
    // new generator's frame, for generator and coroutine code). -1 when
    // binding needs more: cells, *args, **kwargs, keyword-only parameters.
    int32_t fast_argc = -1;
    std::vector<GlobalCache> global_cache; // len(names), see GlobalCache
    std::vector<MethodCache> method_cache; // len(names), see MethodCache
    std::vector<AttrCache> attr_cache;     // len(names), see AttrCache
    // The entry each attr_cache entry last replaced (empty until a site sees a
    // second type): a site alternating between two types (Handle and
    // TimerHandle, Future and Task) swaps them instead of redoing the lookups.
    std::vector<AttrCache> attr_cache_alt;
    void finish_layout();    // after names/varnames/cellvars/freevars/stacksize/flags are set
    int line_for(uint32_t instr) const;
    const LineEntry* line_entry_for(uint32_t instr) const;
};
extern TypeObject code_type;
// A new empty code object (C++ members constructed); the compiler fills it.
Handle<Code> make_code();

// A Python function: code + the environment it closes over.
struct Function : Object {
    Ref code;        // Code
    Ref globals;     // Dict
    Ref builtins;    // Dict
    Ref name;        // Str
    Ref qualname;    // Str
    Ref defaults;    // Tuple or null
    Ref kwdefaults;  // Dict or null
    Ref closure;     // Tuple of Cell or null
    Ref doc;         // or null (None)
    Ref dict;        // __dict__ (lazily created)
    Ref module;      // __module__ value
    Ref annotations; // Dict or null
};
extern TypeObject function_type;

// A cell holds a variable shared between a function and its closures.
struct Cell : Object {
    Value contents; // owned; null = empty (unbound)
};
extern TypeObject cell_type;
Ref make_cell(Value contents); // contents may be null (empty cell)

// Traceback entries are linked newest-last from the raising frame outwards,
// as CPython's tb_next chain.
struct Traceback : Object {
    Ref next;       // Traceback or null
    Ref code;       // Code of the frame
    Ref frame;      // the Frame object if still known (may be null)
    int32_t lasti;  // instruction index
    int32_t lineno;
};
extern TypeObject traceback_type;

} // namespace pyco

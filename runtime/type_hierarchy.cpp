// The class hierarchy: layout base and C3 MRO of a class from its bases,
// the direct-subclass registry behind __subclasses__(), and __bases__
// assignment (CPython's type_set_bases and mro_hierarchy).
#include "runtime/type_hierarchy.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/objects.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"

namespace pyco {

// ---------------------------------------------------------------- layout base

// The base whose instance layout `t` extends: the most derived "solid"
// ancestor (one that adds C++ fields, or a heap class adding __slots__). A
// __dict__ alone does not count: any layout can take one.
static TypeObject* solid_base(TypeObject* t) {
    while (t->base && (t->has_flag(kTypeHeap) ? t->nslots == 0 : t->basicsize == t->base->basicsize)) t = t->base;
    return t;
}

Result<TypeObject*> best_base(Tuple* bases) {
    TypeObject* winner = nullptr;
    TypeObject* winner_solid = nullptr;
    for (int64_t i = 0; i < bases->size; ++i) {
        Value b = bases->items[i];
        if (!isinstance(b, &type_type)) return raise(TypeError_type, "bases must be types");
        auto* bt = b.as<TypeObject>();
        if (!bt->has_flag(kTypeBaseType))
            return raise_format(TypeError_type, "type '%s' is not an acceptable base type", std::string(bt->name_view()).c_str());
        TypeObject* s = solid_base(bt);
        if (!winner) {
            winner = bt;
            winner_solid = s;
        } else if (is_subtype(winner_solid, s)) {
            // keep winner
        } else if (is_subtype(s, winner_solid)) {
            winner = bt;
            winner_solid = s;
        } else {
            return raise(TypeError_type, "multiple bases have instance lay-out conflict");
        }
    }
    return winner;
}

// ---------------------------------------------------------------- C3 MRO

// CPython's check_duplicates.
static Status check_duplicates(Tuple* bases) {
    for (int64_t i = 0; i < bases->size; ++i)
        for (int64_t j = i + 1; j < bases->size; ++j)
            if (bases->items[i].is(bases->items[j]))
                return raise_format(TypeError_type, "duplicate base class %s",
                                    std::string(bases->items[i].as<TypeObject>()->name_view()).c_str());
    return ok_status();
}

namespace {

// One list of the merge: a base's MRO, or the bases themselves; `next`
// indexes its first class not yet taken.
struct MergeSeq {
    const Value* items;
    int64_t size;
    int64_t next = 0;
    bool empty() const { return next >= size; }
    Value head() const { return items[next]; }
    bool tail_contains(Value v) const {
        for (int64_t k = next + 1; k < size; ++k)
            if (items[k].is(v)) return true;
        return false;
    }
};

} // namespace

// CPython's set_mro_error names the classes still at the heads of the lists,
// each once, in list order.
static ErrorTag mro_conflict(const std::vector<MergeSeq>& seqs) {
    std::vector<Value> heads;
    for (const MergeSeq& s : seqs) {
        if (s.empty()) continue;
        bool seen = false;
        for (Value h : heads) seen |= h.is(s.head());
        if (!seen) heads.push_back(s.head());
    }
    std::string names;
    for (Value h : heads) names += std::string(names.empty() ? " " : ", ") + std::string(h.as<TypeObject>()->name_view());
    return raise_format(TypeError_type, "Cannot create a consistent method resolution\norder (MRO) for bases%s",
                        names.c_str());
}

Result<Ref> compute_mro(TypeObject* type, Tuple* bases) {
    TRY(check_duplicates(bases));
    // merge(L[B1], ..., L[Bn], [B1..Bn])
    std::vector<MergeSeq> seqs;
    for (int64_t i = 0; i < bases->size; ++i) {
        Tuple* m = bases->items[i].as<TypeObject>()->mro.as<Tuple>();
        seqs.push_back(MergeSeq{m->items, m->size});
    }
    seqs.push_back(MergeSeq{bases->items, bases->size});
    std::vector<Value> result{Value(type)};
    for (;;) {
        Value candidate;
        bool all_empty = true;
        for (const MergeSeq& s : seqs) {
            if (s.empty()) continue;
            all_empty = false;
            bool in_tail = false;
            for (const MergeSeq& other : seqs) in_tail |= other.tail_contains(s.head());
            if (!in_tail) {
                candidate = s.head();
                break;
            }
        }
        if (all_empty) break;
        if (!candidate) return mro_conflict(seqs);
        result.push_back(candidate);
        for (MergeSeq& s : seqs)
            if (!s.empty() && s.head().is(candidate)) ++s.next;
    }
    return tuple_from_array(result.data(), result.size()).ref();
}

// CPython's mro_check: what a metaclass's mro() returned must be classes
// whose layouts the class's instances have.
static Status check_custom_mro(TypeObject* type, Tuple* mro) {
    TypeObject* solid = solid_base(type);
    for (int64_t i = 0; i < mro->size; ++i) {
        Value item = mro->items[i];
        if (!isinstance(item, &type_type))
            return raise_format(TypeError_type, "mro() returned a non-class ('%s')", std::string(type_name(item)).c_str());
        if (!is_subtype(solid, solid_base(item.as<TypeObject>())))
            return raise_format(TypeError_type, "mro() returned base with unsuitable layout ('%s')",
                                std::string(item.as<TypeObject>()->message_name()).c_str());
    }
    return ok_status();
}

Result<Ref> class_mro(TypeObject* type) {
    TypeObject* meta = Value(type).type();
    if (meta == &type_type) return compute_mro(type, type->bases.as<Tuple>());
    // Looked up on the metaclass only (a method `mro` of the class itself
    // is for its instances), then bound to the class.
    Value fn = type_lookup(meta, intern("mro"));
    Ref keep = Ref::borrow(fn);
    Ref bound = keep;
    if (Value get = lookup_special(fn.type(), Special::get)) bound = TRY(call(get, {fn, Value(type), Value(meta)}));
    Ref result = TRY(call(bound, {}));
    Ref mro = TRY(sequence_to_tuple(result));
    TRY(check_custom_mro(type, mro.as<Tuple>()));
    return mro;
}

// ---------------------------------------------------------------- subclasses

// A base's `subclasses` is a List of its direct subclasses' addresses as
// small ints: the registry must not keep a class alive (CPython holds weak
// references), and a heap class removes itself when torn down.
static Value address_of(TypeObject* t) {
    return Value::small_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(t)));
}
static TypeObject* type_at(Value address) {
    return reinterpret_cast<TypeObject*>(static_cast<uintptr_t>(address.as_small_int()));
}

Status add_subclass_of_each(Tuple* bases, TypeObject* type) {
    for (int64_t i = 0; i < bases->size; ++i) {
        auto* base = bases->items[i].as<TypeObject>();
        if (!base->subclasses) base->subclasses = list_new().ref();
        TRY(list_append(base->subclasses.as<List>(), address_of(type)));
    }
    return ok_status();
}

void remove_subclass_of_each(Tuple* bases, TypeObject* type) {
    for (int64_t i = 0; i < bases->size; ++i) {
        auto* list = bases->items[i].as<TypeObject>()->subclasses.as<List>();
        if (!list) continue; // the base was torn down first
        for (int64_t k = 0; k < list->size; ++k) {
            if (!list->items[k].is(address_of(type))) continue;
            // Small ints hold no reference: the entry can just be closed over.
            std::memmove(list->items + k, list->items + k + 1, sizeof(Value) * static_cast<size_t>(list->size - k - 1));
            --list->size;
            break;
        }
    }
}

// The direct subclasses, by address (no references held).
static std::vector<TypeObject*> subclasses_of(TypeObject* type) {
    std::vector<TypeObject*> out;
    if (auto* list = type->subclasses.as<List>())
        for (int64_t k = 0; k < list->size; ++k) out.push_back(type_at(list->items[k]));
    return out;
}

Result<Ref> type_subclasses(const Value* args, size_t) {
    Handle<List> out = list_new();
    for (TypeObject* sub : subclasses_of(args[0].as<TypeObject>())) TRY(list_append(out.get(), Value(sub)));
    return std::move(out).ref();
}

// ---------------------------------------------------------------- __bases__ assignment

namespace {

// An MRO replaced, to put back if a later one cannot be computed.
struct MroChange {
    TypeObject* type;
    Ref old_mro;
    Ref new_mro; // held, so that "still the one set here" is an identity test
};
using MroBackup = std::vector<MroChange>;

// CPython's mro_hierarchy: the class's MRO from its (new) bases, then each
// subclass's from its bases, depth first.
Status recompute_mros(TypeObject* type, MroBackup* backup) {
    Ref mro = TRY(class_mro(type));
    backup->push_back(MroChange{type, std::move(type->mro), mro});
    type->mro = std::move(mro);
    for (TypeObject* sub : subclasses_of(type)) TRY(recompute_mros(sub, backup));
    return ok_status();
}

// A metaclass's mro() may itself have assigned __bases__ meanwhile: an MRO
// set since then is newer and stays (as CPython's undo).
void restore_mros(MroBackup* backup) {
    for (auto it = backup->rbegin(); it != backup->rend(); ++it)
        if (it->type->mro.get().is(it->new_mro)) it->type->mro = std::move(it->old_mro);
}

// The layout base holds a reference.
void set_layout_base(TypeObject* type, TypeObject* base) {
    incref(Value(base));
    decref(Value(std::exchange(type->base, base)));
}

// The checks of CPython's type_set_bases, in its order and with its messages.
Result<TypeObject*> check_new_bases(TypeObject* type, Value value) {
    std::string name(type->message_name());
    if (!type->has_flag(kTypeHeap)) // reachable through the descriptor itself
        return raise_format(TypeError_type, "cannot set '__bases__' attribute of immutable type '%s'", name.c_str());
    if (!value) // sic: CPython's message for deleting it
        return raise_format(TypeError_type, "cannot delete '__bases__' attribute of immutable type '%s'", name.c_str());
    if (!is_tuple(value))
        return raise_format(TypeError_type, "can only assign tuple to %s.__bases__, not %s", name.c_str(),
                            std::string(type_name(value)).c_str());
    auto* bases = value.as<Tuple>();
    if (bases->size == 0)
        return raise_format(TypeError_type, "can only assign non-empty tuple to %s.__bases__, not ()", name.c_str());
    for (int64_t i = 0; i < bases->size; ++i) {
        Value b = bases->items[i];
        if (!isinstance(b, &type_type))
            return raise_format(TypeError_type, "%s.__bases__ must be tuple of classes, not '%s'", name.c_str(),
                                std::string(type_name(b)).c_str());
        if (is_subtype(b.as<TypeObject>(), type)) return raise(TypeError_type, "a __bases__ item causes an inheritance cycle");
    }
    TypeObject* new_base = TRY(best_base(bases));
    // Existing instances keep their memory: the new layout base must lay
    // them out as the old one did.
    TRY(check_layout_assignment(type->base, new_base, "__bases__"));
    return new_base;
}

} // namespace

Status type_set_bases(Value self, Value value) {
    auto* type = self.as<TypeObject>();
    TypeObject* new_base = TRY(check_new_bases(type, value));
    // A metaclass's mro() runs below and sees the new bases and layout base.
    Ref old_bases = std::exchange(type->bases, Ref::borrow(value));
    TypeObject* old_base = type->base; // held by old_bases, one of which it is
    set_layout_base(type, new_base);
    MroBackup backup;
    Status status = recompute_mros(type, &backup);
    // Unless that mro() assigned __bases__ again (then that assignment did
    // the bookkeeping, as in CPython).
    bool still_ours = type->bases.get().is(value);
    if (status.failed()) {
        restore_mros(&backup);
        if (still_ours) {
            type->bases = std::move(old_bases);
            set_layout_base(type, old_base);
        }
        invalidate_type_caches();
        return kError;
    }
    // Every cached lookup (special methods, attribute and method caches of
    // the VM) may have followed an old MRO.
    invalidate_type_caches();
    if (!still_ours) return ok_status();
    remove_subclass_of_each(old_bases.as<Tuple>(), type);
    return add_subclass_of_each(value.as<Tuple>(), type);
}

Status type_set_readonly(Value, Value) { return raise(AttributeError_type, "readonly attribute"); }

} // namespace pyco

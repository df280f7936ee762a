// Values and references: the representation every layer shares.
//
// Layout decisions:
//  * `Value` is one trivially-copyable machine word. Low bit 1 = a small int
//    (63-bit signed, stored shifted left by one); otherwise an `Object*`.
//    Small ints therefore cost no allocation and no reference counting.
//  * Every heap object starts with `Object`: an intrusive, non-atomic
//    reference count and its type. Counting is immediate so that dropping the
//    last reference to a suspended generator finalizes it at once, as CPython
//    does (observable through `finally` output order).
//  * `Value` is a *borrowed* view; `Ref` is the owning RAII handle. Copying a
//    Ref increments, destroying decrements, moving transfers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace pyco {

struct TypeObject;

struct Object {
    intptr_t refcount;
    TypeObject* type;
};

void dealloc_object(Object* obj); // defined in runtime/gc.cpp; calls the type's dealloc

class Value {
public:
    static constexpr int64_t kSmallIntMax = (int64_t(1) << 62) - 1;
    static constexpr int64_t kSmallIntMin = -(int64_t(1) << 62);

    constexpr Value() : bits_(0) {}
    Value(Object* obj) : bits_(reinterpret_cast<uintptr_t>(obj)) {} // NOLINT: implicit by design
    template <typename T>
    Value(T* obj) : bits_(reinterpret_cast<uintptr_t>(static_cast<Object*>(obj))) {} // NOLINT

    static constexpr bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
    // Precondition: fits_small_int(v). Use make_int() (runtime/int.h) for any int64.
    static Value small_int(int64_t v) { return Value(static_cast<uintptr_t>(v) << 1 | 1); }
    static constexpr Value null() { return Value(); }
    static Value from_bits(uintptr_t bits) { return Value(bits); }

    bool is_null() const { return bits_ == 0; }
    explicit operator bool() const { return bits_ != 0; }
    bool is_small_int() const { return bits_ & 1; }
    bool is_object() const { return bits_ != 0 && !(bits_ & 1); }
    int64_t as_small_int() const { return static_cast<int64_t>(bits_) >> 1; }
    Object* as_object() const { return reinterpret_cast<Object*>(bits_); }
    template <typename T>
    T* as() const { return static_cast<T*>(as_object()); }
    uintptr_t bits() const { return bits_; }

    // The Python type. Small ints report int_type. (Inline: every fast path
    // of the dispatch loop starts with it.)
    inline TypeObject* type() const;

    // Identity (Python `is`).
    bool is(Value other) const { return bits_ == other.bits_; }
    friend bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }

private:
    explicit Value(uintptr_t bits) : bits_(bits) {}
    uintptr_t bits_;
};

extern TypeObject int_type;
inline TypeObject* Value::type() const { return is_small_int() ? &int_type : as_object()->type; }

inline void incref(Value v) {
    if (v.is_object()) ++v.as_object()->refcount;
}
inline void decref(Value v) {
    if (v.is_object() && --v.as_object()->refcount == 0) dealloc_object(v.as_object());
}
inline void xdecref(Value v) { decref(v); } // decref tolerates null already; kept for readability

// An owned reference. `Ref` may be null (e.g. "no value" / "exhausted").
class Ref {
public:
    Ref() = default;
    Ref(std::nullptr_t) {}
    // Adopt a new reference the caller already owns.
    static Ref steal(Value v) { Ref r; r.v_ = v; return r; }
    // Take a new reference to a borrowed value.
    static Ref borrow(Value v) { incref(v); return steal(v); }
    // Small ints need no counting: a convenience for hot paths.
    static Ref small_int(int64_t i) { return steal(Value::small_int(i)); }

    Ref(const Ref& o) : v_(o.v_) { incref(v_); }
    Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
    Ref& operator=(const Ref& o) { Ref tmp(o); swap(tmp); return *this; }
    Ref& operator=(Ref&& o) noexcept { Ref tmp(std::move(o)); swap(tmp); return *this; }
    ~Ref() { decref(v_); }

    void swap(Ref& o) noexcept { std::swap(v_, o.v_); }
    Value get() const { return v_; }
    operator Value() const { return v_; } // NOLINT: borrowing is the common use
    Value operator*() const { return v_; }
    template <typename T>
    T* as() const { return v_.as<T>(); }
    bool is_null() const { return v_.is_null(); }
    explicit operator bool() const { return !v_.is_null(); }
    // Give up ownership without decrementing (e.g. to store in a frame slot).
    [[nodiscard]] Value release() { Value v = v_; v_ = Value(); return v; }
    void reset() { Ref().swap(*this); }

private:
    Value v_;
};

// A typed owning handle for places that know the object's C++ type.
template <typename T>
class Handle {
public:
    Handle() = default;
    static Handle steal(T* p) { Handle h; h.p_ = p; return h; }
    static Handle borrow(T* p) { incref(Value(p)); return steal(p); }
    Handle(const Handle& o) : p_(o.p_) { if (p_) incref(Value(p_)); }
    Handle(Handle&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    Handle& operator=(Handle o) noexcept { std::swap(p_, o.p_); return *this; }
    ~Handle() { if (p_) decref(Value(p_)); }
    T* get() const { return p_; }
    T* operator->() const { return p_; }
    explicit operator bool() const { return p_ != nullptr; }
    operator Value() const { return Value(p_); } // NOLINT
    Ref ref() && { Ref r = Ref::steal(Value(p_)); p_ = nullptr; return r; }
    Ref ref() const& { return Ref::borrow(Value(p_)); }
    [[nodiscard]] T* release() { T* p = p_; p_ = nullptr; return p; }

private:
    T* p_ = nullptr;
};

} // namespace pyco

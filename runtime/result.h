// How Python errors travel through C++: `[[nodiscard]] Result<T>`.
//
// A function that can raise returns Result<T>. On failure the Python
// exception object lives in the thread state (runtime/error.h) and the
// Result only says "failed" — like CPython's NULL return, but typed and
// impossible to ignore. C++ exceptions are never used for Python errors:
// they are slow on the hot path and cannot cross the dispatch loop cleanly.
//
//   Result<Ref> f() {
//       Ref x = TRY(call(g, args));   // propagates the error
//       if (bad) return raise(TypeError, "…");
//       return x;
//   }
#pragma once

#include <type_traits>
#include <utility>

namespace pyco {

// "An exception has been set in the thread state." Converts to any Result.
struct ErrorTag {};
inline constexpr ErrorTag kError{};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(ErrorTag) : ok_(false) {}
    Result(T value) : value_(std::move(value)), ok_(true) {} // NOLINT: implicit by design
    template <typename U, typename = std::enable_if_t<std::is_convertible_v<U, T> && !std::is_same_v<std::decay_t<U>, T> &&
                                                      !std::is_same_v<std::decay_t<U>, ErrorTag>>>
    Result(U&& value) : value_(std::forward<U>(value)), ok_(true) {} // NOLINT

    bool ok() const { return ok_; }
    bool failed() const { return !ok_; }
    T& value() & { return value_; }
    T&& value() && { return std::move(value_); }
    T take() { return std::move(value_); }

private:
    T value_{};
    bool ok_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() : ok_(true) {}
    Result(ErrorTag) : ok_(false) {}
    bool ok() const { return ok_; }
    bool failed() const { return !ok_; }
    void value() const {}

private:
    bool ok_;
};

using Status = Result<void>;
inline Status ok_status() { return Status(); }

} // namespace pyco

// Evaluate a Result-returning expression; on failure return kError from the
// enclosing function, otherwise yield the value. (GNU statement expression.)
#define TRY(expr)                                                      \
    ({                                                                 \
        auto _pyco_try_result = (expr);                                \
        if (__builtin_expect(_pyco_try_result.failed(), 0)) return ::pyco::kError; \
        std::move(_pyco_try_result).value();                           \
    })

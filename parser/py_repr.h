// Python's repr() of constants, for ast::dump.
#pragma once

#include <string>

namespace pyco::parse {

// Integer literal digits (no prefix, no '_') in `base` -> decimal repr.
std::string repr_int(const std::string& digits, int base);
// repr(float): shortest round-trip digits, Python's exponent rules.
std::string repr_float(double value);
// repr(complex(0, imag)): "1j", "1.5j", "1e+16j", "infj".
std::string repr_imaginary(double imag);
// repr(str) of UTF-8 text (lone surrogates encoded as 3-byte sequences).
std::string repr_str(const std::string& utf8);
// repr(bytes) of raw byte values.
std::string repr_bytes(const std::string& bytes);

} // namespace pyco::parse

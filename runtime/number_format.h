// The format-spec mini-language (format(x, spec), f"{x:spec}") and the
// float -> text conversions behind repr(float) and str % floats.
//
// Mirrors CPython 3.11's Python/formatter_unicode.c (spec parsing, the
// layout of sign, prefix, grouped digits and padding) and the 'short' float
// repr of Python/pystrtod.c, with std::to_chars standing in for David Gay's
// dtoa: both produce correctly rounded digits, so the output is identical.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/objects.h"

namespace pyco {

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// Characters are code points: the fill may be any character.
struct FormatSpec {
    uint32_t fill = ' ';
    uint32_t align = '<';  // '<', '>', '^' or '='
    uint32_t sign = 0;     // '+', '-', ' ' or 0 (unspecified)
    bool no_neg_0 = false; // 'z'
    bool alternate = false;
    int64_t width = -1;    // -1: unspecified
    uint32_t grouping = 0; // ',' or '_'
    int64_t precision = -1;
    uint32_t type = 0;     // 0: unspecified
};

// CPython's parse_internal_render_format_spec: `obj` names the type in
// "Invalid format specifier '...' for object of type '...'"; the defaults
// are what an empty type / alignment means for that type (numbers: 0, '>';
// str: 's', '<'). Also validates the grouping against the type.
Status parse_format_spec(std::string_view spec_text, Value obj, uint32_t default_type, uint32_t default_align,
                         FormatSpec* spec);
// ValueError "Unknown format code 'x' for object of type 'T'".
ErrorTag unknown_format_code(uint32_t type, Value obj);

// int.__format__ / float.__format__ bodies (spec_text non-empty).
Result<Ref> format_int(Value v, std::string_view spec_text);
Result<Ref> format_float(Value obj, double d, std::string_view spec_text);

// PyOS_double_to_string: `code` is 'e', 'f', 'g' (upper case variants
// too) or 'r' (repr: shortest round-trip digits, precision ignored).
enum DoubleFormatFlags : unsigned {
    kFloatSign = 1,      // always write a sign
    kFloatAddDot0 = 2,   // integral values get ".0" (repr, '' with precision)
    kFloatAlt = 4,       // '#': keep the point and trailing zeros
    kFloatNoNegZero = 8, // 'z': a negative zero prints as zero
};
// ValueError "precision too big" / MemoryError for outputs that could not
// be allocated; otherwise the text.
Result<std::string> double_to_string(double d, char code, int64_t precision, unsigned flags);

} // namespace pyco

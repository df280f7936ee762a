#include "parser/py_repr.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace pyco::parse {

// ---------------------------------------------------------------- int

std::string repr_int(const std::string& digits, int base) {
    // Little-endian limbs of 10^9, multiplied up digit by digit.
    constexpr uint32_t kLimb = 1000000000;
    std::vector<uint32_t> limbs{0};
    for (char c : digits) {
        int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        uint64_t carry = static_cast<uint64_t>(d);
        for (auto& limb : limbs) {
            uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
            limb = static_cast<uint32_t>(v % kLimb);
            carry = v / kLimb;
        }
        if (carry) limbs.push_back(static_cast<uint32_t>(carry));
    }
    std::string out = std::to_string(limbs.back());
    char buf[16];
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(limbs[i]));
        out += buf;
    }
    return out;
}

// ---------------------------------------------------------------- float

namespace {

// Python's float_repr_style 'short' (format code 'r'): shortest digits,
// scientific notation when the decimal exponent is < -4 or >= 16.
std::string format_r(double value, bool add_dot_zero) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    std::string sign;
    if (sci[0] == '-') {
        sign = "-";
        sci.erase(0, 1);
    }
    size_t e = sci.find('e');
    int exponent = std::atoi(sci.c_str() + e + 1);
    std::string digits;
    for (size_t i = 0; i < e; ++i)
        if (sci[i] != '.') digits += sci[i];
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    int decpt = exponent + 1; // value = 0.digits * 10^decpt

    std::string out;
    if (decpt <= -4 || decpt > 16) {
        out = digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp;
    } else if (decpt <= 0) {
        out = "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
    } else if (static_cast<size_t>(decpt) >= digits.size()) {
        out = digits + std::string(static_cast<size_t>(decpt) - digits.size(), '0');
        if (add_dot_zero) out += ".0";
    } else {
        out = digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
    }
    return sign + out;
}

} // namespace

std::string repr_float(double value) {
    return format_r(value, true);
}

std::string repr_imaginary(double imag) {
    return format_r(imag, false) + "j";
}

// ---------------------------------------------------------------- str / bytes

namespace {

struct Range {
    uint32_t lo, hi;
};

constexpr Range kNonPrintable[] = {
#include "parser/unicode_printable.inc"
};

bool is_printable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
    auto it = std::upper_bound(std::begin(kNonPrintable), std::end(kNonPrintable), cp,
                               [](uint32_t c, const Range& r) { return c < r.lo; });
    if (it == std::begin(kNonPrintable)) return true;
    --it;
    return cp > it->hi;
}

// Lenient UTF-8 decoding (also accepts encoded surrogates); returns the
// code point and advances i. Invalid bytes decode as themselves.
uint32_t decode_utf8(const std::string& s, size_t& i) {
    auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
    uint8_t b0 = byte(i);
    int len = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 1;
    if (i + static_cast<size_t>(len) > s.size()) len = 1;
    uint32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (byte(i + static_cast<size_t>(k)) & 0x3Fu);
    i += static_cast<size_t>(len);
    return cp;
}

void append_hex(std::string& out, const char* prefix, uint32_t value, int width) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, width, static_cast<unsigned>(value));
    out += buf;
}

char choose_quote(const std::string& s) {
    bool single = s.find('\'') != std::string::npos;
    bool dbl = s.find('"') != std::string::npos;
    return single && !dbl ? '"' : '\'';
}

// Escapes shared by str and bytes; returns false if `c` needs more.
bool append_simple_escape(std::string& out, uint32_t c, char quote) {
    if (c == static_cast<uint32_t>(quote) || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
    } else if (c == '\t') {
        out += "\\t";
    } else if (c == '\n') {
        out += "\\n";
    } else if (c == '\r') {
        out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
        append_hex(out, "\\x", c, 2);
    } else if (c < 0x7f) {
        out += static_cast<char>(c);
    } else {
        return false;
    }
    return true;
}

} // namespace

std::string repr_str(const std::string& utf8) {
    char quote = choose_quote(utf8);
    std::string out(1, quote);
    for (size_t i = 0; i < utf8.size();) {
        size_t start = i;
        uint32_t cp = decode_utf8(utf8, i);
        if (append_simple_escape(out, cp, quote)) continue;
        if (is_printable(cp)) out.append(utf8, start, i - start);
        else if (cp <= 0xff) append_hex(out, "\\x", cp, 2);
        else if (cp <= 0xffff) append_hex(out, "\\u", cp, 4);
        else append_hex(out, "\\U", cp, 8);
    }
    out += quote;
    return out;
}

std::string repr_bytes(const std::string& bytes) {
    char quote = choose_quote(bytes);
    std::string out = "b";
    out += quote;
    for (char ch : bytes) {
        uint32_t c = static_cast<uint8_t>(ch);
        if (!append_simple_escape(out, c, quote)) append_hex(out, "\\x", c, 2);
    }
    out += quote;
    return out;
}

} // namespace pyco::parse

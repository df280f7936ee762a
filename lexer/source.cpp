// Source preparation, before any tokenizing: what CPython's tokenizer does
// while reading lines (BOM, PEP 263 coding cookie, null bytes, UTF-8
// validation, newline translation).
#include <cctype>
#include <cstdio>
#include <regex>

#include "lexer/lexer_impl.h"
#include "lexer/unicode.h"

namespace pyco::lex {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

LexError make_error(std::string message, int line) {
    LexError error;
    error.message = std::move(message);
    error.pos = SourcePos{line, 0};
    return error;
}

// The first (up to) two lines, where PEP 263 allows a coding cookie.
std::string_view line_at(std::string_view text, size_t& offset) {
    size_t nl = text.find_first_of("\r\n", offset);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(offset, end - offset);
    offset = nl == std::string_view::npos ? text.size() : nl + 1;
    return line;
}

// CPython's get_normal_name(): canonical spelling of common encodings.
std::string normal_encoding_name(std::string name) {
    std::string lower;
    for (char c : name) lower += static_cast<char>(c == '_' ? '-' : std::tolower(static_cast<unsigned char>(c)));
    if (lower == "utf-8" || lower.rfind("utf-8-", 0) == 0) return "utf-8";
    for (const char* latin : {"latin-1", "iso-8859-1", "iso-latin-1"}) {
        std::string prefix = std::string(latin) + "-";
        if (lower == latin || lower.rfind(prefix, 0) == 0) return "iso-8859-1";
    }
    return name;
}

// Returns the declared encoding ("" if none) of a comment line.
std::string coding_cookie(std::string_view line) {
    static const std::regex cookie(R"(^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+))");
    std::match_results<std::string_view::const_iterator> m;
    if (std::regex_search(line.begin(), line.end(), m, cookie)) return m[1].str();
    return "";
}

bool is_blank_or_comment(std::string_view line) {
    for (char c : line) {
        if (c == '#') return true;
        if (c != ' ' && c != '\t' && c != '\f') return false;
    }
    return true;
}

std::string find_declared_encoding(std::string_view text) {
    size_t offset = 0;
    std::string_view first = line_at(text, offset);
    std::string name = coding_cookie(first);
    if (name.empty() && is_blank_or_comment(first) && offset < text.size()) name = coding_cookie(line_at(text, offset));
    return name;
}

std::string latin1_to_utf8(std::string_view bytes) {
    std::string out;
    for (char c : bytes) append_utf8(out, static_cast<unsigned char>(c));
    return out;
}

int line_of(std::string_view text, size_t offset) {
    int line = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
    }
    return line;
}

size_t line_begin(std::string_view text, size_t offset) {
    size_t nl = text.find_last_of("\r\n", offset == 0 ? std::string_view::npos : offset - 1);
    return offset == 0 || nl == std::string_view::npos ? 0 : nl + 1;
}

bool is_identifier_byte(char c) {
    auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || std::isalnum(b) || b == '_';
}

// The message of `python3 FILE`: CPython's file reader rejects the line.
LexError file_utf8_error(std::string_view text, size_t offset, const std::string& filename) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(text[offset]));
    int line = line_of(text, offset);
    return make_error(std::string("Non-UTF-8 code starting with '\\x") + hex + "' in file " + filename + " on line " +
                          std::to_string(line) +
                          ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                      line);
}

// The message of compile(bytes): CPython decodes the identifier-like token
// holding the bad byte, so position and reason are relative to that token
// and the caret sits on its last character.
LexError compile_utf8_error(std::string_view text, size_t offset) {
    size_t begin = offset;
    while (begin > 0 && is_identifier_byte(text[begin - 1])) --begin;
    size_t end = offset;
    while (end < text.size() && is_identifier_byte(text[end])) ++end;
    auto problem = find_invalid_utf8(text.substr(begin, end - begin));
    size_t bad = begin + (problem ? problem->offset : offset - begin);
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(text[bad]));
    LexError error = make_error("(unicode error) 'utf-8' codec can't decode byte 0x" + std::string(hex) +
                                    " in position " + std::to_string(bad - begin) + ": " +
                                    (problem ? problem->reason : "invalid start byte"),
                                line_of(text, offset));
    size_t token_end_col = end - line_begin(text, offset);
    error.pos.col = token_end_col > 0 ? static_cast<int>(token_end_col) - 1 : 0;
    return error;
}

std::optional<LexError> check_utf8(std::string_view text, const std::string& filename) {
    auto problem = find_invalid_utf8(text);
    if (!problem) return std::nullopt;
    if (!filename.empty()) return file_utf8_error(text, problem->offset, filename);
    return compile_utf8_error(text, problem->offset);
}

// "\r\n" and "\r" become "\n"; a missing final newline is added.
std::string normalize_newlines(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 1);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out;
}

} // namespace

PreparedSource prepare_source(const std::string& raw, const std::string& filename) {
    PreparedSource result;
    std::string_view text = raw;
    bool bom = text.substr(0, kBom.size()) == kBom;
    if (bom) text.remove_prefix(kBom.size());

    std::string encoding = find_declared_encoding(text);
    std::string normal = encoding.empty() ? "utf-8" : normal_encoding_name(encoding);
    if (normal != "utf-8" && normal != "iso-8859-1") {
        result.error = make_error((filename.empty() ? "unknown encoding: " : "encoding problem: ") + encoding, 1);
        result.error->no_location = !filename.empty();
        return result;
    }
    if (bom && normal != "utf-8") {
        result.error = make_error("encoding problem: " + normal + " with BOM", 1);
        result.error->no_location = !filename.empty();
        return result;
    }

    // CPython reads line by line, so whichever of a null byte or a bad
    // UTF-8 sequence comes first is reported.
    size_t nul = text.find('\0');
    std::optional<LexError> utf8_error;
    if (normal == "utf-8") utf8_error = check_utf8(text.substr(0, nul), filename);
    if (utf8_error) {
        result.error = utf8_error;
        return result;
    }
    if (nul != std::string_view::npos) {
        // No column: CPython shows the line up to the NUL and no caret.
        result.error = make_error("source code cannot contain null bytes", line_of(text, nul));
        result.error->pos.col = -1;
        return result;
    }
    result.text = normalize_newlines(normal == "utf-8" ? std::string(text) : latin1_to_utf8(text));
    return result;
}

} // namespace pyco::lex

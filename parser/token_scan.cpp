#include "parser/token_scan.h"

namespace pyco::parse::scan {

using K = TokenKind;

bool is_open_bracket(TokenKind kind) {
    return kind == K::LParen || kind == K::LBracket || kind == K::LBrace;
}

bool is_close_bracket(TokenKind kind) {
    return kind == K::RParen || kind == K::RBracket || kind == K::RBrace;
}

namespace {

bool is_atom(TokenKind kind) {
    switch (kind) {
    case K::Name: case K::Integer: case K::Float: case K::Imaginary: case K::String:
    case K::Bytes: case K::FString: case K::True: case K::False: case K::None:
    case K::Ellipsis:
        return true;
    default:
        return false;
    }
}

bool is_string(TokenKind kind) {
    return kind == K::String || kind == K::Bytes || kind == K::FString;
}

bool is_arith_op(TokenKind kind) {
    switch (kind) {
    case K::VBar: case K::Circumflex: case K::Amper: case K::LeftShift: case K::RightShift:
    case K::Plus: case K::Minus: case K::Star: case K::Slash: case K::DoubleSlash:
    case K::Percent: case K::At: case K::DoubleStar:
        return true;
    default:
        return false;
    }
}

bool is_logic_op(TokenKind kind) {
    switch (kind) {
    case K::Less: case K::Greater: case K::EqEqual: case K::NotEqual: case K::LessEqual:
    case K::GreaterEqual: case K::In: case K::Is: case K::And: case K::Or:
        return true;
    default:
        return false;
    }
}

bool is_prefix_op(TokenKind kind, Level level) {
    if (kind == K::Plus || kind == K::Minus || kind == K::Tilde || kind == K::Await) return true;
    return kind == K::Not && level != Level::BitwiseOr;
}

// Index after one operand (prefix operators, atom, trailers), or npos.
size_t skip_operand(const std::vector<Token>& t, size_t i, Level level) {
    while (i < t.size() && is_prefix_op(t[i].kind, level)) ++i;
    if (i >= t.size()) return npos;
    if (level == Level::Expression && t[i].kind == K::Lambda) {
        // lambda params ':' expression
        size_t j = i + 1;
        while (j < t.size() && t[j].kind != K::Colon) {
            if (is_open_bracket(t[j].kind)) j = matching_close(t, j);
            if (j == npos || t[j].kind == K::Newline) return npos;
            ++j;
        }
        return j < t.size() ? skip_expression(t, j + 1, level) : npos;
    }
    if (is_string(t[i].kind)) {
        while (i < t.size() && is_string(t[i].kind)) ++i;
    } else if (is_atom(t[i].kind)) {
        ++i;
    } else if (is_open_bracket(t[i].kind)) {
        size_t close = matching_close(t, i);
        if (close == npos) return npos;
        i = close + 1;
    } else {
        return npos;
    }
    // trailers
    while (i < t.size()) {
        if (t[i].kind == K::Dot && i + 1 < t.size() && t[i + 1].kind == K::Name) {
            i += 2;
        } else if (t[i].kind == K::LParen || t[i].kind == K::LBracket) {
            size_t close = matching_close(t, i);
            if (close == npos) return npos;
            i = close + 1;
        } else {
            break;
        }
    }
    return i;
}

// Length of the binary operator at i (0 if none at this level).
size_t binary_op_length(const std::vector<Token>& t, size_t i, Level level) {
    if (i >= t.size()) return 0;
    if (is_arith_op(t[i].kind)) return 1;
    if (level == Level::BitwiseOr) return 0;
    if (t[i].kind == K::Not && i + 1 < t.size() && t[i + 1].kind == K::In) return 2;
    if (t[i].kind == K::Is && i + 1 < t.size() && t[i + 1].kind == K::Not) return 2;
    return is_logic_op(t[i].kind) ? 1 : 0;
}

} // namespace

bool starts_expression(TokenKind kind) {
    return is_atom(kind) || is_open_bracket(kind) || is_prefix_op(kind, Level::Expression) ||
           kind == K::Lambda;
}

bool ends_operand(TokenKind kind) {
    return is_atom(kind) || is_close_bracket(kind);
}

size_t matching_close(const std::vector<Token>& t, size_t open) {
    int depth = 0;
    for (size_t i = open; i < t.size(); ++i) {
        if (is_open_bracket(t[i].kind)) ++depth;
        else if (is_close_bracket(t[i].kind) && --depth == 0) return i;
    }
    return npos;
}

size_t matching_open(const std::vector<Token>& t, size_t close) {
    int depth = 0;
    for (size_t i = close + 1; i-- > 0;) {
        if (is_close_bracket(t[i].kind)) ++depth;
        else if (is_open_bracket(t[i].kind) && --depth == 0) return i;
    }
    return npos;
}

size_t skip_expression(const std::vector<Token>& t, size_t i, Level level) {
    i = skip_operand(t, i, level);
    while (i != npos) {
        if (size_t n = binary_op_length(t, i, level)) {
            i = skip_operand(t, i + n, level);
        } else if (level == Level::Expression && i < t.size() && t[i].kind == K::If) {
            size_t cond = skip_expression(t, i + 1, Level::Disjunction);
            if (cond == npos || cond >= t.size() || t[cond].kind != K::Else) return npos;
            return skip_expression(t, cond + 1, level);
        } else {
            break;
        }
    }
    return i;
}

size_t expression_start(const std::vector<Token>& t, size_t last, Level level) {
    size_t j = last;
    for (;;) {
        // one operand ending at j: atom or bracket group, trailers, prefixes
        for (;;) {
            if (is_close_bracket(t[j].kind)) {
                size_t open = matching_open(t, j);
                if (open == npos) return j + 1;
                j = open;
                bool trailer = t[j].kind != K::LBrace && j > 0 && ends_operand(t[j - 1].kind);
                if (!trailer) break;
                --j;
            } else if (is_string(t[j].kind)) {
                while (j > 0 && is_string(t[j - 1].kind)) --j;
                break;
            } else if (t[j].kind == K::Name && j >= 2 && t[j - 1].kind == K::Dot &&
                       ends_operand(t[j - 2].kind)) {
                j -= 2;
            } else {
                break;
            }
        }
        while (j >= 1 && is_prefix_op(t[j - 1].kind, level) &&
               !(j >= 2 && ends_operand(t[j - 2].kind))) {
            --j;
        }
        // a binary operator before it continues the expression
        if (j >= 2 && ends_operand(t[j - 2].kind) && binary_op_length(t, j - 1, level) == 1) {
            j -= 2;
        } else if (j >= 3 && level != Level::BitwiseOr && ends_operand(t[j - 3].kind) &&
                   binary_op_length(t, j - 2, level) == 2) {
            j -= 3;
        } else {
            return j;
        }
    }
}

int depth_at(const std::vector<Token>& t, size_t index) {
    int depth = 0;
    for (size_t i = 0; i < index && i < t.size(); ++i) {
        if (is_open_bracket(t[i].kind)) ++depth;
        else if (is_close_bracket(t[i].kind) && depth > 0) --depth;
    }
    return depth;
}

} // namespace pyco::parse::scan

// Compile-time SyntaxWarnings (CPython 3.11's check_compare, check_caller,
// check_subscripter, check_index and the parenthesised-assert check): code
// that is valid but almost certainly a mistake, such as `x is 1` or a
// missing comma in `[(1, 2) (3, 4)]`.
//
// They are printed as the warnings module's default action shows them:
//   file.py:3: SyntaxWarning: "is" with a literal. Did you mean "=="?
//     if x is 1:
// (the source line only when the file's text is known).
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/source_cache.h"
#include "runtime/stdio.h"
#include "vm/compiler_internal.h"

namespace pyco {

namespace {

using Kind = ast::ConstantValue::Kind;

const char* constant_type_name(const ast::ConstantValue& v) {
    switch (v.kind) {
    case Kind::None: return "NoneType";
    case Kind::True:
    case Kind::False: return "bool";
    case Kind::Ellipsis: return "ellipsis";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::Complex: return "complex";
    case Kind::Str: return "str";
    case Kind::Bytes: return "bytes";
    }
    return nullptr;
}

// A tuple display of literals: CPython's AST optimizer makes it a constant.
bool is_constant_tuple(const ast::Expr& e) {
    auto* t = ast::as<ast::Tuple>(&e);
    if (!t) return false;
    for (const auto& elt : t->elts)
        if (!ast::as<ast::Constant>(elt.get()) && !is_constant_tuple(*elt)) return false;
    return true;
}

// The type a literal expression evaluates to (CPython's infer_type), or
// null when it is not known at compile time.
const char* literal_type_name(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::Tuple: return "tuple";
    case K::List:
    case K::ListComp: return "list";
    case K::Dict:
    case K::DictComp: return "dict";
    case K::Set:
    case K::SetComp: return "set";
    case K::GeneratorExp: return "generator";
    case K::Lambda: return "function";
    case K::JoinedStr:
    case K::FormattedValue: return "str";
    case K::Slice: return "slice";
    case K::Constant: return constant_type_name(static_cast<const ast::Constant&>(e).value);
    default: return nullptr;
    }
}

// May an operand of `is` be this expression? Anything but a literal, except
// the singletons None, True, False and Ellipsis (and what the AST optimizer
// folds into a literal: tuples of literals, signed numbers).
bool is_identity_operand(const ast::Expr& e) {
    if (auto* c = ast::as<ast::Constant>(&e)) {
        Kind k = c->value.kind;
        return k == Kind::None || k == Kind::True || k == Kind::False || k == Kind::Ellipsis;
    }
    if (auto* u = ast::as<ast::UnaryOp>(&e); u && u->op != ast::UnaryOpKind::Not) {
        auto* c = ast::as<ast::Constant>(u->operand.get());
        return !(c && (c->value.kind == Kind::Int || c->value.kind == Kind::Float || c->value.kind == Kind::Complex));
    }
    return !is_constant_tuple(e);
}

} // namespace

Status Compiler::warn(std::string_view message) {
    int lineno = u_->loc.line > 0 ? u_->loc.line : u_->firstlineno;
    std::string text = std::string(source_.filename) + ":" + std::to_string(lineno) + ": SyntaxWarning: ";
    text += message;
    text += '\n';
    if (std::optional<std::string> line = source_line(source_.filename, lineno)) {
        size_t begin = line->find_first_not_of(" \t\f\r\n");
        size_t end = line->find_last_not_of(" \t\f\r\n");
        if (begin != std::string::npos) text += "  " + line->substr(begin, end - begin + 1) + "\n";
    }
    // Where warnings.showwarning writes: sys.stderr, whatever it is now.
    if (Ref err = sys_stream(2)) {
        Handle<Str> s = make_str(text);
        Result<Ref> written = call_method(err, intern("write"), {s.get()});
        if (written.failed()) return kError;
        return ok_status();
    }
    write_stderr(text);
    return ok_status();
}

Status Compiler::check_compare(const ast::Compare& e) {
    bool left = is_identity_operand(*e.left);
    for (size_t i = 0; i < e.ops.size(); ++i) {
        bool right = is_identity_operand(*e.comparators[i]);
        ast::CmpOpKind op = e.ops[i];
        if ((op == ast::CmpOpKind::Is || op == ast::CmpOpKind::IsNot) && (!left || !right))
            return warn(op == ast::CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                 : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return ok_status();
}

Status Compiler::check_caller(const ast::Expr& func) {
    using K = ast::ExprKind;
    switch (func.kind) {
    case K::Constant:
    case K::Tuple:
    case K::List:
    case K::ListComp:
    case K::Dict:
    case K::DictComp:
    case K::Set:
    case K::SetComp:
    case K::GeneratorExp:
    case K::JoinedStr:
    case K::FormattedValue:
        return warn(std::string("'") + literal_type_name(func) +
                    "' object is not callable; perhaps you missed a comma?");
    default: return ok_status();
    }
}

// `value[index]` where value is a literal that cannot be subscripted, or a
// sequence literal indexed by something that cannot be an index.
Status Compiler::check_subscript(const ast::Subscript& e) {
    const ast::Expr& value = *e.value;
    using K = ast::ExprKind;
    bool not_subscriptable = false;
    switch (value.kind) {
    case K::Constant: {
        Kind k = static_cast<const ast::Constant&>(value).value.kind;
        not_subscriptable = k == Kind::None || k == Kind::Ellipsis || k == Kind::Int || k == Kind::True ||
                            k == Kind::False || k == Kind::Float || k == Kind::Complex;
        break;
    }
    case K::Set:
    case K::SetComp:
    case K::GeneratorExp:
    case K::Lambda: not_subscriptable = true; break;
    default: break;
    }
    if (not_subscriptable)
        return warn(std::string("'") + literal_type_name(value) +
                    "' object is not subscriptable; perhaps you missed a comma?");

    const char* index_type = literal_type_name(*e.slice);
    if (!index_type || std::string_view(index_type) == "int" || std::string_view(index_type) == "bool" ||
        std::string_view(index_type) == "slice")
        return ok_status();
    bool sequence = false;
    switch (value.kind) {
    case K::Constant: {
        Kind k = static_cast<const ast::Constant&>(value).value.kind;
        sequence = k == Kind::Str || k == Kind::Bytes;
        break;
    }
    case K::Tuple:
    case K::List:
    case K::ListComp:
    case K::JoinedStr:
    case K::FormattedValue: sequence = true; break;
    default: break;
    }
    if (!sequence) return ok_status();
    return warn(std::string(literal_type_name(value)) + " indices must be integers or slices, not " + index_type +
                "; perhaps you missed a comma?");
}

} // namespace pyco

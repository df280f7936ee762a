// Expression unparsing for PEP 563 (`from __future__ import annotations`):
// annotations are stored as the source text CPython's ast_unparse.c would
// produce — normalised spacing, minimal parentheses by precedence,
// constants in repr() form.
#include <cmath>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

namespace {

// Binding strength, weakest first (ast_unparse.c's PR_*).
enum Precedence : int {
    kTuple,
    kTest, // if-else, lambda
    kOr,
    kAnd,
    kNot,
    kCmp,
    kBor, // also "expr"
    kBxor,
    kBand,
    kShift,
    kArith,
    kTerm,
    kFactor,
    kPower,
    kAwait,
    kAtom,
};

class Unparser {
public:
    Result<std::string> run(const ast::Expr& e) {
        TRY(expr(e, kTest));
        return std::move(out_);
    }

private:
    using Ast = const ast::Expr&;

    Status open_if(bool cond) {
        if (cond) out_ += '(';
        return ok_status();
    }
    void close_if(bool cond) {
        if (cond) out_ += ')';
    }

    Status sequence(const ast::ExprList& elts, int level, const char* sep = ", ") {
        for (size_t i = 0; i < elts.size(); ++i) {
            if (i) out_ += sep;
            TRY(expr(*elts[i], level));
        }
        return ok_status();
    }

    Status constant(const ast::ConstantValue& v) {
        using Kind = ast::ConstantValue::Kind;
        switch (v.kind) {
        case Kind::None: out_ += "None"; return ok_status();
        case Kind::True: out_ += "True"; return ok_status();
        case Kind::False: out_ += "False"; return ok_status();
        case Kind::Ellipsis: out_ += "..."; return ok_status();
        case Kind::Float:
            // inf has no literal; 1e309 reads back as inf.
            out_ += std::isinf(v.number) ? "1e309" : float_repr(v.number);
            return ok_status();
        case Kind::Complex: {
            std::string imag = std::isinf(v.number) ? "1e309" : float_repr(v.number);
            if (imag.ends_with(".0")) imag.resize(imag.size() - 2);
            out_ += imag + "j";
            return ok_status();
        }
        case Kind::Int: {
            Ref value = TRY(int_from_string(v.text, v.int_base));
            out_ += int_to_decimal(value);
            return ok_status();
        }
        case Kind::Str: out_ += str_repr_text(v.text); return ok_status();
        case Kind::Bytes: {
            Ref value = make_bytes(v.text).ref();
            out_ += TRY(repr_text(value));
            return ok_status();
        }
        }
        return ok_status();
    }

    Status comprehensions(const ast::ComprehensionList& generators) {
        for (const auto& gen : generators) {
            out_ += gen.is_async ? " async for " : " for ";
            TRY(expr(*gen.target, kTuple));
            out_ += " in ";
            TRY(expr(*gen.iter, kTest + 1));
            for (const auto& cond : gen.ifs) {
                out_ += " if ";
                TRY(expr(*cond, kTest + 1));
            }
        }
        return ok_status();
    }

    Status arguments(const ast::Arguments& a) {
        bool first = true;
        auto sep = [&] {
            if (!first) out_ += ", ";
            first = false;
        };
        size_t npos = a.posonlyargs.size() + a.args.size();
        size_t default_start = npos - a.defaults.size();
        for (size_t i = 0; i < npos; ++i) {
            const ast::Arg& arg = i < a.posonlyargs.size() ? a.posonlyargs[i] : a.args[i - a.posonlyargs.size()];
            sep();
            out_ += arg.arg;
            if (i >= default_start) {
                out_ += '=';
                TRY(expr(*a.defaults[i - default_start], kTest));
            }
            if (i + 1 == a.posonlyargs.size()) out_ += ", /";
        }
        if (a.vararg || !a.kwonlyargs.empty()) {
            sep();
            out_ += '*';
            if (a.vararg) out_ += a.vararg->arg;
        }
        for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
            sep();
            out_ += a.kwonlyargs[i].arg;
            if (i < a.kw_defaults.size() && a.kw_defaults[i]) {
                out_ += '=';
                TRY(expr(*a.kw_defaults[i], kTest));
            }
        }
        if (a.kwarg) {
            sep();
            out_ += "**" + a.kwarg->arg;
        }
        return ok_status();
    }

    // The body of an f-string, without quotes: literal text with braces
    // doubled, replacement fields in braces.
    Status fstring_body(const ast::Expr& e, std::string& body) {
        if (auto* c = ast::as<ast::Constant>(&e)) {
            for (char ch : c->value.text) {
                body += ch;
                if (ch == '{' || ch == '}') body += ch;
            }
            return ok_status();
        }
        if (auto* j = ast::as<ast::JoinedStr>(&e)) {
            for (const auto& v : j->values) TRY(fstring_body(*v, body));
            return ok_status();
        }
        auto& f = static_cast<const ast::FormattedValue&>(e);
        Unparser inner;
        TRY(inner.expr(*f.value, kTest + 1));
        body += '{';
        if (!inner.out_.empty() && inner.out_[0] == '{') body += ' '; // not an escaped brace
        body += inner.out_;
        if (f.conversion > 0) {
            body += '!';
            body += static_cast<char>(f.conversion);
        }
        if (f.format_spec) {
            body += ':';
            TRY(fstring_body(*f.format_spec, body));
        }
        body += '}';
        return ok_status();
    }

    Status expr(Ast e, int level) {
        using K = ast::ExprKind;
        switch (e.kind) {
        case K::BoolOp: {
            auto& b = static_cast<const ast::BoolOp&>(e);
            int pr = b.op == ast::BoolOpKind::And ? kAnd : kOr;
            TRY(open_if(level > pr));
            TRY(sequence(b.values, pr + 1, b.op == ast::BoolOpKind::And ? " and " : " or "));
            close_if(level > pr);
            return ok_status();
        }
        case K::BinOp: {
            auto& b = static_cast<const ast::BinOp&>(e);
            static constexpr struct {
                const char* text;
                int pr;
            } kOps[] = {{" + ", kArith}, {" - ", kArith},  {" * ", kTerm},   {" @ ", kTerm},   {" / ", kTerm},
                        {" % ", kTerm},  {" ** ", kPower}, {" << ", kShift}, {" >> ", kShift}, {" | ", kBor},
                        {" ^ ", kBxor},  {" & ", kBand},   {" // ", kTerm}};
            auto op = kOps[static_cast<int>(b.op)];
            int rassoc = b.op == ast::OperatorKind::Pow ? 1 : 0;
            TRY(open_if(level > op.pr));
            TRY(expr(*b.left, op.pr + rassoc));
            out_ += op.text;
            TRY(expr(*b.right, op.pr + 1 - rassoc));
            close_if(level > op.pr);
            return ok_status();
        }
        case K::UnaryOp: {
            auto& u = static_cast<const ast::UnaryOp&>(e);
            static constexpr const char* kOps[] = {"~", "not ", "+", "-"};
            int pr = u.op == ast::UnaryOpKind::Not ? kNot : kFactor;
            TRY(open_if(level > pr));
            out_ += kOps[static_cast<int>(u.op)];
            TRY(expr(*u.operand, pr));
            close_if(level > pr);
            return ok_status();
        }
        case K::Lambda: {
            auto& l = static_cast<const ast::Lambda&>(e);
            TRY(open_if(level > kTest));
            const ast::Arguments& a = *l.args;
            bool has_args = !a.posonlyargs.empty() || !a.args.empty() || a.vararg || !a.kwonlyargs.empty() || a.kwarg;
            out_ += has_args ? "lambda " : "lambda";
            TRY(arguments(a));
            out_ += ": ";
            TRY(expr(*l.body, kTest));
            close_if(level > kTest);
            return ok_status();
        }
        case K::IfExp: {
            auto& i = static_cast<const ast::IfExp&>(e);
            TRY(open_if(level > kTest));
            TRY(expr(*i.body, kTest + 1));
            out_ += " if ";
            TRY(expr(*i.test, kTest + 1));
            out_ += " else ";
            TRY(expr(*i.orelse, kTest));
            close_if(level > kTest);
            return ok_status();
        }
        case K::Dict: {
            auto& d = static_cast<const ast::Dict&>(e);
            out_ += '{';
            for (size_t i = 0; i < d.values.size(); ++i) {
                if (i) out_ += ", ";
                if (d.keys[i]) {
                    TRY(expr(*d.keys[i], kTest));
                    out_ += ": ";
                    TRY(expr(*d.values[i], kTest));
                } else {
                    out_ += "**";
                    TRY(expr(*d.values[i], kBor));
                }
            }
            out_ += '}';
            return ok_status();
        }
        case K::Set: {
            auto& s = static_cast<const ast::Set&>(e);
            if (s.elts.empty()) {
                out_ += "{*()}";
                return ok_status();
            }
            out_ += '{';
            TRY(sequence(s.elts, kTest));
            out_ += '}';
            return ok_status();
        }
        case K::ListComp: {
            auto& c = static_cast<const ast::ListComp&>(e);
            out_ += '[';
            TRY(expr(*c.elt, kTest));
            TRY(comprehensions(c.generators));
            out_ += ']';
            return ok_status();
        }
        case K::SetComp: {
            auto& c = static_cast<const ast::SetComp&>(e);
            out_ += '{';
            TRY(expr(*c.elt, kTest));
            TRY(comprehensions(c.generators));
            out_ += '}';
            return ok_status();
        }
        case K::DictComp: {
            auto& c = static_cast<const ast::DictComp&>(e);
            out_ += '{';
            TRY(expr(*c.key, kTest));
            out_ += ": ";
            TRY(expr(*c.value, kTest));
            TRY(comprehensions(c.generators));
            out_ += '}';
            return ok_status();
        }
        case K::GeneratorExp: {
            auto& c = static_cast<const ast::GeneratorExp&>(e);
            out_ += '(';
            TRY(expr(*c.elt, kTest));
            TRY(comprehensions(c.generators));
            out_ += ')';
            return ok_status();
        }
        case K::Await: {
            TRY(open_if(level > kAwait));
            out_ += "await ";
            TRY(expr(*static_cast<const ast::Await&>(e).value, kAtom));
            close_if(level > kAwait);
            return ok_status();
        }
        case K::Yield: {
            auto& y = static_cast<const ast::Yield&>(e);
            out_ += y.value ? "(yield " : "(yield";
            if (y.value) TRY(expr(*y.value, kTest));
            out_ += ')';
            return ok_status();
        }
        case K::YieldFrom:
            out_ += "(yield from ";
            TRY(expr(*static_cast<const ast::YieldFrom&>(e).value, kTest));
            out_ += ')';
            return ok_status();
        case K::Compare: {
            auto& c = static_cast<const ast::Compare&>(e);
            static constexpr const char* kOps[] = {" == ", " != ", " < ",      " <= ", " > ",
                                                   " >= ", " is ", " is not ", " in ", " not in "};
            TRY(open_if(level > kCmp));
            TRY(expr(*c.left, kCmp + 1));
            for (size_t i = 0; i < c.ops.size(); ++i) {
                out_ += kOps[static_cast<int>(c.ops[i])];
                TRY(expr(*c.comparators[i], kCmp + 1));
            }
            close_if(level > kCmp);
            return ok_status();
        }
        case K::Call: {
            auto& c = static_cast<const ast::Call&>(e);
            TRY(expr(*c.func, kAtom));
            // f(x for x in y): the generator's parentheses are the call's.
            if (c.args.size() == 1 && c.keywords.empty() && ast::as<ast::GeneratorExp>(c.args[0].get()))
                return expr(*c.args[0], kTest);
            out_ += '(';
            TRY(sequence(c.args, kTest));
            for (size_t i = 0; i < c.keywords.size(); ++i) {
                if (i || !c.args.empty()) out_ += ", ";
                const ast::Keyword& kw = c.keywords[i];
                out_ += kw.arg.empty() ? "**" : kw.arg + "=";
                TRY(expr(*kw.value, kTest));
            }
            out_ += ')';
            return ok_status();
        }
        case K::FormattedValue:
        case K::JoinedStr: {
            std::string body;
            TRY(fstring_body(e, body));
            out_ += 'f' + str_repr_text(body);
            return ok_status();
        }
        case K::Constant: return constant(static_cast<const ast::Constant&>(e).value);
        case K::Attribute: {
            auto& a = static_cast<const ast::Attribute&>(e);
            TRY(expr(*a.value, kAtom));
            // `1 .real`: an int literal needs a space before the dot.
            auto* c = ast::as<ast::Constant>(a.value.get());
            out_ += c && c->value.kind == ast::ConstantValue::Kind::Int ? " ." : ".";
            out_ += a.attr;
            return ok_status();
        }
        case K::Subscript: {
            auto& s = static_cast<const ast::Subscript&>(e);
            TRY(expr(*s.value, kAtom));
            out_ += '[';
            TRY(expr(*s.slice, kTuple));
            out_ += ']';
            return ok_status();
        }
        case K::Starred: out_ += '*'; return expr(*static_cast<const ast::Starred&>(e).value, kBor);
        case K::Name: out_ += static_cast<const ast::Name&>(e).id; return ok_status();
        case K::List:
            out_ += '[';
            TRY(sequence(static_cast<const ast::List&>(e).elts, kTest));
            out_ += ']';
            return ok_status();
        case K::Tuple: {
            auto& t = static_cast<const ast::Tuple&>(e);
            if (t.elts.empty()) {
                out_ += "()";
                return ok_status();
            }
            TRY(open_if(level > kTuple));
            TRY(sequence(t.elts, kTest));
            if (t.elts.size() == 1) out_ += ',';
            close_if(level > kTuple);
            return ok_status();
        }
        case K::Slice: {
            auto& s = static_cast<const ast::Slice&>(e);
            if (s.lower) TRY(expr(*s.lower, kTest));
            out_ += ':';
            if (s.upper) TRY(expr(*s.upper, kTest));
            if (s.step) {
                out_ += ':';
                TRY(expr(*s.step, kTest));
            }
            return ok_status();
        }
        case K::NamedExpr: {
            auto& n = static_cast<const ast::NamedExpr&>(e);
            TRY(open_if(level > kTuple));
            TRY(expr(*n.target, kAtom));
            out_ += " := ";
            TRY(expr(*n.value, kAtom));
            close_if(level > kTuple);
            return ok_status();
        }
        }
        return ok_status();
    }

    std::string out_;
};

} // namespace

Result<std::string> unparse_annotation(const ast::Expr& annotation) { return Unparser().run(annotation); }

} // namespace pyco

// Code generation for expressions: operators, constants, containers,
// calls, attribute and item access, conditional jumps, f-strings, yield and
// await. Lambdas and comprehensions open new units (compiler_function.cpp,
// compiler_comprehension.cpp).
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

namespace {

// CPython's STACK_USE_GUIDELINE: longer displays and calls are built
// incrementally so the value stack stays small.
constexpr size_t kStackUseGuideline = 30;

bool is_starred(const ast::Expr& e) { return e.kind == ast::ExprKind::Starred; }

// CPython interns string constants that look like identifiers.
bool all_name_chars(std::string_view s) {
    for (unsigned char c : s)
        if (!(std::isalnum(c) || c == '_')) return false;
    return true;
}

} // namespace

uint32_t binary_op_arg(ast::OperatorKind op, bool inplace) {
    // Indexed by ast::OperatorKind.
    static constexpr BinaryOpKind kKinds[] = {
        BinaryOpKind::Add,         BinaryOpKind::Subtract,  BinaryOpKind::Multiply, BinaryOpKind::MatMul,
        BinaryOpKind::TrueDivide,  BinaryOpKind::Remainder, BinaryOpKind::Power,    BinaryOpKind::LShift,
        BinaryOpKind::RShift,      BinaryOpKind::Or,        BinaryOpKind::Xor,      BinaryOpKind::And,
        BinaryOpKind::FloorDivide,
    };
    auto kind = static_cast<uint32_t>(kKinds[static_cast<int>(op)]);
    if (inplace) kind += static_cast<uint32_t>(BinaryOpKind::InplaceAdd) - static_cast<uint32_t>(BinaryOpKind::Add);
    return kind;
}

// ---------------------------------------------------------------- dispatch

Status Compiler::visit_exprs(const ast::ExprList& exprs) {
    for (const auto& e : exprs) TRY(visit_expr(*e));
    return ok_status();
}

Status Compiler::visit_expr(const ast::Expr& e) {
    TRY(enter_depth());
    LocSaver saved(u_);
    set_loc(e.loc);
    Status status = visit_expr_inner(e);
    leave_depth();
    return status;
}

Status Compiler::visit_expr_inner(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::BoolOp: return compile_boolop(static_cast<const ast::BoolOp&>(e));
    case K::NamedExpr: {
        auto& n = static_cast<const ast::NamedExpr&>(e);
        TRY(visit_expr(*n.value));
        emit(Opcode::COPY, 1);
        return visit_expr(*n.target);
    }
    case K::BinOp: {
        auto& b = static_cast<const ast::BinOp&>(e);
        TRY(visit_expr(*b.left));
        TRY(visit_expr(*b.right));
        emit(Opcode::BINARY_OP, binary_op_arg(b.op, false));
        return ok_status();
    }
    case K::UnaryOp: {
        auto& u = static_cast<const ast::UnaryOp&>(e);
        TRY(visit_expr(*u.operand));
        static constexpr Opcode kOps[] = {Opcode::UNARY_INVERT, Opcode::UNARY_NOT, Opcode::UNARY_POSITIVE,
                                          Opcode::UNARY_NEGATIVE};
        emit(kOps[static_cast<int>(u.op)]);
        return ok_status();
    }
    case K::Lambda: return compile_lambda(static_cast<const ast::Lambda&>(e));
    case K::IfExp: return compile_ifexp(static_cast<const ast::IfExp&>(e));
    case K::Dict: return compile_dict(static_cast<const ast::Dict&>(e));
    case K::Set:
        return starunpack(static_cast<const ast::Set&>(e).elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD,
                          Opcode::SET_UPDATE, false);
    case K::ListComp: {
        auto& c = static_cast<const ast::ListComp&>(e);
        return compile_comprehension(e, ComprehensionKind::List, c.generators, *c.elt, nullptr);
    }
    case K::SetComp: {
        auto& c = static_cast<const ast::SetComp&>(e);
        return compile_comprehension(e, ComprehensionKind::Set, c.generators, *c.elt, nullptr);
    }
    case K::DictComp: {
        auto& c = static_cast<const ast::DictComp&>(e);
        return compile_comprehension(e, ComprehensionKind::Dict, c.generators, *c.key, c.value.get());
    }
    case K::GeneratorExp: {
        auto& c = static_cast<const ast::GeneratorExp&>(e);
        return compile_comprehension(e, ComprehensionKind::Generator, c.generators, *c.elt, nullptr);
    }
    case K::Await: return compile_await(static_cast<const ast::Await&>(e));
    case K::Yield: return compile_yield(static_cast<const ast::Yield&>(e));
    case K::YieldFrom: return compile_yield_from(static_cast<const ast::YieldFrom&>(e));
    case K::Compare: return compile_compare(static_cast<const ast::Compare&>(e));
    case K::Call: return compile_call(static_cast<const ast::Call&>(e));
    case K::FormattedValue: return compile_formatted_value(static_cast<const ast::FormattedValue&>(e));
    case K::JoinedStr: return compile_joined_str(static_cast<const ast::JoinedStr&>(e));
    case K::Constant: return compile_constant(static_cast<const ast::Constant&>(e).value);
    case K::Attribute: return compile_attribute(static_cast<const ast::Attribute&>(e));
    case K::Subscript: return compile_subscript(static_cast<const ast::Subscript&>(e));
    case K::Starred:
        if (static_cast<const ast::Starred&>(e).ctx == ast::ExprContext::Store)
            return error("starred assignment target must be in a list or tuple");
        return error("can't use starred expression here");
    case K::Name: {
        auto& n = static_cast<const ast::Name&>(e);
        // The AST optimizer's folding: __debug__ is always true (no -O).
        if (n.ctx == ast::ExprContext::Load && n.id == "__debug__") {
            load_const(True());
            return ok_status();
        }
        return compile_name(n.id, n.ctx);
    }
    case K::List: {
        auto& l = static_cast<const ast::List&>(e);
        return compile_sequence(l.elts, l.ctx, false);
    }
    case K::Tuple: {
        auto& t = static_cast<const ast::Tuple&>(e);
        return compile_sequence(t.elts, t.ctx, true);
    }
    case K::Slice: return compile_slice(static_cast<const ast::Slice&>(e));
    }
    return ok_status();
}

// ---------------------------------------------------------------- constants

bool Compiler::is_simple_constant(const ast::Expr& e) const {
    auto* c = ast::as<ast::Constant>(&e);
    return c && c->value.kind != ast::ConstantValue::Kind::Complex;
}

Result<Ref> Compiler::constant_object(const ast::ConstantValue& value) {
    using Kind = ast::ConstantValue::Kind;
    switch (value.kind) {
    case Kind::None: return Ref::borrow(None());
    case Kind::True: return Ref::borrow(True());
    case Kind::False: return Ref::borrow(False());
    case Kind::Ellipsis: return Ref::borrow(Ellipsis());
    case Kind::Int: return int_from_string(value.text, value.int_base);
    case Kind::Float: return make_float(value.number);
    case Kind::Str:
        if (all_name_chars(value.text)) return Ref::borrow(Value(intern(value.text)));
        return make_str(value.text).ref();
    case Kind::Bytes: return make_bytes(value.text).ref();
    case Kind::Complex: break;
    }
    return raise(SystemError_type, "compiler: complex constants have no object");
}

Status Compiler::compile_constant(const ast::ConstantValue& value) {
    if (value.kind == ast::ConstantValue::Kind::Complex) {
        emit_unsupported_complex();
        return ok_status();
    }
    Ref object = TRY(constant_object(value));
    load_const(object);
    return ok_status();
}

// pyco has no complex type: evaluating an imaginary literal raises
// NotImplementedError at run time (the type object itself is the
// constant, so a rebound name cannot interfere).
void Compiler::emit_unsupported_complex() {
    emit(Opcode::PUSH_NULL);
    load_const(Value(&NotImplementedError_type));
    load_const(make_str("complex numbers are not supported").get());
    emit(Opcode::CALL, 1);
    emit(Opcode::RAISE_VARARGS, 1);
}

// Whether a constant test is known true or false at compile time.
std::optional<bool> Compiler::constant_truth(const ast::Expr& e) {
    auto* c = ast::as<ast::Constant>(&e);
    if (!c) return std::nullopt;
    using Kind = ast::ConstantValue::Kind;
    const ast::ConstantValue& v = c->value;
    switch (v.kind) {
    case Kind::None:
    case Kind::False: return false;
    case Kind::True:
    case Kind::Ellipsis: return true;
    case Kind::Int: return v.text.find_first_not_of('0') != std::string::npos;
    case Kind::Float: return v.number != 0;
    case Kind::Str:
    case Kind::Bytes: return !v.text.empty();
    case Kind::Complex: break; // evaluated (and raising) at run time
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- operators

Status Compiler::compile_boolop(const ast::BoolOp& e) {
    Opcode jump = e.op == ast::BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
    Label end = new_label();
    for (size_t i = 0; i + 1 < e.values.size(); ++i) {
        TRY(visit_expr(*e.values[i]));
        emit_jump(jump, end);
    }
    TRY(visit_expr(*e.values.back()));
    bind(end);
    return ok_status();
}

void Compiler::emit_compare(ast::CmpOpKind op) {
    using C = ast::CmpOpKind;
    switch (op) {
    case C::Is: emit(Opcode::IS_OP, 0); return;
    case C::IsNot: emit(Opcode::IS_OP, 1); return;
    case C::In: emit(Opcode::CONTAINS_OP, 0); return;
    case C::NotIn: emit(Opcode::CONTAINS_OP, 1); return;
    case C::Eq: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq)); return;
    case C::NotEq: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne)); return;
    case C::Lt: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt)); return;
    case C::LtE: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le)); return;
    case C::Gt: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt)); return;
    case C::GtE: emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge)); return;
    }
}

// `a < b < c`: each middle operand is evaluated once and kept (SWAP/COPY)
// for the next comparison; a false link leaves its result, the operand
// underneath popped on the cleanup path.
Status Compiler::compile_compare(const ast::Compare& e) {
    TRY(check_compare(e));
    TRY(visit_expr(*e.left));
    size_t n = e.ops.size() - 1;
    if (n == 0) {
        TRY(visit_expr(*e.comparators[0]));
        emit_compare(e.ops[0]);
        return ok_status();
    }
    Label cleanup = new_label(), end = new_label();
    for (size_t i = 0; i < n; ++i) {
        TRY(visit_expr(*e.comparators[i]));
        emit(Opcode::SWAP, 2);
        emit(Opcode::COPY, 2);
        emit_compare(e.ops[i]);
        emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    TRY(visit_expr(*e.comparators[n]));
    emit_compare(e.ops[n]);
    unset_loc();
    emit_jump(Opcode::JUMP, end);
    bind(cleanup);
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP);
    bind(end);
    return ok_status();
}

// Jump to `target` when the truth of `e` equals `cond`, short-circuiting
// `not`, `and`/`or`, conditional expressions and comparison chains without
// materialising intermediate booleans (CPython's compiler_jump_if).
Status Compiler::compile_jump_if(const ast::Expr& e, Label target, bool cond) {
    TRY(enter_depth());
    struct Leave {
        Compiler* c;
        ~Leave() { c->leave_depth(); }
    } leave{this};
    if (auto* u = ast::as<ast::UnaryOp>(&e); u && u->op == ast::UnaryOpKind::Not)
        return compile_jump_if(*u->operand, target, !cond);
    if (auto* b = ast::as<ast::BoolOp>(&e)) {
        bool cond2 = b->op == ast::BoolOpKind::Or;
        Label next2 = cond2 != cond ? new_label() : target;
        for (size_t i = 0; i + 1 < b->values.size(); ++i) TRY(compile_jump_if(*b->values[i], next2, cond2));
        TRY(compile_jump_if(*b->values.back(), target, cond));
        if (next2 != target) bind(next2);
        return ok_status();
    }
    if (auto* ifexp = ast::as<ast::IfExp>(&e)) {
        Label end = new_label(), next2 = new_label();
        TRY(compile_jump_if(*ifexp->test, next2, false));
        TRY(compile_jump_if(*ifexp->body, target, cond));
        emit_jump(Opcode::JUMP, end);
        bind(next2);
        TRY(compile_jump_if(*ifexp->orelse, target, cond));
        bind(end);
        return ok_status();
    }
    // CPython 3.11 gives a tested comparison's location to the jump and
    // leaves it current: an `assert a == b` raises at the comparison.
    auto* cmp = ast::as<ast::Compare>(&e);
    if (cmp) set_loc(e.loc);
    if (cmp && cmp->ops.size() > 1) {
        TRY(check_compare(*cmp));
        size_t n = cmp->ops.size() - 1;
        Label cleanup = new_label(), end = new_label();
        TRY(visit_expr(*cmp->left));
        for (size_t i = 0; i < n; ++i) {
            TRY(visit_expr(*cmp->comparators[i]));
            emit(Opcode::SWAP, 2);
            emit(Opcode::COPY, 2);
            emit_compare(cmp->ops[i]);
            emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
        }
        TRY(visit_expr(*cmp->comparators[n]));
        emit_compare(cmp->ops[n]);
        emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
        unset_loc();
        emit_jump(Opcode::JUMP, end);
        bind(cleanup);
        emit(Opcode::POP_TOP);
        if (!cond) emit_jump(Opcode::JUMP, target);
        bind(end);
        return ok_status();
    }
    if (cmp && (cmp->ops[0] == ast::CmpOpKind::Is || cmp->ops[0] == ast::CmpOpKind::IsNot)) {
        // `x is None` / `x is not None` test without materialising a bool.
        auto* rhs = ast::as<ast::Constant>(cmp->comparators[0].get());
        if (rhs && rhs->value.kind == ast::ConstantValue::Kind::None) {
            TRY(check_compare(*cmp));
            TRY(visit_expr(*cmp->left));
            bool jump_if_none = cond == (cmp->ops[0] == ast::CmpOpKind::Is);
            emit_jump(jump_if_none ? Opcode::POP_JUMP_IF_NONE : Opcode::POP_JUMP_IF_NOT_NONE, target);
            return ok_status();
        }
    }
    if (std::optional<bool> truth = constant_truth(e)) {
        if (*truth == cond) emit_jump(Opcode::JUMP, target);
        return ok_status();
    }
    TRY(visit_expr(e));
    emit_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
    return ok_status();
}

Status Compiler::compile_ifexp(const ast::IfExp& e) {
    Label end = new_label(), next = new_label();
    TRY(compile_jump_if(*e.test, next, false));
    TRY(visit_expr(*e.body));
    unset_loc();
    emit_jump(Opcode::JUMP, end);
    bind(next);
    TRY(visit_expr(*e.orelse));
    bind(end);
    return ok_status();
}

// ---------------------------------------------------------------- containers

// Build a list/tuple/set display (after `pushed` items already on the
// stack): BUILD_* directly when small and without stars, otherwise build
// an empty collection and add/extend item by item (CPython's
// starunpack_helper). All-constant displays load one tuple constant.
Status Compiler::starunpack(const ast::ExprList& elts, int pushed, Opcode build, Opcode add, Opcode extend,
                            bool tuple) {
    size_t n = elts.size();
    bool all_constant = n > 2;
    for (const auto& elt : elts) all_constant = all_constant && is_simple_constant(*elt);
    if (all_constant) {
        Handle<Tuple> folded = tuple_new(n);
        for (size_t i = 0; i < n; ++i)
            tuple_init_item(folded.get(), i, TRY(constant_object(static_cast<const ast::Constant&>(*elts[i]).value)));
        if (tuple && pushed == 0) {
            load_const(folded.get());
            return ok_status();
        }
        emit(build, static_cast<uint32_t>(pushed));
        if (build == Opcode::BUILD_SET) {
            Handle<Set> frozen = set_new(&frozenset_type);
            for (size_t i = 0; i < n; ++i) TRY(set_add(frozen.get(), folded->items[i]));
            emit(Opcode::LOAD_CONST, static_cast<uint32_t>(add_const(std::move(frozen).ref(), "")));
        } else {
            load_const(folded.get());
        }
        emit(extend, 1);
        if (tuple) emit(Opcode::LIST_TO_TUPLE);
        return ok_status();
    }

    bool big = n + static_cast<size_t>(pushed) > kStackUseGuideline;
    bool seen_star = false;
    for (const auto& elt : elts) seen_star = seen_star || is_starred(*elt);
    if (!seen_star && !big) {
        TRY(visit_exprs(elts));
        emit(tuple ? Opcode::BUILD_TUPLE : build, static_cast<uint32_t>(n + static_cast<size_t>(pushed)));
        return ok_status();
    }
    bool built = false;
    if (big) {
        emit(build, static_cast<uint32_t>(pushed));
        built = true;
    }
    for (size_t i = 0; i < n; ++i) {
        const ast::Expr& elt = *elts[i];
        if (is_starred(elt)) {
            if (!built) {
                emit(build, static_cast<uint32_t>(i + static_cast<size_t>(pushed)));
                built = true;
            }
            TRY(visit_expr(*static_cast<const ast::Starred&>(elt).value));
            emit(extend, 1);
        } else {
            TRY(visit_expr(elt));
            if (built) emit(add, 1);
        }
    }
    if (tuple) emit(Opcode::LIST_TO_TUPLE);
    return ok_status();
}

Status Compiler::compile_sequence(const ast::ExprList& elts, ast::ExprContext ctx, bool is_tuple) {
    switch (ctx) {
    case ast::ExprContext::Store: return unpack_targets(elts);
    case ast::ExprContext::Load:
        return starunpack(elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, is_tuple);
    case ast::ExprContext::Del: return visit_exprs(elts);
    }
    return ok_status();
}

// `a, *b, c = value`: UNPACK_SEQUENCE, or UNPACK_EX around one starred
// target, then store each target (nested targets recurse).
Status Compiler::unpack_targets(const ast::ExprList& elts) {
    size_t n = elts.size();
    bool seen_star = false;
    for (size_t i = 0; i < n; ++i) {
        if (!is_starred(*elts[i])) continue;
        if (seen_star) return error("multiple starred expressions in assignment");
        size_t after = n - i - 1;
        if (i >= (1u << 8) || after >= (kMaxOperand >> 8))
            return error("too many expressions in star-unpacking assignment");
        emit(Opcode::UNPACK_EX, static_cast<uint32_t>(i | (after << 8)));
        seen_star = true;
    }
    if (!seen_star) emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
    for (const auto& elt : elts) {
        if (auto* star = ast::as<ast::Starred>(elt.get())) TRY(visit_expr(*star->value));
        else TRY(visit_expr(*elt));
    }
    return ok_status();
}

Status Compiler::compile_subdict(const ast::Dict& e, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > kStackUseGuideline;
    if (big) emit(Opcode::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        TRY(visit_expr(*e.keys[i]));
        TRY(visit_expr(*e.values[i]));
        if (big) emit(Opcode::MAP_ADD, 1);
    }
    if (!big) emit(Opcode::BUILD_MAP, static_cast<uint32_t>(n));
    return ok_status();
}

// `{k: v, **m, ...}`: runs of key/value pairs become BUILD_MAPs merged with
// DICT_UPDATE, in source order.
Status Compiler::compile_dict(const ast::Dict& e) {
    size_t n = e.values.size();
    bool have_dict = false;
    size_t elements = 0;
    auto flush = [&](size_t begin, size_t end) -> Status {
        TRY(compile_subdict(e, begin, end));
        if (have_dict) emit(Opcode::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
        return ok_status();
    };
    for (size_t i = 0; i < n; ++i) {
        if (!e.keys[i]) {
            if (elements) TRY(flush(i - elements, i));
            if (!have_dict) {
                emit(Opcode::BUILD_MAP, 0);
                have_dict = true;
            }
            TRY(visit_expr(*e.values[i]));
            emit(Opcode::DICT_UPDATE, 1);
        } else if (elements * 2 > kStackUseGuideline) {
            TRY(flush(i - elements, i + 1));
        } else {
            ++elements;
        }
    }
    if (elements) TRY(flush(n - elements, n));
    if (!have_dict) emit(Opcode::BUILD_MAP, 0);
    return ok_status();
}

// ---------------------------------------------------------------- attributes and items

// CPython reports attribute accesses spanning several lines at the
// attribute name (update_start_location_to_match_attr).
void Compiler::move_loc_to_attr(const ast::Attribute& attr) {
    SrcLoc& loc = u_->loc;
    if (loc.line == attr.loc.end_lineno) return;
    loc.line = attr.loc.end_lineno;
    int len = static_cast<int>(attr.attr.size());
    if (len <= attr.loc.end_col_offset) {
        loc.col = attr.loc.end_col_offset - len;
    } else {
        loc.col = loc.end_col = -1;
    }
    loc.end_line = std::max(loc.line, loc.end_line);
    if (loc.line == loc.end_line) loc.end_col = std::max(loc.col, loc.end_col);
}

Status Compiler::compile_attribute(const ast::Attribute& e) {
    TRY(visit_expr(*e.value));
    move_loc_to_attr(e);
    switch (e.ctx) {
    case ast::ExprContext::Load: emit(Opcode::LOAD_ATTR, static_cast<uint32_t>(add_name(e.attr))); break;
    case ast::ExprContext::Store:
        TRY(check_forbidden_name(e.attr, e.ctx));
        emit(Opcode::STORE_ATTR, static_cast<uint32_t>(add_name(e.attr)));
        break;
    case ast::ExprContext::Del: emit(Opcode::DELETE_ATTR, static_cast<uint32_t>(add_name(e.attr))); break;
    }
    return ok_status();
}

Status Compiler::compile_subscript(const ast::Subscript& e) {
    if (e.ctx == ast::ExprContext::Load) TRY(check_subscript(e));
    TRY(visit_expr(*e.value));
    TRY(visit_expr(*e.slice));
    static constexpr Opcode kOps[] = {Opcode::BINARY_SUBSCR, Opcode::STORE_SUBSCR, Opcode::DELETE_SUBSCR};
    emit(kOps[static_cast<int>(e.ctx)]);
    return ok_status();
}

Status Compiler::compile_slice(const ast::Slice& e) {
    for (const auto* part : {e.lower.get(), e.upper.get()}) {
        if (part) TRY(visit_expr(*part));
        else load_none();
    }
    if (e.step) TRY(visit_expr(*e.step));
    emit(Opcode::BUILD_SLICE, e.step ? 3 : 2);
    return ok_status();
}

// ---------------------------------------------------------------- calls

Status Compiler::validate_keywords(const std::vector<ast::Keyword>& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
        const std::string& name = keywords[i].arg;
        if (name.empty()) continue;
        TRY(check_forbidden_name(name, ast::ExprContext::Store));
        for (size_t j = i + 1; j < keywords.size(); ++j) {
            if (keywords[j].arg == name) {
                set_loc(keywords[j].loc);
                return error("keyword argument repeated: " + name);
            }
        }
    }
    return ok_status();
}

Status Compiler::compile_call(const ast::Call& e) {
    TRY(validate_keywords(e.keywords));
    if (auto* method = ast::as<ast::Attribute>(e.func.get()); method && method->ctx == ast::ExprContext::Load) {
        // obj.name(args) without */** unpacking: LOAD_METHOD avoids the
        // bound method object.
        bool simple = e.args.size() + e.keywords.size() + (e.keywords.empty() ? 0 : 1) < kStackUseGuideline;
        for (const auto& arg : e.args) simple = simple && !is_starred(*arg);
        for (const auto& kw : e.keywords) simple = simple && !kw.arg.empty();
        if (simple) return compile_method_call(e, *method);
    }
    TRY(check_caller(*e.func));
    {
        LocSaver saved(u_);
        set_loc(e.func->loc);
        emit(Opcode::PUSH_NULL);
    }
    TRY(visit_expr(*e.func));
    return compile_call_helper(0, e.args, e.keywords);
}

// LOAD_METHOD is located at the attribute, the call at the whole call;
// both start at the method name when the attribute spans lines.
Status Compiler::compile_method_call(const ast::Call& e, const ast::Attribute& method) {
    TRY(visit_expr(*method.value));
    {
        LocSaver saved(u_);
        set_loc(method.loc);
        move_loc_to_attr(method);
        emit(Opcode::LOAD_METHOD, static_cast<uint32_t>(add_name(method.attr)));
    }
    TRY(visit_exprs(e.args));
    LocSaver saved(u_);
    move_loc_to_attr(method);
    auto n = static_cast<uint32_t>(e.args.size() + e.keywords.size());
    if (e.keywords.empty()) {
        emit(Opcode::CALL, n);
        return ok_status();
    }
    for (const auto& kw : e.keywords) TRY(visit_expr(*kw.value));
    TRY(compile_keyword_names(e.keywords, 0, e.keywords.size()));
    emit(Opcode::CALL_KW, n);
    return ok_status();
}

Status Compiler::compile_keyword_names(const std::vector<ast::Keyword>& keywords, size_t begin, size_t end) {
    Handle<Tuple> names = tuple_new(end - begin);
    for (size_t i = begin; i < end; ++i)
        tuple_init_item(names.get(), i - begin, Ref::borrow(Value(intern(keywords[i].arg))));
    load_const(names.get());
    return ok_status();
}

// The arguments of a call whose callable (and `pushed` leading arguments)
// are on the stack: CALL / CALL_KW for plain arguments, else a tuple and a
// dict for CALL_FUNCTION_EX.
Status Compiler::compile_call_helper(int pushed, const ast::ExprList& args, const std::vector<ast::Keyword>& keywords) {
    TRY(validate_keywords(keywords));
    bool ex_call = args.size() + keywords.size() * 2 > kStackUseGuideline;
    for (const auto& arg : args) ex_call = ex_call || is_starred(*arg);
    for (const auto& kw : keywords) ex_call = ex_call || kw.arg.empty();
    if (!ex_call) {
        TRY(visit_exprs(args));
        auto n = static_cast<uint32_t>(pushed) + static_cast<uint32_t>(args.size() + keywords.size());
        if (keywords.empty()) {
            emit(Opcode::CALL, n);
            return ok_status();
        }
        for (const auto& kw : keywords) TRY(visit_expr(*kw.value));
        TRY(compile_keyword_names(keywords, 0, keywords.size()));
        emit(Opcode::CALL_KW, n);
        return ok_status();
    }

    // Positional arguments: `f(*a)` passes `a` itself (the call makes the tuple).
    if (pushed == 0 && args.size() == 1 && is_starred(*args[0])) {
        TRY(visit_expr(*static_cast<const ast::Starred&>(*args[0]).value));
    } else {
        TRY(starunpack(args, pushed, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true));
    }
    // Keyword arguments: runs of name=value pairs and **mappings merged into one dict.
    if (!keywords.empty()) {
        bool have_dict = false;
        size_t nseen = 0;
        auto flush = [&](size_t end) -> Status {
            TRY(compile_subkwargs(keywords, end - nseen, end));
            if (have_dict) emit(Opcode::DICT_MERGE, 1);
            have_dict = true;
            nseen = 0;
            return ok_status();
        };
        for (size_t i = 0; i < keywords.size(); ++i) {
            if (!keywords[i].arg.empty()) {
                ++nseen;
                continue;
            }
            if (nseen) TRY(flush(i));
            if (!have_dict) {
                emit(Opcode::BUILD_MAP, 0);
                have_dict = true;
            }
            TRY(visit_expr(*keywords[i].value));
            emit(Opcode::DICT_MERGE, 1);
        }
        if (nseen) TRY(flush(keywords.size()));
    }
    emit(Opcode::CALL_FUNCTION_EX, keywords.empty() ? 0 : 1);
    return ok_status();
}

Status Compiler::compile_subkwargs(const std::vector<ast::Keyword>& keywords, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > kStackUseGuideline;
    if (big) emit(Opcode::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        load_const(Value(intern(keywords[i].arg)));
        TRY(visit_expr(*keywords[i].value));
        if (big) emit(Opcode::MAP_ADD, 1);
    }
    if (!big) emit(Opcode::BUILD_MAP, static_cast<uint32_t>(n));
    return ok_status();
}

// ---------------------------------------------------------------- f-strings

Status Compiler::compile_joined_str(const ast::JoinedStr& e) {
    if (e.values.size() > kStackUseGuideline) {
        // ''.join([...]) keeps the stack small for long f-strings.
        load_str("");
        emit(Opcode::LOAD_METHOD, static_cast<uint32_t>(add_name_raw("join")));
        emit(Opcode::BUILD_LIST, 0);
        for (const auto& value : e.values) {
            TRY(visit_expr(*value));
            emit(Opcode::LIST_APPEND, 1);
        }
        emit(Opcode::CALL, 1);
        return ok_status();
    }
    TRY(visit_exprs(e.values));
    if (e.values.size() != 1) emit(Opcode::BUILD_STRING, static_cast<uint32_t>(e.values.size()));
    return ok_status();
}

Status Compiler::compile_formatted_value(const ast::FormattedValue& e) {
    TRY(visit_expr(*e.value));
    uint32_t arg = kFormatNone;
    switch (e.conversion) {
    case 's': arg = kFormatStr; break;
    case 'r': arg = kFormatRepr; break;
    case 'a': arg = kFormatAscii; break;
    default: break;
    }
    if (e.format_spec) {
        TRY(visit_expr(*e.format_spec));
        arg |= kFormatHasSpec;
    }
    emit(Opcode::FORMAT_VALUE, arg);
    return ok_status();
}

// ---------------------------------------------------------------- yield, await

Status Compiler::compile_yield(const ast::Yield& e) {
    if (!in_function_block()) return error("'yield' outside function");
    if (e.value) TRY(visit_expr(*e.value));
    else load_none();
    // An async generator's yield is marked so the value is not mistaken for
    // an await's intermediate result.
    emit(Opcode::YIELD_VALUE, u_->ste->is_coroutine ? 2 : 0);
    return ok_status();
}

Status Compiler::compile_yield_from(const ast::YieldFrom& e) {
    if (!in_function_block()) return error("'yield' outside function");
    if (u_->kind == UnitKind::AsyncFunction) return error("'yield from' inside async function");
    TRY(visit_expr(*e.value));
    emit(Opcode::GET_YIELD_FROM_ITER);
    load_none();
    compile_yield_from_loop();
    return ok_status();
}

Status Compiler::compile_await(const ast::Await& e) {
    if (!top_level_await()) {
        if (!in_function_block()) return error("'await' outside function");
        if (u_->kind != UnitKind::AsyncFunction && u_->kind != UnitKind::Comprehension)
            return error("'await' outside async function");
    }
    TRY(visit_expr(*e.value));
    compile_await_value(0);
    return ok_status();
}

} // namespace pyco

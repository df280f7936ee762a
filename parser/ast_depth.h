// Guarding against ASTs too deep for the recursive passes that follow
// (compiler, dump, even unique_ptr destruction).
#pragma once

#include <cstddef>

#include "parser/ast.h"

namespace pyco::parse {

// Nesting depth of statements and expressions, computed iteratively.
size_t ast_depth(const ast::Module& module);

// Deepest statement/expression nesting accepted (CPython 3.11's compiler
// fails around 3000 levels with its default recursion limit).
constexpr size_t kMaxAstDepth = 3000;

// Records the depth of a freshly built expression from its children's
// recorded depths, and raises RecursionError past kMaxAstDepth. Called for
// the constructs that chain without brackets (operators, attribute / call /
// subscript trailers, lambda, conditional, await, yield), so no tree deeper
// than the limit is ever built -- even on error paths, where partial trees
// are destroyed recursively.
ast::ExprPtr tracked(ast::ExprPtr node);
// Forget recorded depths (start of a parse).
void reset_depth_tracking();

// Destroys the tree without recursion (deep trees would overflow the stack
// in the nested unique_ptr destructors).
void destroy_iteratively(ast::StmtList body);

} // namespace pyco::parse

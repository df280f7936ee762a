// Extra dump flavour for tests: ast.dump(tree, indent=2, include_attributes=True).
#pragma once

#include <string>

#include "parser/ast.h"

namespace pyco::ast {

std::string dump_with_locations(const Module& module);

} // namespace pyco::ast

// Tab completion for the interactive prompt: CPython's rlcompleter, run by
// the interpreter itself on the REPL's namespace. A name completes among
// keywords, the namespace and builtins; "expr.attr" evaluates expr (a dotted
// name) and completes among dir() of the result. Callables get "(" (and
// ")" when they take no arguments), keywords a space or ':', as CPython.
#pragma once

#include <string>
#include <vector>

#include "vm/pyco.h"

namespace pyco {

class Completer {
public:
    explicit Completer(Dict* namespace_dict);
    // Every candidate for `word` (unsorted); empty when there is none or
    // anything went wrong (errors are swallowed: completion never raises).
    std::vector<std::string> complete(const std::string& word);

private:
    Status load();
    Ref namespace_;
    Ref function_; // the Python `complete(text, namespace)`
    bool failed_ = false;
};

} // namespace pyco

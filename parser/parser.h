// Public entry point of parser/: source text -> ast::Module, or a
// CPython-style syntax error.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "parser/ast.h"

namespace pyco {

// A SyntaxError (or IndentationError / TabError) as CPython reports it:
//   File "<filename>", line <lineno>
//     <source line>
//     <spaces>^^^
//   SyntaxError: <message>
struct SyntaxErrorInfo {
    std::string type = "SyntaxError";
    std::string message;
    int lineno = 1;
    int col_offset = 0;      // 0-based byte column of the first caret
    int end_lineno = -1;     // -1 if unknown
    int end_col_offset = -1; // 0-based, exclusive; -1 means a single caret
    // True when the input simply ended too early (unclosed bracket, block
    // after ':' missing, unterminated triple-quoted string). The REPL uses
    // this to ask for a continuation line, like CPython's codeop.
    bool incomplete_input = false;
    // Reported at the end of the input (a block missing at EOF): CPython's
    // file tokenizer has no column there (offset 0, no caret), its string
    // tokenizer does (see raise_syntax_error).
    bool at_end_of_input = false;
    // No file, line or text at all (a script file's encoding problem).
    bool no_location = false;
};

struct ParseResult {
    std::unique_ptr<ast::Module> module;  // set on success
    std::optional<SyntaxErrorInfo> error; // set on failure
};

// Parse a whole module (file or -c string).
// `filename`, when given, means the source is a file read by CPython's file
// tokenizer (encoding problems are then reported as it does).
ParseResult parse_module(const std::string& source, const std::string& filename = "");

} // namespace pyco

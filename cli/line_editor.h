// Line editing for the interactive prompt, on libedit (BSD editline):
// cursor movement and emacs key bindings, history across sessions kept in
// a file, Tab completion through a callback, a pre-filled line (the REPL's
// auto-indentation), and Ctrl-C that abandons the line being edited.
//
// Only for a terminal: the REPL reads plain lines when stdin is not one.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace pyco {

class LineEditor {
public:
    // Candidates for completing `word`, the text before the cursor back to
    // the previous delimiter (GNU readline's default word breaks without
    // '.', as CPython's readline module sets them, so "obj.at" is one
    // word). Each candidate replaces the whole word.
    using Completer = std::function<std::vector<std::string>(const std::string& word)>;

    // `interrupt_flag` is set (non-zero) by the program's SIGINT handler;
    // the editor clears it when it abandons a line because of it.
    // `history_path` empty: no history file.
    LineEditor(volatile int* interrupt_flag, std::string history_path);
    ~LineEditor();
    LineEditor(const LineEditor&) = delete;
    LineEditor& operator=(const LineEditor&) = delete;

    enum class Status {
        Line,        // *line holds the text (UTF-8, no newline)
        Eof,         // Ctrl-D on an empty line, or the terminal went away
        Interrupted, // Ctrl-C: the line was abandoned
    };
    // Show `prompt`, with `prefill` already typed (editable), and read one line.
    Status read_line(const std::string& prompt, const std::string& prefill, std::string* line);

    // Append to the history (not blank lines, not a repeat of the last
    // entry) and save the history file.
    void add_history(const std::string& line);

    void set_completer(Completer completer);

    // Whether typed-ahead input is already waiting (e.g. a paste in
    // progress): the REPL does not auto-indent such lines.
    bool input_pending();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

// Whether libedit line editing can be used on this stdin/stdout.
bool line_editor_available();

} // namespace pyco

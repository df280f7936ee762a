// Line editing on libedit's native interface (histedit.h), wide-character
// flavour: the text is decoded from UTF-8 here, so the editor does not
// depend on how the C library's multibyte functions are configured.
//
// Signals. libedit's own handlers (EL_SIGNAL) are not used: they re-raise
// SIGINT to the whole process group. Instead the editor reads through its
// own function (EL_GETCFN), which waits in ppoll() with SIGINT and SIGWINCH
// unblocked only there: a Ctrl-C interrupts the wait whatever SA_RESTART
// says, the program's handler sets the interrupt flag, and the read fails,
// which makes el_wgets() give up the line. SIGWINCH is caught only while a
// line is being read, so that it never interrupts the program's own calls.
//
// Completion is bound to Tab and behaves as GNU readline does for CPython:
// a unique match replaces the word, several insert their common prefix and
// ring the bell, and a second Tab that changed nothing lists them in
// columns (asking first when there are 100 or more).
#include "cli/line_editor.h"

#include <histedit.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <cwchar>

namespace pyco {

namespace {

volatile sig_atomic_t g_winch = 0;
void on_winch(int) { g_winch = 1; }

// ---------------------------------------------------------------- UTF-8

std::wstring utf8_to_wide(const std::string& s) {
    std::wstring out;
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        uint32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
        bool ok = extra >= 0 && i + static_cast<size_t>(extra) < s.size();
        for (int k = 1; ok && k <= extra; ++k) {
            auto cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            ok = (cc & 0xC0) == 0x80;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (!ok) {
            out.push_back(static_cast<wchar_t>(0xFFFD));
            ++i;
            continue;
        }
        out.push_back(static_cast<wchar_t>(cp));
        i += static_cast<size_t>(extra) + 1;
    }
    return out;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string wide_to_utf8(const wchar_t* begin, const wchar_t* end) {
    std::string out;
    for (const wchar_t* p = begin; p < end; ++p) append_utf8(out, static_cast<uint32_t>(*p));
    return out;
}

// Terminal columns one string takes (wcwidth, 1 for what it does not know).
size_t display_width(const std::string& s) {
    size_t width = 0;
    for (wchar_t c : utf8_to_wide(s)) {
        int w = wcwidth(c);
        width += w < 0 ? 1 : static_cast<size_t>(w);
    }
    return width;
}

// GNU readline's word breaks as CPython's readline module sets them
// (rl_completer_word_break_characters): '.' is not one.
bool is_word_break(wchar_t c) {
    static const wchar_t kBreaks[] = L" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    return c != 0 && std::wcschr(kBreaks, c) != nullptr;
}

} // namespace

// ---------------------------------------------------------------- state

struct LineEditor::Impl {
    EditLine* el = nullptr;
    HistoryW* history = nullptr;
    std::string history_path;
    volatile int* interrupt_flag;
    Completer completer;
    std::wstring prompt;
    bool interrupted = false;
    // Bytes read from the terminal and not yet handed to libedit.
    std::string inbuf;
    size_t inpos = 0;
    // The line as the last Tab left it when that Tab changed nothing: a
    // second Tab on the same line lists the candidates.
    std::wstring tab_line;
    size_t tab_cursor = 0;
    bool tab_ambiguous = false;

    static Impl* of(EditLine* el) {
        void* data = nullptr;
        el_wget(el, EL_CLIENTDATA, &data);
        return static_cast<Impl*>(data);
    }

    // One byte from the terminal: 1, 0 at end of input, -1 on error or when
    // a SIGINT arrived (interrupted is then set).
    int read_byte(unsigned char* byte);
    static int read_char(EditLine* el, wchar_t* out);
    static wchar_t* prompt_text(EditLine* el);
    static unsigned char complete(EditLine* el, int ch);
    static unsigned char eof_or_delete(EditLine* el, int ch);
    unsigned char complete_word();
    void list_matches(const std::vector<std::string>& matches);
    FILE* out() {
        FILE* f = nullptr;
        el_wget(el, EL_GETFP, 1, &f);
        return f ? f : stdout;
    }
};

int LineEditor::Impl::read_byte(unsigned char* byte) {
    if (inpos < inbuf.size()) {
        *byte = static_cast<unsigned char>(inbuf[inpos++]);
        return 1;
    }
    inbuf.clear();
    inpos = 0;
    sigset_t blocked, old;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGINT);
    sigaddset(&blocked, SIGWINCH);
    pthread_sigmask(SIG_BLOCK, &blocked, &old);
    int result = -1;
    for (;;) {
        if (*interrupt_flag) {
            *interrupt_flag = 0;
            interrupted = true;
            break;
        }
        if (g_winch) {
            g_winch = 0;
            el_resize(el);
            el_wset(el, EL_REFRESH);
        }
        pollfd p{STDIN_FILENO, POLLIN, 0};
        int n = ppoll(&p, 1, nullptr, &old);
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        char buf[512];
        ssize_t got = read(STDIN_FILENO, buf, sizeof buf);
        if (got > 0) {
            inbuf.assign(buf, static_cast<size_t>(got));
            *byte = static_cast<unsigned char>(inbuf[inpos++]);
            result = 1;
            break;
        }
        if (got == 0) {
            result = 0;
            break;
        }
        if (errno != EINTR && errno != EAGAIN) break;
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    return result;
}

int LineEditor::Impl::read_char(EditLine* el, wchar_t* out) {
    Impl* self = of(el);
    *out = 0;
    for (;;) {
        unsigned char c;
        int r = self->read_byte(&c);
        if (r <= 0) return r;
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (extra < 0) continue; // a stray continuation byte: dropped
        uint32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
        bool ok = true;
        for (int k = 0; k < extra; ++k) {
            unsigned char cc;
            r = self->read_byte(&cc);
            if (r <= 0) return r;
            if ((cc & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (!ok) continue;
        *out = static_cast<wchar_t>(cp);
        return 1;
    }
}

wchar_t* LineEditor::Impl::prompt_text(EditLine* el) { return of(el)->prompt.data(); }

unsigned char LineEditor::Impl::complete(EditLine* el, int) { return of(el)->complete_word(); }

// Ctrl-D: end of input on a line holding nothing but (auto-)indentation,
// else delete the character under the cursor.
unsigned char LineEditor::Impl::eof_or_delete(EditLine* el, int) {
    const LineInfoW* info = el_wline(el);
    bool blank = true;
    for (const wchar_t* p = info->buffer; p < info->lastchar; ++p) blank = blank && (*p == L' ' || *p == L'\t');
    if (blank) return CC_EOF;
    if (info->cursor >= info->lastchar) return CC_ERROR;
    el_cursor(el, 1);
    el_deletestr(el, 1);
    return CC_REFRESH;
}

unsigned char LineEditor::Impl::complete_word() {
    const LineInfoW* info = el_wline(el);
    std::wstring before(info->buffer, info->cursor);
    size_t start = before.size();
    while (start > 0 && !is_word_break(before[start - 1])) --start;
    std::string word = wide_to_utf8(before.data() + start, before.data() + before.size());
    std::wstring line(info->buffer, info->lastchar);
    auto cursor = static_cast<size_t>(info->cursor - info->buffer);
    bool second_tab = tab_ambiguous && line == tab_line && cursor == tab_cursor;
    tab_ambiguous = false;

    // A Tab inside pasted text is text: more lines are already waiting.
    bool pasting = inbuf.find_first_of("\r\n", inpos) != std::string::npos;
    if (!pasting && inpos >= inbuf.size()) {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        pasting = poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
    }
    if (pasting) {
        el_winsertstr(el, L"\t");
        return CC_REFRESH;
    }
    // rlcompleter: nothing to complete means indentation.
    if (word.find_first_not_of(" \t") == std::string::npos) {
        el_winsertstr(el, L"    ");
        return CC_REFRESH;
    }
    std::vector<std::string> matches;
    if (completer) matches = completer(word);
    std::sort(matches.begin(), matches.end());
    matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
    if (matches.empty()) return CC_REFRESH_BEEP;

    // The longest common prefix, on whole characters.
    std::wstring common = utf8_to_wide(matches[0]);
    for (size_t i = 1; i < matches.size(); ++i) {
        std::wstring m = utf8_to_wide(matches[i]);
        size_t n = 0;
        while (n < common.size() && n < m.size() && common[n] == m[n]) ++n;
        common.resize(n);
    }
    std::wstring wword = utf8_to_wide(word);
    bool changed = false;
    if (common != wword && common.size() >= wword.size()) {
        el_deletestr(el, static_cast<int>(wword.size()));
        el_winsertstr(el, common.c_str());
        changed = true;
    }
    if (matches.size() == 1) return CC_REFRESH;
    // Ambiguous. As readline: a Tab that changed nothing after one that
    // changed nothing either lists (and so does every further one).
    if (changed) return CC_REFRESH_BEEP;
    tab_line = line;
    tab_cursor = cursor;
    tab_ambiguous = true;
    if (!second_tab) return CC_REFRESH_BEEP;
    list_matches(matches);
    return CC_REDISPLAY;
}

// GNU readline's rl_display_match_list: sorted, down the columns, each
// column as wide as the longest match plus two spaces. From 100 matches on
// readline asks "Display all N possibilities? (y or n)" first; under
// CPython (readline's callback interface) the question never waits and
// there is no --More-- pager, so neither is there here.
void LineEditor::Impl::list_matches(const std::vector<std::string>& matches) {
    FILE* f = out();
    int cols = 80;
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) cols = ws.ws_col;
    size_t len = matches.size();
    if (len >= 100) std::fprintf(f, "\nDisplay all %zu possibilities? (y or n)", len);
    size_t max = 0;
    for (const std::string& m : matches) max = std::max(max, display_width(m));
    max += 2;
    size_t limit = static_cast<size_t>(cols) / max;
    if (limit != 1 && limit * max == static_cast<size_t>(cols)) --limit;
    if (limit == 0) limit = 1;
    size_t count = (len + limit - 1) / limit;
    std::fprintf(f, "\n");
    for (size_t i = 0; i < count; ++i) {
        std::string row;
        for (size_t j = 0, l = i; j < limit && l < len; ++j, l += count) {
            row += matches[l];
            if (j + 1 < limit) row.append(max - std::min(max - 1, display_width(matches[l])), ' ');
        }
        std::fprintf(f, "%s\n", row.c_str());
    }
    std::fflush(f);
}

// ---------------------------------------------------------------- LineEditor

bool line_editor_available() { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }

LineEditor::LineEditor(volatile int* interrupt_flag, std::string history_path) : impl_(std::make_unique<Impl>()) {
    Impl& s = *impl_;
    s.interrupt_flag = interrupt_flag;
    s.history_path = std::move(history_path);
    // libedit measures and prints characters with the C library's wide
    // character functions: they need a UTF-8 LC_CTYPE (CPython coerces the
    // C locale to C.UTF-8 as well, PEP 538).
    std::setlocale(LC_CTYPE, "");
    const char* codeset = nl_langinfo(CODESET);
    if (!codeset || (std::strcmp(codeset, "UTF-8") != 0 && std::strcmp(codeset, "utf8") != 0))
        std::setlocale(LC_CTYPE, "C.UTF-8");

    s.el = el_init("pyco", stdin, stdout, stderr);
    el_wset(s.el, EL_CLIENTDATA, &s);
    el_wset(s.el, EL_EDITOR, L"emacs");
    el_wset(s.el, EL_SIGNAL, 0);
    el_wset(s.el, EL_GETCFN, &Impl::read_char);
    // Invisible prompt parts (colours) between \001 and \002, as GNU readline.
    el_wset(s.el, EL_PROMPT_ESC, &Impl::prompt_text, L'\1');

    s.history = history_winit();
    HistEventW ev;
    history_w(s.history, &ev, H_SETSIZE, 10000);
    if (!s.history_path.empty()) history_w(s.history, &ev, H_LOAD, s.history_path.c_str());
    el_wset(s.el, EL_HIST, history_w, s.history);

    el_wset(s.el, EL_ADDFN, L"pyco-complete", L"Complete a Python name or attribute", &Impl::complete);
    el_wset(s.el, EL_BIND, L"^I", L"pyco-complete", nullptr);
    el_wset(s.el, EL_ADDFN, L"pyco-eof-or-delete", L"End of input on a blank line, else delete a character",
            &Impl::eof_or_delete);
    el_wset(s.el, EL_BIND, L"^D", L"pyco-eof-or-delete", nullptr);
    // GNU readline's keys where libedit's emacs map differs.
    el_wset(s.el, EL_BIND, L"^R", L"em-inc-search-prev", nullptr);
    el_wset(s.el, EL_BIND, L"^S", L"em-inc-search-next", nullptr);
    el_wset(s.el, EL_BIND, L"^U", L"em-kill-line", nullptr);
    el_wset(s.el, EL_BIND, L"^W", L"ed-delete-prev-word", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[3~", L"ed-delete-next-char", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[H", L"ed-move-to-beg", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[F", L"ed-move-to-end", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[1~", L"ed-move-to-beg", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[4~", L"ed-move-to-end", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[1;5D", L"ed-prev-word", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[1;5C", L"em-next-word", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[1;3D", L"ed-prev-word", nullptr);
    el_wset(s.el, EL_BIND, L"\\e[1;3C", L"em-next-word", nullptr);
    // The user's ~/.editrc has the last word.
    el_source(s.el, nullptr);
}

LineEditor::~LineEditor() {
    if (impl_->el) el_end(impl_->el);
    if (impl_->history) history_wend(impl_->history);
}

void LineEditor::set_completer(Completer completer) { impl_->completer = std::move(completer); }

bool LineEditor::input_pending() {
    if (impl_->inpos < impl_->inbuf.size()) return true;
    pollfd p{STDIN_FILENO, POLLIN, 0};
    return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

LineEditor::Status LineEditor::read_line(const std::string& prompt, const std::string& prefill, std::string* line) {
    Impl& s = *impl_;
    s.prompt = utf8_to_wide(prompt);
    // readline marks the invisible parts with \001 ... \002, libedit with
    // the same character at both ends.
    std::replace(s.prompt.begin(), s.prompt.end(), L'\2', L'\1');
    s.interrupted = false;
    s.tab_ambiguous = false;
    if (!prefill.empty()) el_wpush(s.el, utf8_to_wide(prefill).c_str());

    struct sigaction winch{}, old_winch{};
    winch.sa_handler = on_winch;
    sigemptyset(&winch.sa_mask);
    sigaction(SIGWINCH, &winch, &old_winch);
    // Raw mode before the prompt shows: keys typed as soon as it appears
    // must not be echoed by the terminal driver (el_wgets would only switch
    // at its first read).
    el_wset(s.el, EL_PREP_TERM, 1);
    int count = 0;
    const wchar_t* text = el_wgets(s.el, &count);
    sigaction(SIGWINCH, &old_winch, nullptr);
    g_winch = 0;

    if (s.interrupted) {
        // Anything pushed and not yet read belongs to the abandoned line.
        s.inbuf.clear();
        s.inpos = 0;
        return Status::Interrupted;
    }
    if (!text || count <= 0) return Status::Eof;
    const wchar_t* end = text + count;
    while (end > text && (end[-1] == L'\n' || end[-1] == L'\r')) --end;
    *line = wide_to_utf8(text, end);
    return Status::Line;
}

void LineEditor::add_history(const std::string& line) {
    Impl& s = *impl_;
    if (line.find_first_not_of(" \t") == std::string::npos) return;
    std::wstring wline = utf8_to_wide(line);
    HistEventW ev;
    if (history_w(s.history, &ev, H_FIRST) == 0 && ev.str && wline == ev.str) return;
    history_w(s.history, &ev, H_ENTER, wline.c_str());
    if (!s.history_path.empty()) history_w(s.history, &ev, H_SAVE, s.history_path.c_str());
}

} // namespace pyco

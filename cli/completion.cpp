// Tab completion: CPython 3.11's rlcompleter.Completer, ported to the
// subset pyco runs (no `re`, `keyword` or `inspect.signature`), executed
// once in a private namespace and called for every Tab.
#include "cli/completion.h"

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "vm/interpreter.h"

namespace pyco {

namespace {

constexpr const char* kCompleterSource = R"PY(
KWLIST = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
          'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
          'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
          'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
          'try', 'while', 'with', 'yield', '_', 'case', 'match']
BUILTINS = __builtins__

def _takes_no_arguments(val):
    # inspect.signature(val).parameters is empty, for what pyco can tell:
    # Python functions, methods bound to them, and classes through their
    # __init__ (natives carry no signature: their "(" stays open).
    bound = 0
    func = val
    if isinstance(val, type):
        init = None
        for klass in val.__mro__:
            if '__init__' in klass.__dict__:
                init = klass.__dict__['__init__']
                break
        if init is None or init is object.__init__:
            new = val.__new__
            if new is object.__new__:
                return True
            return False
        func, bound = init, 1
    elif hasattr(val, '__func__') and hasattr(val, '__self__'):
        func, bound = val.__func__, 1
    code = getattr(func, '__code__', None)
    if code is None:
        return False
    if code.co_flags & 0x0C:  # *args or **kwargs
        return False
    return code.co_argcount + code.co_kwonlyargcount - bound <= 0

def _callable_postfix(val, word):
    if callable(val):
        word += "("
        try:
            if _takes_no_arguments(val):
                word += ")"
        except Exception:
            pass
    return word

def _global_matches(text, namespace):
    matches = []
    seen = {"__builtins__"}
    n = len(text)
    for word in KWLIST:
        if word[:n] == text:
            seen.add(word)
            if word in {'finally', 'try'}:
                word = word + ':'
            elif word not in {'False', 'None', 'True', 'break', 'continue',
                              'pass', 'else', '_'}:
                word = word + ' '
            matches.append(word)
    for nspace in [namespace, BUILTINS]:
        for word, val in list(nspace.items()):
            if word[:n] == text and word not in seen:
                seen.add(word)
                matches.append(_callable_postfix(val, word))
    return matches

def _is_word(s):
    return s != '' and all(c.isalnum() or c == '_' for c in s)

def _attr_matches(text, namespace):
    # re.match(r"(\w+(\.\w+)*)\.(\w*)", text): the longest dotted name
    # followed by a dot, then the attribute prefix.
    parts = text.split('.')
    k = 0
    while k < len(parts) and _is_word(parts[k]):
        k += 1
    if k == 0:
        return []
    j = min(k, len(parts) - 1)
    expr = '.'.join(parts[:j])
    rest = parts[j]
    n = 0
    while n < len(rest) and (rest[n].isalnum() or rest[n] == '_'):
        n += 1
    attr = rest[:n]
    try:
        thisobject = eval(expr, namespace)
    except Exception:
        return []
    words = set(dir(thisobject))
    words.discard("__builtins__")
    if hasattr(thisobject, '__class__'):
        words.add('__class__')
        words.update(_class_members(thisobject.__class__))
    matches = []
    n = len(attr)
    if attr == '':
        noprefix = '_'
    elif attr == '_':
        noprefix = '__'
    else:
        noprefix = None
    while True:
        for word in words:
            if (word[:n] == attr and
                    not (noprefix and word[:n + 1] == noprefix)):
                match = "%s.%s" % (expr, word)
                if isinstance(getattr(type(thisobject), word, None), property):
                    matches.append(match)
                    continue
                try:
                    value = getattr(thisobject, word, None)
                except Exception:
                    value = None
                if value is not None:
                    matches.append(_callable_postfix(value, match))
                else:
                    matches.append(match)
        if matches or not noprefix:
            break
        if noprefix == '_':
            noprefix = '__'
        else:
            noprefix = None
    matches.sort()
    return matches

def _class_members(klass):
    ret = dir(klass)
    if hasattr(klass, '__bases__'):
        for base in klass.__bases__:
            ret = ret + _class_members(base)
    return ret

def complete(text, namespace):
    if "." in text:
        return _attr_matches(text, namespace)
    return _global_matches(text, namespace)
)PY";

} // namespace

Completer::Completer(Dict* namespace_dict) : namespace_(Ref::borrow(Value(namespace_dict))) {}

Status Completer::load() {
    Handle<Dict> globals = dict_new();
    TRY(dict_set_str(globals.get(), intern("__builtins__"), thread_state().builtins));
    TRY(dict_set_str(globals.get(), intern("__name__"), make_str("_pyco_completer")));
    TRY(exec_source(kCompleterSource, "<pyco-completer>", globals.get()));
    Value fn = dict_get_str(globals.get(), intern("complete"));
    if (!fn) return raise(SystemError_type, "completer: no complete()");
    function_ = Ref::borrow(fn);
    return ok_status();
}

std::vector<std::string> Completer::complete(const std::string& word) {
    std::vector<std::string> out;
    if (failed_) return out;
    if (!function_ && load().failed()) {
        failed_ = true;
        error_clear();
        return out;
    }
    Handle<Str> text = make_str(word);
    Result<Ref> matches = call(function_.get(), {text.get(), namespace_.get()});
    if (matches.failed()) {
        error_clear();
        return out;
    }
    Status walked = for_each(matches.value().get(), [&](Value item) -> Status {
        if (!is_str(item)) return ok_status();
        std::string s = TRY(str_text(item));
        out.push_back(std::move(s));
        return ok_status();
    });
    if (walked.failed()) error_clear();
    return out;
}

} // namespace pyco

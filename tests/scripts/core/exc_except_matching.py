# except clauses match by class hierarchy, tuples of classes, first match wins.
def test(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}"
for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()):
    print(test(exc))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in KeyError.__mro__])

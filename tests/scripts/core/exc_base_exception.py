# except Exception does not catch BaseException subclasses like SystemExit and KeyboardInterrupt.
for exc in (SystemExit(3), KeyboardInterrupt(), GeneratorExit(), ValueError()):
    try:
        try:
            raise exc
        except Exception:
            print("Exception caught", type(exc).__name__)
    except BaseException as b:
        print("BaseException caught", type(b).__name__)
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))

# An uncaught custom exception with __str__: the last line is "ClassName: <str>".
class ConfigError(Exception):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"missing config key {self.key!r}"
raise ConfigError("timeout")

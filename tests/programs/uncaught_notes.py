# Uncaught exception carrying notes (several, multi-line) and a custom __str__.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"invalid configuration key {self.key!r}"
def validate(settings):
    for key in settings:
        if not key.isidentifier():
            err = ConfigError(key)
            err.add_note(f"while validating {len(settings)} settings")
            err.add_note("hint: keys must be identifiers\nsecond line of the hint")
            raise err
        print("ok", key)
validate({"alpha": 1, "beta_2": 2, "3gamma": 3})

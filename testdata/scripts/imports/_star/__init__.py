__all__ = ["first", "second", "VALUE"]
VALUE = 3
_hidden = 4

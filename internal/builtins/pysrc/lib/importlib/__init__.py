"""The import machinery's functions for scripts: import_module and
invalidate_caches, as CPython 3.11's importlib has them. Modules are
imported by pyconc's one importer (the built-in __import__)."""

import sys

__all__ = ["__import__", "import_module", "invalidate_caches"]


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        bits = package.rsplit(".", level - 1)
        if len(bits) < level:
            raise ImportError("attempted relative import beyond top-level package")
        name = bits[0] + "." + name[level:] if name[level:] else bits[0]
    elif not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented).

    pyconc's importer keeps no listing of folders: a file added since the
    last import is found by the next one, so there is nothing to forget."""

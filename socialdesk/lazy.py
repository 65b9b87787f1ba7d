"""Package names that import their module on first use (PEP 562 module `__getattr__`).

A package says which submodule holds each of its public names; importing the package
then stays cheap, and only the first read of a name imports the module behind it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    namespace: dict[str, Any], names_by_module: Mapping[str, tuple[str, ...]]
) -> Callable[[str], object]:
    """The `__getattr__` for the package whose globals are `namespace`: a name listed
    under `module` is read from `<package>.<module>`, imported at that moment."""
    package = namespace["__name__"]
    module_of = {name: module for module, names in names_by_module.items() for name in names}

    def __getattr__(name: str) -> object:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # once found, an ordinary module attribute
        return value

    return __getattr__

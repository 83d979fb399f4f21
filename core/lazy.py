"""Modules imported on first use, through importlib's own LazyLoader."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """``name`` as a module whose code runs when one of its attributes is first read.

    The store refers to :mod:`core.model` in almost every method but needs
    none of it to open an archive and list its meetings; loading it lazily
    keeps its dataclasses off the GUI's start. Anything that imports the
    module normally later gets this same object. Python 3.11's LazyLoader is
    not safe when two threads touch the module first at the same moment;
    the GUI thread always reads a meeting before a worker thread could.
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:  # as an import does: ``import core.model; core.model.Meeting`` works
        setattr(sys.modules[parent], child, module)
    loader.exec_module(module)
    return module

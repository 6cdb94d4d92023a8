"""Samspil: a knowledge graph of Danish cross-sector partnerships.

``kg.open(path_or_store)`` (see :mod:`kg.api`) is imported on first use, so ``import kg``
stays light.
"""


def __getattr__(name: str):
    if name == "open":
        from kg.api import open as open_graph

        return open_graph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

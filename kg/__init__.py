"""kg: a knowledge graph of who claims what about which event, with evidence in the text."""

from kg.errors import KgError

__version__ = "0.1.0"
__all__ = ["KgError", "__version__"]

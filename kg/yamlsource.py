"""Read YAML while remembering where each value came from, for ``path:line`` errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import AnnotationError


class YamlMap(dict[str, Any]):
    """A YAML mapping that knows its own line and the line of each of its values."""

    path: str
    line: int
    value_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """Line of ``key``'s value, or of the mapping itself when the key is absent."""
        return self.value_lines.get(key, self.line)

    def error(self, key: str | None, message: str) -> AnnotationError:
        """An :class:`AnnotationError` located at ``key`` (or at the mapping)."""
        line = self.line if key is None else self.line_of(key)
        return AnnotationError(self.path, line, message)


class YamlList(list[Any]):
    """A YAML sequence that knows its own line."""

    path: str
    line: int


def _loader_for(path: str) -> type[yaml.SafeLoader]:
    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> YamlMap:
        result = YamlMap()
        result.path = path
        result.line = node.start_mark.line + 1
        result.value_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise AnnotationError(
                    path,
                    key_node.start_mark.line + 1,
                    f"keys must be text, not {key!r} (quote values that contain commas or colons)",
                )
            if key in result:
                raise AnnotationError(path, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            result[key] = loader.construct_object(value_node, deep=True)
            result.value_lines[key] = value_node.start_mark.line + 1
        return result

    def sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> YamlList:
        result = YamlList(loader.construct_object(child, deep=True) for child in node.value)
        result.path = path
        result.line = node.start_mark.line + 1
        return result

    def timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
        # Dates stay text: kg.dates parses them with precision, and reports bad ones by line.
        return str(loader.construct_scalar(node))

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, sequence)
    return Loader


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; syntax errors become ``path:line:col: message``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnnotationError(path, None, "file not found") from None
    except OSError as exc:
        raise AnnotationError(path, None, f"cannot read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise AnnotationError(path, None, f"not UTF-8 text ({exc.reason})") from None
    try:
        return yaml.load(text, Loader=_loader_for(str(path)))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise AnnotationError(path, line, f"invalid YAML: {problem}", col=col) from None
    except yaml.YAMLError as exc:
        raise AnnotationError(path, None, f"invalid YAML: {exc}") from None

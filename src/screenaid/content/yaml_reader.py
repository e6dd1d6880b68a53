"""Strict YAML reading: safe types only, no duplicate keys, no aliases, bounded size.

The document is composed into nodes by libyaml (C) and turned into Python values here, which is both
stricter and about twice as fast as PyYAML's own constructor (content loads at every start).

Plain scalars are typed by the YAML 1.2 core schema, not PyYAML's YAML 1.1 rules: ``yes``/``no``/``on``/
``off``/``NO`` stay text (a country code must not turn into ``False``), ``12:30`` stays text (no base-60
numbers), and ``010`` is ten (octal needs ``0o10``). The one addition to the core schema is the ISO date
(``2026-11-30``), which review dates rely on.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

import yaml
from yaml.constructor import SafeConstructor

from screenaid.content.bounded_read import read_bounded

MAX_FILE_BYTES = 2_000_000

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Yaml12Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """libyaml's parser with the YAML 1.2 core schema's implicit types (plus ISO dates)."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {}


# YAML 1.2.2, section 10.3.2 (core schema tag resolution).
_CORE_SCHEMA: list[tuple[str, str, str]] = [
    ("null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    (
        "timestamp",
        r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
        r"(?:(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?"
        r"(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?)$",
        "0123456789",
    ),
]
for _name, _pattern, _first in _CORE_SCHEMA:
    _Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_name}", re.compile(_pattern), list(_first))
_Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])

_Loader: type[yaml.SafeLoader] = _Yaml12Loader
_STR = "tag:yaml.org,2002:str"
_SCALAR_BUILDER = SafeConstructor()


def _int_1_2(_builder: SafeConstructor, node: yaml.ScalarNode) -> int:
    text = str(node.value)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # "010" is ten in YAML 1.2; no base-60, no "_" separators


_SCALARS = {
    tag: constructor
    for tag, constructor in SafeConstructor.yaml_constructors.items()
    if tag is not None and tag.rsplit(":", 1)[-1] in {"null", "bool", "float", "timestamp"}
}
_SCALARS["tag:yaml.org,2002:int"] = _int_1_2


class DataFileError(ValueError):
    """A data file that cannot be read as YAML; the message says where."""


class _Refused(Exception):
    def __init__(self, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.message = message
        self.node = node


def _value(node: yaml.Node, seen: set[int]) -> Any:
    if id(node) in seen:
        raise _Refused("aliases (*name) are not allowed in data files", node)
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _STR:
            return node.value
        build = _SCALARS.get(node.tag)
        if build is None:
            raise _Refused(f"values of type {node.tag!r} are not allowed in data files", node)
        return build(_SCALAR_BUILDER, node)
    if isinstance(node, yaml.SequenceNode):
        return [_value(item, seen) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                raise _Refused("keys must be plain text", key_node)
            if key_node.value in mapping:
                raise _Refused(f"duplicate key {key_node.value!r}", key_node)
            mapping[key_node.value] = _value(value_node, seen)
        return mapping
    raise _Refused("unsupported YAML node", node)


def read_yaml_text(text: str) -> Any:
    """Parse one YAML document with the strict rules; raises DataFileError."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        return None if node is None else _value(node, set())
    except _Refused as refused:
        mark = refused.node.start_mark
        raise DataFileError(
            f"not valid YAML (line {mark.line + 1}, column {mark.column + 1}): {refused.message}"
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise DataFileError(f"not valid YAML{where}: {problem}") from None
    except (ValueError, OverflowError) as error:  # a scalar such as a date that does not exist
        raise DataFileError(f"not valid YAML: {error}") from None
    except RecursionError:
        raise DataFileError("not valid YAML: nested too deeply") from None


def read_yaml_bytes(raw: bytes) -> Any:
    """Parse bytes already in memory (e.g. the exact bytes whose signature was checked)."""
    if len(raw) > MAX_FILE_BYTES:
        raise DataFileError(f"file is {len(raw)} bytes; data files may be at most {MAX_FILE_BYTES}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataFileError(f"not UTF-8 text (byte {error.start})") from None
    try:
        return read_yaml_text(text)
    except MemoryError:
        raise DataFileError("not enough memory to read it") from None


def read_yaml_file(path: Path) -> Any:
    """Read a file once, bounded in size, without blocking on a FIFO or device, and parse it."""
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except OSError as error:
        raise DataFileError(f"cannot be read: {error.strerror or error}") from None
    except (ValueError, MemoryError) as error:
        raise DataFileError(f"cannot be read: {type(error).__name__}") from None
    return read_yaml_bytes(raw)

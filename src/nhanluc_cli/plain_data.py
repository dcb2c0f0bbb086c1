"""Values as plain data (JSON text) and back, for the cache (contract §13: the cache is data,
never code).

Reading an entry back must not be able to run anything: no pickle, no marshal, no class named
by the data and built by a generic protocol. What can be written here is text, numbers, None,
booleans, dates, bytes, lists, tuples, dictionaries, and nhanluc's own records (NamedTuples and
dataclasses of the `nhanluc_cli` package: findings, the dashboard, a roll-up unit's summary).
A record is written with the module and name of its class; reading it back builds it only when
that class is a NamedTuple or a dataclass defined in `nhanluc_cli` (anything else is
`NotPlain`: the entry is a miss). pydantic models are not written here: the cache keeps their
`model_dump` (plain data) and rebuilds them with pydantic's validation (cache.py).

The layout: JSON scalars stand for themselves; every other value is a JSON list whose first
item says what it is: ["t", ...] a tuple, ["l", ...] a list, ["m", k, v, k, v ...] a dictionary
(keys of any plain kind: a subject ("tasks", "7") is a key), ["s", ...] a tuple of text only
(Texts), ["d", "2024-09-30"] a date,
["b", "00ff"] bytes, ["r", "module:Name", field ...] a record.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from importlib import import_module
from typing import cast

PACKAGE = "nhanluc_cli"


class NotPlain(ValueError):
    """A value that cannot be written as plain data, or text that is not such a value."""


def dumps(value: object) -> bytes:
    """`value` as JSON text (UTF-8); NotPlain when it holds anything else."""
    try:
        return json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":")).encode()
    except (TypeError, ValueError) as error:
        raise NotPlain(str(error)) from None


def loads(data: bytes) -> object:
    """The value `dumps` wrote; NotPlain for anything else (whatever the bytes hold)."""
    try:
        return _value(json.loads(data))
    except NotPlain:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        raise NotPlain("not an entry") from None


def dumps_flat(value: object) -> bytes:
    """`value` as JSON where the reader knows the shapes (a report's entries by subject,
    parts.py): tuples and lists both as arrays (read back as lists), dates as {"d": ISO};
    text, numbers, None and booleans as themselves. Many times faster than `dumps` (the C
    encoder walks it, made once). NotPlain when it holds anything else."""
    try:
        return "".join(_FLAT_ENCODE(value, 0)).encode()
    except (TypeError, ValueError) as error:
        raise NotPlain(str(error)) from None


def loads_flat(data: bytes) -> object:
    """The value `dumps_flat` wrote (arrays as lists); NotPlain for anything else."""
    try:
        return json.loads(data, object_hook=_flat_hook)
    except (ValueError, TypeError, KeyError, RecursionError):
        raise NotPlain("not an entry") from None


def _flat_default(value: object) -> object:
    if isinstance(value, date) and not isinstance(value, datetime):
        return {"d": value.isoformat()}
    raise TypeError(f"{type(value).__name__} is not plain data")


def _flat_hook(raw: dict[str, object]) -> object:
    day = raw.get("d")
    if len(raw) != 1 or not isinstance(day, str):
        raise ValueError("not an entry")
    return date.fromisoformat(day)


def _make_flat_encoder() -> Callable[[object, int], Iterable[str]]:
    # json.dumps makes an encoder for every call: a fifth of cutting a thousand reports in
    # parts went there. The C encoder, made once (the pure-Python one where there is none).
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_flat_default)
        return lambda value, _: encoder.iterencode(value)
    encode_text = json.encoder.encode_basestring  # C where there is C; never ASCII-escaped
    made = make(None, _flat_default, encode_text, None, ":", ",", False, False, True)
    return cast(Callable[[object, int], Iterable[str]], made)


_FLAT_ENCODE = _make_flat_encoder()


class Texts(tuple[str, ...]):
    """A tuple of text written as ["s", text ...] and read back without a walk over its items
    (a report's subjects, read for ten thousand reports by a warm command)."""

    __slots__ = ()


def loads_value(raw: object) -> object:
    """The value of what `json.loads` gave for text `dumps` wrote (a part of a larger JSON
    read by the caller); NotPlain for anything else."""
    try:
        return _value(raw)
    except NotPlain:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        raise NotPlain("not an entry") from None


def _plain(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if type(value) is Texts:
        return ["s", *value]
    if isinstance(value, tuple):
        fields = getattr(type(value), "_fields", None)
        if fields is not None:
            return ["r", _name(type(value)), *map(_plain, value)]
        return ["t", *map(_plain, value)]
    if isinstance(value, list):
        return ["l", *map(_plain, value)]
    if isinstance(value, dict):
        flat: list[object] = ["m"]
        for key, item in value.items():
            flat += (_plain(key), _plain(item))
        return flat
    if isinstance(value, date) and not isinstance(value, datetime):
        return ["d", value.isoformat()]
    if isinstance(value, bytes):
        return ["b", value.hex()]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        values = (getattr(value, f.name) for f in dataclasses.fields(value) if f.init)
        return ["r", _name(type(value)), *map(_plain, values)]
    raise NotPlain(f"{type(value).__name__} is not plain data")


def _name(kind: type) -> str:
    if not kind.__module__.startswith(PACKAGE + "."):
        raise NotPlain(f"{kind.__qualname__} is not one of nhanluc's records")
    return f"{kind.__module__}:{kind.__qualname__}"


def _value(raw: object) -> object:
    if not isinstance(raw, list):
        if raw is None or isinstance(raw, bool | int | float | str):
            return raw
        raise NotPlain("not an entry")  # a JSON object: never written
    tag = raw[0]
    if tag == "t":
        return tuple(map(_value, raw[1:]))
    if tag == "s":
        texts = raw[1:]
        if not all(type(text) is str for text in texts):
            raise NotPlain("not an entry")
        return tuple(texts)
    if tag == "l":
        return list(map(_value, raw[1:]))
    if tag == "m":
        if len(raw) % 2 != 1:
            raise NotPlain("not an entry")
        items = iter(map(_value, raw[1:]))
        return {_hashable(key): item for key, item in zip(items, items, strict=True)}
    if tag == "d" and len(raw) == 2 and isinstance(raw[1], str):
        return date.fromisoformat(raw[1])
    if tag == "b" and len(raw) == 2 and isinstance(raw[1], str):
        return bytes.fromhex(raw[1])
    if tag == "r" and len(raw) >= 2 and isinstance(raw[1], str):
        return _record(raw[1], [_value(item) for item in raw[2:]])
    raise NotPlain("not an entry")


def _hashable(key: object) -> object:
    if isinstance(key, list | dict):
        raise NotPlain("not an entry")
    return key


def _record(name: str, values: list[object]) -> object:
    """One of nhanluc's NamedTuples or dataclasses, built from its fields' values."""
    module_name, _, qualname = name.partition(":")
    if not module_name.startswith(PACKAGE + ".") or not qualname:
        raise NotPlain("not an entry")
    # Only a module of this package: its code runs anyway, and the key covers its bytes.
    module = sys.modules.get(module_name)
    if module is None:
        try:
            module = import_module(module_name)
        except ImportError:
            raise NotPlain("not an entry") from None
    kind: object = module
    for part in qualname.split("."):
        kind = getattr(kind, part, None)
    if not isinstance(kind, type) or kind.__module__ != module_name:
        raise NotPlain("not an entry")
    if issubclass(kind, tuple) and hasattr(kind, "_fields"):
        if len(values) != len(kind._fields):
            raise NotPlain("not an entry")
        return kind(*values)  # type: ignore[arg-type]  # a NamedTuple: its fields in order
    if dataclasses.is_dataclass(kind):
        names = [f.name for f in dataclasses.fields(kind) if f.init]
        if len(values) != len(names):
            raise NotPlain("not an entry")
        return kind(**dict(zip(names, values, strict=True)))
    raise NotPlain("not an entry")

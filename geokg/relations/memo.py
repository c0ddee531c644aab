"""A property computed on first use and kept on the instance, without a lock.

``functools.cached_property`` (Python 3.8 to 3.11) takes a lock on every first use, which costs
more than the small parse readings the relation pass keeps this way (a trigger's objects, the
verb that governs a noun trigger): tens of thousands per corpus. :class:`read_once` keeps the
value in the instance's ``__dict__`` under the property's name, as ``cached_property`` does,
so later reads find it there without calling the descriptor. The relation pass runs on one
thread per Doc: the lock guarded nothing it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["read_once"]

T = TypeVar("T")


class read_once(Generic[T]):  # noqa: N801  (used as a decorator, like cached_property)
    """``@read_once`` on a method: the method's value, computed on first read and kept."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> read_once[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | read_once[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value

"""Errors raised by parallax.

The tree::

    ParallaxError
    ├── InputError(source, reason)       an input was refused; the batch goes on
    │   ├── DecodeError                  bytes that are not text in any encoding we accept
    │   ├── FormatError                  malformed HTML / JSON / XML / WARC, or an empty file
    │   └── TooLarge                     over settings.MAX_INPUT_BYTES
    ├── UnknownLanguage                  no per-language module and no generic fallback wanted
    ├── ModelUnavailable                 an optional model package is not installed
    └── StoreError                       the store cannot be opened, migrated or written
        ├── NotFound                     an id that is not in the store
        └── StoreBusy                    another process is writing and did not finish in time

Library code raises these; only ``cli.py`` turns them into ``click.ClickException``.
"""

from __future__ import annotations


class ParallaxError(Exception):
    """Base class of every error parallax raises on purpose."""


class InputError(ParallaxError):
    """An input that cannot be ingested: names the input and says why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class DecodeError(InputError):
    pass


class FormatError(InputError):
    pass


class TooLarge(InputError):
    pass


class UnknownLanguage(ParallaxError):
    pass


class ModelUnavailable(ParallaxError):
    """An optional model is missing; the message says which package to install."""


class StoreError(ParallaxError):
    pass


class NotFound(StoreError):
    pass


class StoreBusy(StoreError):
    """Another process is the store's writer and did not finish within the wait allowed."""

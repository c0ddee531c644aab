"""Per-token string columns of a Doc, read from its arrays through a memo of string forms.

A column (each token's text, lowercase form, entity label, lowercased lemma, ...) is one
``Doc.to_array`` call and one dictionary lookup per token: :class:`FormMemo` remembers the form
of each string hash it has seen (spaCy's hashes are the same for a string in every vocabulary),
so a token's string is decoded and transformed once per distinct string, not once per token,
and no Token object is created.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["FormMemo", "string_column"]

#: distinct strings a memo remembers before it starts afresh
MAX_FORMS = 200_000


class FormMemo:
    """String hash -> ``transform(string)``, remembered for every hash looked up (bounded to
    :data:`MAX_FORMS` entries: the memo starts afresh when it grows past that)."""

    def __init__(self, transform: Callable[[str], str] | None = None) -> None:
        self.transform = transform
        self._forms: dict[int, str] = {}

    def column(self, hashes: list[int], strings: StringStore) -> list[str]:
        """The form of each hash in ``hashes``, in order (``strings`` decodes the new ones)."""
        forms = self._forms
        try:
            return list(map(forms.__getitem__, hashes))
        except KeyError:
            pass  # a string not seen yet: add every missing one, then read again
        if len(forms) > MAX_FORMS:
            forms.clear()
        transform = self.transform
        for h in hashes:
            if h not in forms:
                forms[h] = strings[h] if transform is None else transform(strings[h])
        return list(map(forms.__getitem__, hashes))

    def __len__(self) -> int:
        return len(self._forms)


#: hash -> the string itself (texts, lowercase forms, entity labels)
_STRINGS = FormMemo()


def string_column(doc: Doc, attr: str) -> list[str]:
    """Each token's string attribute ``attr`` ("ORTH", "LOWER", "ENT_TYPE", ...): what
    ``[getattr(t, attr.lower() + "_") for t in doc]`` gives, without creating Token objects."""
    return _STRINGS.column(doc.to_array(attr).tolist(), doc.vocab.strings)

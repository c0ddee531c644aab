"""The relation wing: actor mentions + dependency parse -> relation triples.

- :mod:`.component`: the ``geokg_relations`` spaCy component (:class:`RelationExtractor`), which
  finds triggers and runs the stages below; :mod:`.factory` registers it with spaCy.
- :mod:`.grammar`: the lexicon and modality cues (what words trigger what, with which frame).
- :mod:`.roles`: the argument roles a frame lists, as a dispatch table of finders;
  :mod:`.syntax`: the parse helpers they use (subjects, objects, passives, prepositions).
- :mod:`.arguments` and :mod:`.resolve`: from a trigger's roles to the actors of its arguments.
- :mod:`.emit`: triples with modality, attribution and confidence.
- :mod:`.constructions`: one module per construction that implies a further relation.
"""

from __future__ import annotations

from .component import RelationExtractor
from .factory import make_relations

__all__ = ["RelationExtractor", "make_relations"]

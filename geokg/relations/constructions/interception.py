"""An intercepted projectile was fired by its owner at the interceptor: "Ukraine shot down 40
Russian drones", "Israel intercepted missiles launched from Yemen".

Bringing down a missile, rocket or drone (the lexicon's ``intercepting_verbs`` with an object among
``intercepted_projectiles``) is the interceptor's act on the projectile's owner, and it also tells
of the owner's attack on the interceptor: the reverse assault is stated too. A manned aircraft
("downed a Russian warplane") or a ship is no projectile: its downing is the shooter's act only.
"""

from __future__ import annotations

from ...models import Relation, Triple
from ..context import Hit
from ..emit import Emitter, derived
from ..syntax import objects_of

__all__ = ["intercepted"]


def intercepted(em: Emitter, hit: Hit) -> list[Triple]:
    """The projectile owner's assault on the interceptor, for an assault trigger of the
    ``intercepting_verbs`` whose logical object is one of the ``intercepted_projectiles``."""
    entry, tok = hit.entry, hit.tok
    if entry.relation is not Relation.ASSAULT or tok.pos_ != "VERB":
        return []
    verb = tok.lemma_.lower() + (f"_{entry.particle}" if entry.particle else "")
    if verb not in em.g.lex.words("intercepting_verbs"):
        return []
    projectiles = em.g.lex.words("intercepted_projectiles")
    if not any(o.lemma_.lower() in projectiles for o in objects_of(tok)):
        return []
    fired = [(target, source, "directed") for source, target, _ in hit.directed]
    if not fired:
        return []
    made = derived(entry, Relation.ASSAULT, tok, 1.0, "intercepted projectile")
    return em.triples(made, tok, hit.sent, hit.ctx, fired, None)

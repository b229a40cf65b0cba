"""Function words of the languages most common on the web, for one feature:
the share of a block's words that are function words. Running prose has many
(about a third to a half of its words), menus, labels, names and link lists
have few, in every language that has such words.

One pooled set, not a set per language: a block is measured against all of
them at once, so no language has to be detected first. The few words that are
function words in one language and content words in another change the share
by a little, not the decision. Languages written without spaces (Chinese,
Japanese, Thai) are measured by their particles, character by character.
"""

from __future__ import annotations

import re

_WORDS = {
    "en": "the of and to a in is it that for on was with as be by at this are or from not "
          "but have an they which you he she we his her has had were their been will would "
          "there can if its all so one about into than them what when who more also",
    "de": "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als "
          "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie "
          "einem über einen so zum war haben nur oder aber vor zur bis mehr durch",
    "fr": "le la les de des du un une et est en que qui dans pour pas sur au avec ce il elle "
          "par plus ne se sont son sa ses aux mais ou été cette leur nous vous ont était",
    "es": "el la los las de del y en que un una es por con para no se su al lo como más "
          "pero sus le ha me sin sobre este entre cuando muy también fue son era",
    "it": "il lo la i gli le di del della e che un una è per non con si da in al alla sono "
          "come più ma anche nel nella ha questo dei delle essere stato",
    "pt": "o a os as de do da dos das e que um uma em no na para com não por se mais como "
          "ao foi ser mas seu sua ou quando também pelo pela está",
    "nl": "de het een en van in is op te dat die voor met zijn niet aan er ook als bij "
          "maar om door wordt werd naar dan nog heeft hij zij wij",
    "sv": "och i att det som en på är av för med till den har inte om ett han var men "
          "från vi så kan de sig",
    "da_no": "og i at det som en på er av for med til den har ikke om et han var men fra "
             "vi så kan de seg sig",
    "pl": "i w na z że do się nie to jest o jak a po co od za przez dla jego ale są był "
          "tak już może tym",
    "cs_sk": "a v na se je že s z do to o k i by jako ale pro jsou byl jeho nebo které také",
    "ru": "и в не на что с по как это он она они к у из за от то же так для но бы о был "
          "его все было или только уже есть при",
    "uk": "і в не на що з по як це він вона вони до у із за від та для але був його або",
    "tr": "ve bir bu da de için ile olarak çok daha gibi ne var olan en ama sonra kadar",
    "id_ms": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh",
    "hu": "a az és hogy nem is egy van meg de ez csak már mint még volt",
    "ro": "și în de la a cu pe că este care din o un nu mai se pentru sunt",
    "el": "και το η της του να σε με για από που οι τα τον την είναι στο στην",
    "fi": "ja on ei se että oli hän mutta kun myös tai joka ovat",
}
STOP_WORDS = frozenset(w for words in _WORDS.values() for w in words.split())
# Particles and auxiliaries of Chinese and Japanese, counted per character.
CJK_PARTICLES = frozenset("的了是在和也有就不我这他们这个那の は を に が で と も た し て な")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def stopword_share(text: str) -> tuple[float, int]:
    """(share of function words, number of words); CJK text by character."""
    words = WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff")
    if cjk > len(text) / 3:
        hits = sum(1 for ch in text if ch in CJK_PARTICLES)
        return hits / cjk, cjk // 2  # about two characters a word
    hits = sum(1 for w in words if w in STOP_WORDS)
    return hits / len(words), len(words)

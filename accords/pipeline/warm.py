"""Run once by each process that extracts (a worker, or an ingest running alone) before its
first document: natasha's models, the window taggers, the lexicons and pymorphy's
dictionaries are loaded, then moved out of the garbage collector's reach.

(Forking the workers from one server that had loaded all this was measured too: copy-on-write
of the shared pages cost the workers more than loading their own copy, 1.07x the wall time.)
"""
import gc

# one short release per language reaches every lazily loaded model and lexicon
_TEXTS = (
    ("ru", "Президент Казахстана провел переговоры с Президентом Узбекистана. Стороны договорились "
           "довести товарооборот до 10 млрд долларов к 2030 году."),
    ("en", "The President of Kazakhstan met the President of Uzbekistan. The sides agreed to raise "
           "trade to $10 billion by 2030."),
    ("kk", "Қазақстан Президенті Өзбекстан Президентімен кездесті. Тараптар тауар айналымын "
           "10 миллиард долларға жеткізуге келісті."),
)


_frozen = _warm = False


def freeze_once() -> None:
    """Move what this process has loaded (modules, lexicons, models) out of the garbage
    collector's reach, once: it lives as long as the process, and full collections would
    otherwise walk its millions of objects again and again while records pass through.
    (Once only: a later freeze would also freeze whatever garbage is waiting then.)"""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def warm_up(for_store: bool = False) -> None:
    """Load everything extraction loads lazily, then freeze it (once per process; frozen
    even when the process froze what it had before, as an ingest does at its start).
    ``for_store``: also what a worker computes for the writer (search lemmas, signature)."""
    global _warm, _frozen
    if not _warm:
        from ..nlp.lang import detect_language
        from .extract import extract_text

        records = [(extract_text(text, lang=lang), text, lang) for lang, text in _TEXTS]
        detect_language(" ".join(text for _, text in _TEXTS) * 2)
        if for_store:   # what a worker computes for the writer (parallel._extract)
            from ..store.writer import search_lemmas
            from ..track.clusters import minhash
            from ..track.sentences import pack

            record, text, lang = records[0]
            search_lemmas(record, text)
            minhash(text)
            pack(text, lang)
        gc.freeze()
        _warm = _frozen = True

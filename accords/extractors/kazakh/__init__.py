"""The Kazakh path: every fact type from lexicons and patterns.

No Kazakh model ships with a package and nothing is downloaded at run time, so Kazakh
documents (``doc.lang == "kk"``) are read with the lexicons ``accords/data/*.kk.tsv`` and
the endings of :mod:`accords.nlp.kazakh`. Each component's entry hands a Kazakh document to
the module here of its fact type: :mod:`.countries`, :mod:`.persons`, :mod:`.sectors`,
:mod:`.events`, :mod:`.figures`, :mod:`.commitments`; :mod:`.states` and :mod:`.words`
are the matchers they share.
"""

"""Round 41 (Kazakh commitments): fresh Kazakh releases on relations between two states (news
agencies, ministries, the president's office) read against the spec, each rule measured on every
real-text set. Every sentence here is written for the test; it fails without its rule, or
(marked "guard: as before") guards what the rule must leave alone."""
import pytest

from test_round_support import commitments  # noqa: F401


# -- "Шетелдіктер …", "Көрші елдің инвесторлары …": the unnamed partner --------------------------

@pytest.mark.parametrize("text, expected", [
    # the foreigners of a two-state Kazakh text are the partner (as in the work sets' kazinform
    # and Khabar 24 pages: Afghanistan's buyers, China's investors)
    ("Ауғанстан Қазақстанға бидай туралы сұрау жолдады. "
     "Шетелдіктер келесі жылы астық сатып алуды көбейтпек ниетте.", [("AFG", "intend")]),
    ("Қытай Қазақстанның ірі серіктесі. "
     "Көрші елдің инвесторлары энергетика саласына қаржы салуға ниетті.", [("CHN", "intend")]),
    # guard: as before: the neighbour named as a goal ("Көрші елдерге") is no actor
    ("Қытай Қазақстанның ірі серіктесі. "
     "Көрші елдерге астық жеткізуді арттыру ниетіміз бар.", [("KAZ", "intend")]),
])
def test_the_foreigners_are_the_partner(text, expected):
    assert commitments(text, "kk") == expected
